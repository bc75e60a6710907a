import { useCallback } from 'react';
import { useT, type MessageKey, type MessageParams } from '@yigou/web/i18n';
import { PASSWORD_MIN_LENGTH } from '@yigou/shared/validation';

/** SMS sign-in, registration, recovery and account-security strings: `sms.<key>` in the i18n dictionaries. */
export type SmsLabelKey = MessageKey extends infer K ? (K extends `sms.${infer R}` ? R : never) : never;

export function useS(): (key: SmsLabelKey, params?: MessageParams) => string {
  const t = useT();
  return useCallback((key: SmsLabelKey, params?: MessageParams) => t(`sms.${key}` as MessageKey, params), [t]);
}

export const PHONE_RE = /^1[3-9]\d{9}$/;
export const CODE_RE = /^\d{6}$/;

type S = ReturnType<typeof useS>;

/** What is wrong with a typed phone and SMS code, before anything is sent (the server checks again). */
export function phoneCodeProblems(S: S, v: { phone: string; code: string }) {
  return {
    phone: PHONE_RE.test(v.phone.trim()) ? undefined : S('phoneInvalid'),
    code: CODE_RE.test(v.code) ? undefined : S('codeInvalid'),
  };
}

/** What is wrong with a new password: too short for PASSWORD_MIN_LENGTH. */
export function newPasswordProblem(S: S, password: string) {
  return password.length >= PASSWORD_MIN_LENGTH ? undefined : S('passwordTooShort', { min: PASSWORD_MIN_LENGTH });
}

/** The new password and its confirmation: too short, or typed twice differently. */
export function passwordPairProblems(S: S, v: { newPassword: string; confirm: string }) {
  return {
    newPassword: newPasswordProblem(S, v.newPassword),
    confirm: v.confirm === v.newPassword ? undefined : S('passwordMismatch'),
  };
}
