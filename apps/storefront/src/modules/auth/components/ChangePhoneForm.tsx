import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { maskPhone } from '@yigou/shared/validation';
import { FormError } from '@yigou/web/ui';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { describeError } from '../../errors/utils/describe-error';
import { CHANGE_PHONE_MUTATION } from '../graphql/sms.documents';
import { useSession } from '../hooks/session';
import { phoneCodeProblems, useS } from '../utils/sms-labels';
import { PhoneCodeFields } from './PhoneCodeFields';
import { SubmitButton } from './SubmitButton';

/** 更换手机号: the code goes to the new phone. */
export function ChangePhoneForm() {
  const S = useS();
  const errorMessage = useErrorMessage();
  const { user } = useSession();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<{ phone?: string; code?: string; form?: string }>({});
  const [done, setDone] = useState<string | null>(null);
  const [change, { loading }] = useMutation(CHANGE_PHONE_MUTATION);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problems = phoneCodeProblems(S, { phone, code });
    setErrors(problems);
    if (problems.phone || problems.code) return;
    try {
      const { data } = await change({ variables: { input: { phone: phone.trim(), code } } });
      if (data?.changePhone.phone) {
        setDone(maskPhone(data.changePhone.phone));
        setPhone('');
        setCode('');
      }
    } catch (err) {
      const d = describeError(err);
      const message = errorMessage(err);
      if (d.code === 'INVALID_SMS_CODE') setErrors({ code: message });
      else if (d.field === 'phone' || d.code === 'ALREADY_REGISTERED') setErrors({ phone: message });
      else setErrors({ form: message });
    }
  }

  return (
    <form className="auth-form" onSubmit={submit} noValidate aria-label={S('changePhone')} data-testid="change-phone">
      <p className="sms-note" data-testid="current-phone">
        {user?.phone ? S('currentPhone', { phone: maskPhone(user.phone) }) : S('noPhone')}
      </p>
      <FormError message={errors.form} />
      {done && (
        <div className="yg-alert sms-success" role="status" data-testid="phone-changed">
          {S('phoneChanged', { phone: done })}
        </div>
      )}
      <PhoneCodeFields
        purpose="change_phone"
        phoneLabel={S('newPhone')}
        phoneName="newPhone"
        phone={phone}
        code={code}
        onPhone={(x) => {
          setPhone(x);
          setDone(null);
        }}
        onCode={setCode}
        errors={errors}
        setErrors={setErrors}
      />
      <SubmitButton busy={loading}>{S('changePhoneSubmit')}</SubmitButton>
    </form>
  );
}
