/** Mainland mobile numbers: 11 digits starting 1[3-9]. */
export const PHONE_PATTERN = /^1[3-9]\d{9}$/;
export const EMAIL_PATTERN = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;
/** Logins are short names for demo and staff accounts: letters, digits, - and _. */
export const USERNAME_PATTERN = /^[a-z][a-z0-9_-]{2,31}$/;

export type LoginKind = 'phone' | 'email' | 'username';

export function classifyLogin(raw: string): LoginKind | null {
  const v = raw.trim();
  if (PHONE_PATTERN.test(v)) return 'phone';
  if (v.includes('@')) return EMAIL_PATTERN.test(v) ? 'email' : null;
  if (USERNAME_PATTERN.test(v.toLowerCase())) return 'username';
  return null;
}

export function normalizeLogin(raw: string): string {
  return raw.trim().toLowerCase();
}

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
