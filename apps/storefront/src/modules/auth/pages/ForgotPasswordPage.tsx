import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation } from '@apollo/client/react';
import { PASSWORD_MIN_LENGTH } from '@yigou/shared/validation';
import { TextField } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { SmsCodeField } from '../components/SmsCodeField';
import { RESET_PASSWORD_BY_SMS_MUTATION } from '../graphql/sms.documents';
import { useSession } from '../hooks/session';
import { CODE_RE, PHONE_RE, useS } from '../utils/sms-labels';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { describeError } from '../../errors/utils/describe-error';
import { AuthAside } from './LoginPage';
import '../auth.css';

type Field = 'phone' | 'code' | 'newPassword' | 'confirm' | 'form';

/** /forgot-password: a code to the registered phone sets a new password; every session of the account ends. */
export function ForgotPasswordPage() {
  const S = useS();
  const t = useT();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const { signedIn, signOut } = useSession();
  useDocumentTitle(S('forgotTitle'));
  const [v, setV] = useState({ phone: '', code: '', newPassword: '', confirm: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [reset, { loading }] = useMutation(RESET_PASSWORD_BY_SMS_MUTATION);

  const update = (field: keyof typeof v, value: string) => {
    setV((x) => ({ ...x, [field]: value }));
    setErrors((x) => ({ ...x, [field]: undefined, form: undefined }));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problems: Partial<Record<Field, string>> = {
      phone: PHONE_RE.test(v.phone.trim()) ? undefined : S('phoneInvalid'),
      code: CODE_RE.test(v.code) ? undefined : S('codeInvalid'),
      newPassword: v.newPassword.length >= PASSWORD_MIN_LENGTH ? undefined : S('passwordTooShort', { min: PASSWORD_MIN_LENGTH }),
      confirm: v.confirm === v.newPassword ? undefined : S('passwordMismatch'),
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
          {errors.form && (
            <div className="yg-alert yg-alert--error" role="alert" data-testid="form-error">
              {errors.form}
            </div>
          )}
          <TextField
            label={S('phone')}
            name="phone"
            type="tel"
            inputMode="numeric"
            autoComplete="tel"
            maxLength={11}
            placeholder={S('phonePlaceholder')}
            value={v.phone}
            onChange={(e) => update('phone', e.target.value)}
            error={errors.phone}
          />
          <SmsCodeField
            phone={v.phone}
            purpose="reset_password"
            value={v.code}
            onChange={(c) => update('code', c)}
            error={errors.code}
            onPhoneError={(m) => setErrors((x) => ({ ...x, phone: m }))}
          />
          <TextField
            label={S('newPassword')}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            hint={t('auth.passwordHint', { min: PASSWORD_MIN_LENGTH })}
            value={v.newPassword}
            onChange={(e) => update('newPassword', e.target.value)}
            error={errors.newPassword}
          />
          <TextField
            label={S('confirmPassword')}
            name="confirmPassword"
            type="password"
            autoComplete="new-password"
            value={v.confirm}
            onChange={(e) => update('confirm', e.target.value)}
            error={errors.confirm}
          />
          <button type="submit" className="yg-button yg-button--block yg-button--lg" disabled={loading}>
            {loading ? t('auth.submitting') : S('resetSubmit')}
          </button>
        </form>
        <p className="auth-card__switch">
          <Link to="/login">{S('backToLogin')}</Link>
        </p>
      </div>
      <AuthAside />
    </div>
  );
}
