import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormError } from '@yigou/web/ui';
import { CHANGE_PASSWORD_MUTATION } from '../graphql/sms.documents';
import { useSession } from '../hooks/session';
import { useSmsForm } from '../hooks/useSmsForm';
import { passwordPairProblems, useS } from '../utils/sms-labels';
import { CurrentPasswordField } from './CurrentPasswordField';
import { NewPasswordFields } from './NewPasswordFields';
import { SubmitButton } from './SubmitButton';

/** 修改密码: needs the current password; the server ends other sessions and hands this one new tokens. */
export function ChangePasswordForm() {
  const S = useS();
  const { signIn } = useSession();
  const [done, setDone] = useState(false);
  const form = useSmsForm({ currentPassword: '', newPassword: '', confirm: '' }, () => setDone(false));
  const { v, setV, errors, send } = form;
  const [change, { loading }] = useMutation(CHANGE_PASSWORD_MUTATION);

  function submit(e: FormEvent) {
    e.preventDefault();
    void send(
      { currentPassword: v.currentPassword ? undefined : S('currentRequired'), ...passwordPairProblems(S, v) },
      async () => {
        const { data } = await change({ variables: { input: { currentPassword: v.currentPassword, newPassword: v.newPassword } } });
        if (data) {
          signIn(data.changePassword);
          setV({ currentPassword: '', newPassword: '', confirm: '' });
          setDone(true);
        }
      },
      (d) => (d.field === 'currentPassword' ? 'currentPassword' : d.field === 'password' ? 'newPassword' : undefined),
    );
  }

  return (
    <form className="auth-form" onSubmit={submit} noValidate aria-label={S('changePassword')} data-testid="change-password">
      <FormError message={errors.form} />
      {done && (
        <div className="yg-alert sms-success" role="status" data-testid="password-changed">
          {S('passwordChanged')}
        </div>
      )}
      <CurrentPasswordField label={S('currentPassword')} name="currentPassword" {...form.field('currentPassword')} />
      <NewPasswordFields label={S('newPassword')} {...form.field('newPassword')} confirm={form.field('confirm')} />
      <SubmitButton busy={loading}>{S('changePasswordSubmit')}</SubmitButton>
    </form>
  );
}
