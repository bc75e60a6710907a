import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { maskPhone } from '@yigou/shared/validation';
import { TextField } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { describeError } from '../../errors/utils/describe-error';
import { CHANGE_PHONE_MUTATION } from '../graphql/sms.documents';
import { useSession } from '../hooks/session';
import { CODE_RE, PHONE_RE, useS } from '../utils/sms-labels';
import { SmsCodeField } from './SmsCodeField';

/** 更换手机号: the code goes to the new phone. */
export function ChangePhoneForm() {
  const S = useS();
  const t = useT();
  const errorMessage = useErrorMessage();
  const { user } = useSession();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<{ phone?: string; code?: string; form?: string }>({});
  const [done, setDone] = useState<string | null>(null);
  const [change, { loading }] = useMutation(CHANGE_PHONE_MUTATION);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problems = {
      phone: PHONE_RE.test(phone.trim()) ? undefined : S('phoneInvalid'),
      code: CODE_RE.test(code) ? undefined : S('codeInvalid'),
    };
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
      {errors.form && (
        <div className="yg-alert yg-alert--error" role="alert">
          {errors.form}
        </div>
      )}
      {done && (
        <div className="yg-alert sms-success" role="status" data-testid="phone-changed">
          {S('phoneChanged', { phone: done })}
        </div>
      )}
      <TextField
        label={S('newPhone')}
        name="newPhone"
        type="tel"
        inputMode="numeric"
        autoComplete="tel"
        maxLength={11}
        placeholder={S('phonePlaceholder')}
        value={phone}
        onChange={(e) => {
          setPhone(e.target.value);
          setErrors((x) => ({ ...x, phone: undefined }));
          setDone(null);
        }}
        error={errors.phone}
      />
      <SmsCodeField
        phone={phone}
        purpose="change_phone"
        value={code}
        onChange={(c) => {
          setCode(c);
          setErrors((x) => ({ ...x, code: undefined }));
        }}
        error={errors.code}
        onPhoneError={(m) => setErrors((x) => ({ ...x, phone: m }))}
      />
      <button type="submit" className="yg-button" disabled={loading}>
        {loading ? t('auth.submitting') : S('changePhoneSubmit')}
      </button>
    </form>
  );
}
