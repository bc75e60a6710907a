import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/** The limits of verification codes, in one place (documented in docs/architecture.md). */
export const CODE_RULES = {
  digits: 6,
  validSeconds: 5 * 60,
  /** tries per code, the right one included */
  maxAttempts: 5,
  /** one code per phone per minute */
  phoneGapSeconds: 60,
  /** codes per phone per 24 hours */
  phonePerDay: 10,
  /** codes per client address per hour */
  addressPerHour: 20,
  /** after this many codes (per address per hour, or per phone per 24 hours) a captcha must be solved first: the 3rd asks for one */
  captchaAfter: 2,
  captchaValidSeconds: 5 * 60,
} as const;

export const newCode = (): string => String(randomInt(0, 10 ** CODE_RULES.digits)).padStart(CODE_RULES.digits, '0');

export const hashSecret = (secret: string, id: string, value: string): string =>
  createHmac('sha256', secret).update(`${id}:${value}`).digest('hex');

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface RecentCounts {
  /** seconds since this phone's last code, null when none in 24 h */
  phoneLastAgoSeconds: number | null;
  phoneDay: number;
  addressHour: number;
}

export type SendDecision =
  { kind: 'wait'; seconds: number } | { kind: 'phone-day' } | { kind: 'address-hour' } | { kind: 'captcha' } | { kind: 'send' };

/** Whether a code may be sent now, given what was sent lately (pure; the service counts under a lock). */
/** `addressPerHour`: the SMS_ADDRESS_HOURLY_LIMIT setting (a work unit behind one NAT address may need more). */
export function decideSend(c: RecentCounts, captchaSolved: boolean, addressPerHour: number = CODE_RULES.addressPerHour): SendDecision {
  if (c.phoneLastAgoSeconds !== null && c.phoneLastAgoSeconds < CODE_RULES.phoneGapSeconds) {
    return { kind: 'wait', seconds: Math.max(1, Math.ceil(CODE_RULES.phoneGapSeconds - c.phoneLastAgoSeconds)) };
  }
  if (c.phoneDay >= CODE_RULES.phonePerDay) return { kind: 'phone-day' };
  if (c.addressHour >= addressPerHour) return { kind: 'address-hour' };
  if (!captchaSolved && (c.addressHour >= CODE_RULES.captchaAfter || c.phoneDay >= CODE_RULES.captchaAfter)) return { kind: 'captcha' };
  return { kind: 'send' };
}
