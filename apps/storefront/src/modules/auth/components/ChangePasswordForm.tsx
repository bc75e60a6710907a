import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormError, TextField } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { describeError } from '../../errors/utils/describe-error';
import { CHANGE_PASSWORD_MUTATION } from '../graphql/sms.documents';
import { useSession } from '../hooks/session';
import { passwordPairProblems, useS } from '../utils/sms-labels';
import { NewPasswordFields } from './NewPasswordFields';

type Field = 'currentPassword' | 'newPassword' | 'confirm' | 'form';

/** 修改密码: needs the current password; the server ends other sessions and hands this one new tokens. */
export function ChangePasswordForm() {
  const S = useS();
  const t = useT();
  const errorMessage = useErrorMessage();
  const { signIn } = useSession();
  const [v, setV] = useState({ currentPassword: '', newPassword: '', confirm: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [done, setDone] = useState(false);
  const [change, { loading }] = useMutation(CHANGE_PASSWORD_MUTATION);

  const update = (field: keyof typeof v, value: string) => {
    setV((x) => ({ ...x, [field]: value }));
    setErrors((x) => ({ ...x, [field]: undefined, form: undefined }));
    setDone(false);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problems: Partial<Record<Field, string>> = {
      currentPassword: v.currentPassword ? undefined : S('currentRequired'),
      ...passwordPairProblems(S, v),
    };
    setErrors(problems);
    if (Object.values(problems).some(Boolean)) return;
    try {
      const { data } = await change({ variables: { input: { currentPassword: v.currentPassword, newPassword: v.newPassword } } });
      if (data) {
        signIn(data.changePassword);
        setV({ currentPassword: '', newPassword: '', confirm: '' });
        setDone(true);
      }
    } catch (err) {
      const d = describeError(err);
      const message = errorMessage(err);
      const field: Field = d.field === 'currentPassword' ? 'currentPassword' : d.field === 'password' ? 'newPassword' : 'form';
      setErrors({ [field]: message });
    }
  }

  return (
    <form className="auth-form" onSubmit={submit} noValidate aria-label={S('changePassword')} data-testid="change-password">
      <FormError message={errors.form} />
      {done && (
        <div className="yg-alert sms-success" role="status" data-testid="password-changed">
          {S('passwordChanged')}
        </div>
      )}
      <TextField
        label={S('currentPassword')}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        value={v.currentPassword}
        onChange={(e) => update('currentPassword', e.target.value)}
        error={errors.currentPassword}
      />
      <NewPasswordFields
        label={S('newPassword')}
        value={v.newPassword}
        onChange={(x) => update('newPassword', x)}
        error={errors.newPassword}
        confirm={{ value: v.confirm, onChange: (x) => update('confirm', x), error: errors.confirm }}
      />
      <button type="submit" className="yg-button" disabled={loading}>
        {loading ? t('auth.submitting') : S('changePasswordSubmit')}
      </button>
    </form>
  );
}
