import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { TextField } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { describeError } from '../../errors/utils/describe-error';
import { LOGIN_BY_SMS_MUTATION } from '../graphql/sms.documents';
import { useSession } from '../hooks/session';
import { CODE_RE, PHONE_RE, useS } from '../utils/sms-labels';
import { SmsCodeField } from './SmsCodeField';

/** 短信登录: phone and the code sent to it. */
export function SmsLoginForm({ onSuccess }: { onSuccess: () => void }) {
  const S = useS();
  const t = useT();
  const errorMessage = useErrorMessage();
  const { signIn } = useSession();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<{ phone?: string; code?: string; form?: string }>({});
  const [login, { loading }] = useMutation(LOGIN_BY_SMS_MUTATION);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problems = {
      phone: PHONE_RE.test(phone.trim()) ? undefined : S('phoneInvalid'),
      code: CODE_RE.test(code) ? undefined : S('codeInvalid'),
    };
    setErrors(problems);
    if (problems.phone || problems.code) return;
    try {
      const { data } = await login({ variables: { input: { phone: phone.trim(), code } } });
      if (data) {
        signIn(data.loginBySms);
        onSuccess();
      }
    } catch (err) {
      const d = describeError(err);
      const message = errorMessage(err);
      if (d.field === 'code' || d.code === 'INVALID_SMS_CODE') setErrors({ code: message });
      else if (d.field === 'phone' || d.code === 'NOT_FOUND') setErrors({ phone: message });
      else setErrors({ form: message });
    }
  }

  return (
    <form className="auth-form" onSubmit={submit} noValidate aria-label={S('tabSms')}>
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
        value={phone}
        onChange={(e) => {
          setPhone(e.target.value);
          setErrors((x) => ({ ...x, phone: undefined }));
        }}
        error={errors.phone}
      />
      <SmsCodeField
        phone={phone}
        purpose="login"
        value={code}
        onChange={(v) => {
          setCode(v);
          setErrors((x) => ({ ...x, code: undefined }));
        }}
        error={errors.code}
        onPhoneError={(m) => setErrors((x) => ({ ...x, phone: m }))}
      />
      <button type="submit" className="yg-button yg-button--block yg-button--lg" disabled={loading}>
        {loading ? t('auth.submitting') : t('auth.submitLogin')}
      </button>
    </form>
  );
}
