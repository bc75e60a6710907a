import { PASSWORD_MIN_LENGTH } from '@yigou/shared/validation';
import { TextField } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useS } from '../utils/sms-labels';

/**
 * A new password with the length hint, and (when `confirm` is given) the same typed again: registration asks once,
 * a reset and a change ask twice.
 */
export function NewPasswordFields({
  label,
  name = 'newPassword',
  value,
  onChange,
  error,
  confirm,
}: {
  label: string;
  name?: string;
  value: string;
  onChange: (password: string) => void;
  error?: string | null;
  confirm?: { value: string; onChange: (password: string) => void; error?: string };
}) {
  const S = useS();
  const t = useT();
  return (
    <>
      <TextField
        label={label}
        name={name}
        type="password"
        autoComplete="new-password"
        hint={t('auth.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
      />
      {confirm && (
        <TextField
          label={S('confirmPassword')}
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          value={confirm.value}
          onChange={(e) => confirm.onChange(e.target.value)}
          error={confirm.error}
        />
      )}
    </>
  );
}
