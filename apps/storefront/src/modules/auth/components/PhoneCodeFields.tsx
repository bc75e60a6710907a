import { TextField } from '@yigou/web/ui';
import type { SmsCodePurpose } from '../../../generated/graphql';
import { useS } from '../utils/sms-labels';
import { SmsCodeField } from './SmsCodeField';

/**
 * 手机号 + 短信验证码, as every SMS form asks for them: the phone field, then the code field with its 获取验证码
 * button (which reports a bad phone on the phone field). Typing in a field clears that field's error in the form's
 * `errors` (through `setErrors`); `onPhone` / `onCode` receive the new text.
 */
export function PhoneCodeFields<E extends { phone?: string; code?: string }>({
  purpose,
  phoneLabel,
  phoneName = 'phone',
  phone,
  code,
  onPhone,
  onCode,
  errors,
  setErrors,
}: {
  purpose: SmsCodePurpose;
  /** 手机号 unless said otherwise (更换手机号 asks for the new one). */
  phoneLabel?: string;
  phoneName?: string;
  phone: string;
  code: string;
  onPhone: (phone: string) => void;
  onCode: (code: string) => void;
  errors: E;
  setErrors: (change: (errors: E) => E) => void;
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
        value={phone}
        onChange={(e) => {
          onPhone(e.target.value);
          setErrors((x) => ({ ...x, phone: undefined }));
        }}
        error={errors.phone}
      />
      <SmsCodeField
        phone={phone}
        purpose={purpose}
        value={code}
        onChange={(c) => {
          onCode(c);
          setErrors((x) => ({ ...x, code: undefined }));
        }}
        error={errors.code}
        onPhoneError={(m) => setErrors((x) => ({ ...x, phone: m }))}
      />
    </>
  );
}
