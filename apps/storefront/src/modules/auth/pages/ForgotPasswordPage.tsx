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
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { describeError } from '../../errors/utils/describe-error';
import { AuthAside } from './LoginPage';
import { FormError } from '@yigou/web/ui';
import '../auth.css';

type Field = 'phone' | 'code' | 'newPassword' | 'confirm' | 'form';

/** /forgot-password: a code to the registered phone sets a new password; every session of the account ends. */
export function ForgotPasswordPage() {
  const S = useS();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const { signedIn, signOut } = useSession();
  useDocumentTitle(S('forgotTitle'));
  const { v, errors, setErrors, update } = useSmsForm<{ phone: string; code: string; newPassword: string; confirm: string }, Field>({
    phone: '',
    code: '',
    newPassword: '',
    confirm: '',
  });
  const [reset, { loading }] = useMutation(RESET_PASSWORD_BY_SMS_MUTATION);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problems: Partial<Record<Field, string>> = {
      ...phoneCodeProblems(S, v),
      ...passwordPairProblems(S, v),
    };
    setErrors(problems);
    if (Object.values(problems).some(Boolean)) return;
    try {
      await reset({ variables: { input: { phone: v.phone.trim(), code: v.code, newPassword: v.newPassword } } });
      // every session ended on the server, this one too
      if (signedIn) await signOut();
      navigate('/login?reset=1', { replace: true });
    } catch (err) {
      const d = describeError(err);
      const message = errorMessage(err);
      const field: Field =
        d.code === 'INVALID_SMS_CODE'
          ? 'code'
          : d.field === 'password'
            ? 'newPassword'
            : d.field === 'phone' || d.code === 'NOT_FOUND'
              ? 'phone'
              : 'form';
      setErrors({ [field]: message });
    }
  }

  return (
    <div className="auth-page">
      <div className="auth-card yg-card">
        <h1 className="auth-card__title">{S('forgotTitle')}</h1>
        <p className="auth-card__lead">{S('forgotLead')}</p>
        <form className="auth-form" onSubmit={submit} noValidate aria-label={S('forgotTitle')}>
          <FormError message={errors.form} />
          <PhoneCodeFields
            purpose="reset_password"
            phone={v.phone}
            code={v.code}
            onPhone={(x) => update('phone', x)}
            onCode={(c) => update('code', c)}
            errors={errors}
            setErrors={setErrors}
          />
          <NewPasswordFields
            label={S('newPassword')}
            value={v.newPassword}
            onChange={(x) => update('newPassword', x)}
            error={errors.newPassword}
            confirm={{ value: v.confirm, onChange: (x) => update('confirm', x), error: errors.confirm }}
          />
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
