import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation } from '@apollo/client/react';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { PhoneCodeFields } from '../components/PhoneCodeFields';
import { SubmitButton } from '../components/SubmitButton';
import { RESET_PASSWORD_BY_SMS_MUTATION } from '../graphql/sms.documents';
import { useSession } from '../hooks/session';
import { useSmsForm } from '../hooks/useSmsForm';
import { passwordPairProblems, phoneCodeProblems, useS } from '../utils/sms-labels';
import { AuthAside } from './LoginPage';
import { FormError } from '@yigou/web/ui';
import '../auth.css';

/** /forgot-password: a code to the registered phone sets a new password; every session of the account ends. */
export function ForgotPasswordPage() {
  const S = useS();
  const navigate = useNavigate();
  const { signedIn, signOut } = useSession();
  useDocumentTitle(S('forgotTitle'));
  const form = useSmsForm({ phone: '', code: '', newPassword: '', confirm: '' });
  const { v, errors, send } = form;
  const [reset, { loading }] = useMutation(RESET_PASSWORD_BY_SMS_MUTATION);

  function submit(e: FormEvent) {
    e.preventDefault();
    void send(
      { ...phoneCodeProblems(S, v), ...passwordPairProblems(S, v) },
      async () => {
        await reset({ variables: { input: { phone: v.phone.trim(), code: v.code, newPassword: v.newPassword } } });
        // every session ended on the server, this one too
        if (signedIn) await signOut();
        navigate('/login?reset=1', { replace: true });
      },
      (d) =>
        d.code === 'INVALID_SMS_CODE'
          ? 'code'
          : d.field === 'password'
            ? 'newPassword'
            : d.field === 'phone' || d.code === 'NOT_FOUND'
              ? 'phone'
              : undefined,
    );
  }

  return (
    <div className="auth-page">
      <div className="auth-card yg-card">
        <h1 className="auth-card__title">{S('forgotTitle')}</h1>
        <p className="auth-card__lead">{S('forgotLead')}</p>
        <form className="auth-form" onSubmit={submit} noValidate aria-label={S('forgotTitle')}>
          <FormError message={errors.form} />
          <PhoneCodeFields purpose="reset_password" form={form} />
          <NewPasswordFields label={S('newPassword')} {...form.field('newPassword')} confirm={form.field('confirm')} />
          <SubmitButton busy={loading} block>
            {S('resetSubmit')}
          </SubmitButton>
        </form>
        <p className="auth-card__switch">
          <Link to="/login">{S('backToLogin')}</Link>
        </p>
      </div>
      <AuthAside />
    </div>
  );
}
