import { useCallback } from 'react';
import { useT, type MessageKey, type MessageParams } from '@yigou/web/i18n';

/** SMS sign-in, registration, recovery and account-security strings: `sms.<key>` in the i18n dictionaries. */
export type SmsLabelKey = MessageKey extends infer K ? (K extends `sms.${infer R}` ? R : never) : never;

export function useS(): (key: SmsLabelKey, params?: MessageParams) => string {
  const t = useT();
  return useCallback((key: SmsLabelKey, params?: MessageParams) => t(`sms.${key}` as MessageKey, params), [t]);
}

export const PHONE_RE = /^1[3-9]\d{9}$/;
export const CODE_RE = /^\d{6}$/;
