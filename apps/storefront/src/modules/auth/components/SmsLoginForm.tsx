import type { FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useT } from '@yigou/web/i18n';
import { FormError } from '@yigou/web/ui';
import { LOGIN_BY_SMS_MUTATION } from '../graphql/sms.documents';
import { useSession } from '../hooks/session';
import { useSmsForm } from '../hooks/useSmsForm';
import { phoneCodeProblems, useS } from '../utils/sms-labels';
import { PhoneCodeFields } from './PhoneCodeFields';
import { SubmitButton } from './SubmitButton';

/** 短信登录: phone and the code sent to it. */
export function SmsLoginForm({ onSuccess }: { onSuccess: () => void }) {
  const S = useS();
  const t = useT();
  const { signIn } = useSession();
  const form = useSmsForm({ phone: '', code: '' });
  const { v, errors, send } = form;
  const [login, { loading }] = useMutation(LOGIN_BY_SMS_MUTATION);

  function submit(e: FormEvent) {
    e.preventDefault();
    void send(
      phoneCodeProblems(S, v),
      async () => {
        const { data } = await login({ variables: { input: { phone: v.phone.trim(), code: v.code } } });
        if (data) {
          signIn(data.loginBySms);
          onSuccess();
        }
      },
      (d) =>
        d.field === 'code' || d.code === 'INVALID_SMS_CODE' ? 'code' : d.field === 'phone' || d.code === 'NOT_FOUND' ? 'phone' : undefined,
    );
  }

  return (
    <form className="auth-form" onSubmit={submit} noValidate aria-label={S('tabSms')}>
      <FormError message={errors.form} />
      <PhoneCodeFields purpose="login" form={form} />
      <SubmitButton busy={loading} block>
        {t('auth.submitLogin')}
      </SubmitButton>
    </form>
  );
}
