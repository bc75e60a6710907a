import { TextField } from '@yigou/web/ui';
import type { SmsCodePurpose } from '../../../generated/graphql';
import { useS } from '../utils/sms-labels';
import { SmsCodeField } from './SmsCodeField';

/**
 * 手机号 + 短信验证码, as every SMS form asks for them: the phone field, then the code field with its 获取验证码
 * button (which reports a bad phone on the phone field).
 */
export function PhoneCodeFields({
  purpose,
  phoneLabel,
  phoneName = 'phone',
  phone,
  code,
  onPhone,
  onCode,
  errors,
  onPhoneError,
}: {
  purpose: SmsCodePurpose;
  /** 手机号 unless said otherwise (更换手机号 asks for the new one). */
  phoneLabel?: string;
  phoneName?: string;
  phone: string;
  code: string;
  onPhone: (phone: string) => void;
  onCode: (code: string) => void;
  errors: { phone?: string; code?: string };
  onPhoneError: (message: string) => void;
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
        onChange={(e) => onPhone(e.target.value)}
        error={errors.phone}
      />
      <SmsCodeField phone={phone} purpose={purpose} value={code} onChange={onCode} error={errors.code} onPhoneError={onPhoneError} />
    </>
  );
}
