import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { maskPhone } from '@yigou/shared/validation';
import { FormError } from '@yigou/web/ui';
import { CHANGE_PHONE_MUTATION } from '../graphql/sms.documents';
import { useSession } from '../hooks/session';
import { useSmsForm } from '../hooks/useSmsForm';
import { phoneCodeProblems, useS } from '../utils/sms-labels';
import { PhoneCodeFields } from './PhoneCodeFields';
import { SubmitButton } from './SubmitButton';

/** 更换手机号: the code goes to the new phone. */
export function ChangePhoneForm() {
  const S = useS();
  const { user } = useSession();
  const [done, setDone] = useState<string | null>(null);
  const form = useSmsForm({ phone: '', code: '' }, (field) => field === 'phone' && setDone(null));
  const { v, setV, errors, send } = form;
  const [change, { loading }] = useMutation(CHANGE_PHONE_MUTATION);

  function submit(e: FormEvent) {
    e.preventDefault();
    void send(
      phoneCodeProblems(S, v),
      async () => {
        const { data } = await change({ variables: { input: { phone: v.phone.trim(), code: v.code } } });
        if (data?.changePhone.phone) {
          setDone(maskPhone(data.changePhone.phone));
          setV({ phone: '', code: '' });
        }
      },
      (d) => (d.code === 'INVALID_SMS_CODE' ? 'code' : d.field === 'phone' || d.code === 'ALREADY_REGISTERED' ? 'phone' : undefined),
    );
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
      <PhoneCodeFields purpose="change_phone" phoneLabel={S('newPhone')} phoneName="newPhone" form={form} />
      <SubmitButton busy={loading}>{S('changePhoneSubmit')}</SubmitButton>
    </form>
  );
}
