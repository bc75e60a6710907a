import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormError } from '@yigou/web/ui';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { describeError } from '../../errors/utils/describe-error';
import { CHANGE_PASSWORD_MUTATION } from '../graphql/sms.documents';
import { useSession } from '../hooks/session';
import { useSmsForm } from '../hooks/useSmsForm';
import { passwordPairProblems, useS } from '../utils/sms-labels';
import { CurrentPasswordField } from './CurrentPasswordField';
import { NewPasswordFields } from './NewPasswordFields';
import { SubmitButton } from './SubmitButton';

type Field = 'currentPassword' | 'newPassword' | 'confirm' | 'form';

/** 修改密码: needs the current password; the server ends other sessions and hands this one new tokens. */
export function ChangePasswordForm() {
  const S = useS();
  const errorMessage = useErrorMessage();
  const { signIn } = useSession();
  const form = useSmsForm<{ currentPassword: string; newPassword: string; confirm: string }, Field>({
    currentPassword: '',
    newPassword: '',
    confirm: '',
  });
  const { v, setV, errors, setErrors } = form;
  const [done, setDone] = useState(false);
  const [change, { loading }] = useMutation(CHANGE_PASSWORD_MUTATION);

  const update = (field: keyof typeof v, value: string) => {
    form.update(field, value);
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
      <CurrentPasswordField
        label={S('currentPassword')}
        name="currentPassword"
        value={v.currentPassword}
        onChange={(x) => update('currentPassword', x)}
        error={errors.currentPassword}
      />
      <NewPasswordFields
        label={S('newPassword')}
        value={v.newPassword}
        onChange={(x) => update('newPassword', x)}
        error={errors.newPassword}
        confirm={{ value: v.confirm, onChange: (x) => update('confirm', x), error: errors.confirm }}
      />
      <SubmitButton busy={loading}>{S('changePasswordSubmit')}</SubmitButton>
    </form>
  );
}
