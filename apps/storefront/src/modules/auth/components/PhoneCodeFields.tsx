import { TextField } from '@yigou/web/ui';
import type { SmsCodePurpose } from '../../../generated/graphql';
import type { PhoneCodeForm } from '../hooks/useSmsForm';
import { useS } from '../utils/sms-labels';
import { SmsCodeField } from './SmsCodeField';

/**
 * 手机号 + 短信验证码, as every SMS form asks for them: the phone field, then the code field with its 获取验证码
 * button (which reports a bad phone on the phone field). Both are the form's (`useSmsForm`): typing goes through its
 * `update`, which clears that field's error.
 */
export function PhoneCodeFields<E extends { phone?: string; code?: string }>({
  purpose,
  phoneLabel,
  phoneName = 'phone',
  form,
}: {
  purpose: SmsCodePurpose;
  /** 手机号 unless said otherwise (更换手机号 asks for the new one). */
  phoneLabel?: string;
  phoneName?: string;
  form: PhoneCodeForm<E>;
}) {
  const S = useS();
  return (
    <>
      <TextField
        label={phoneLabel ?? S('phone')}
        name={phoneName}
        type="tel"
        inputMode="numeric"
        autoComplete="tel"
        maxLength={11}
        placeholder={S('phonePlaceholder')}
        value={form.v.phone}
        onChange={(e) => form.update('phone', e.target.value)}
        error={form.errors.phone}
      />
      <SmsCodeField
        phone={form.v.phone}
        purpose={purpose}
        value={form.v.code}
        onChange={(c) => form.update('code', c)}
        error={form.errors.code}
        onPhoneError={(m) => form.setErrors((x) => ({ ...x, phone: m }))}
      />
    </>
  );
}
