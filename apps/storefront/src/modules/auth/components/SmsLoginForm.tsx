import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useT } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { describeError } from '../../errors/utils/describe-error';
import { LOGIN_BY_SMS_MUTATION } from '../graphql/sms.documents';
import { useSession } from '../hooks/session';
import { phoneCodeProblems, useS } from '../utils/sms-labels';
import { PhoneCodeFields } from './PhoneCodeFields';
import { SubmitButton } from './SubmitButton';
import { FormError } from '@yigou/web/ui';

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
    const problems = phoneCodeProblems(S, { phone, code });
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
      <FormError message={errors.form} />
      <PhoneCodeFields
        purpose="login"
        phone={phone}
        code={code}
        onPhone={setPhone}
        onCode={setCode}
        errors={errors}
        setErrors={setErrors}
      />
      <SubmitButton busy={loading} block>
        {t('auth.submitLogin')}
      </SubmitButton>
    </form>
  );
}
