import argon2 from 'argon2';
import { PASSWORD_MIN_LENGTH } from '@yigou/shared/validation';
import { commonPasswords } from './common-passwords';

const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => argon2.hash(password, OPTIONS);

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Verified against for unknown logins so that both paths take the same time. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('yigou-timing-equaliser');
  return dummyHash;
}

/**
 * Why a new password is refused, in the words shown to the person, or null when it may be used: shorter
 * than PASSWORD_MIN_LENGTH, one character repeated, the account's own phone, email or name, or a common
 * password (also with digits or symbols added at the end, like "password123!").
 */
export function passwordProblem(password: string, login?: string | null): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `密码至少 ${PASSWORD_MIN_LENGTH} 位`;
  if (/^(.)\1*$/su.test(password)) return '密码不能由同一个字符重复组成';
  const lower = password.trim().toLowerCase();
  const account = login?.trim().toLowerCase();
  if (account && (lower.includes(account) || lower === account.split('@')[0])) return '密码不能包含手机号、邮箱或用户名';
  const common = commonPasswords();
  const stem = lower.replace(/[\d\W_]+$/u, '');
  if (common.has(lower) || (stem.length >= 4 && common.has(stem))) return '这个密码太常见，很容易被猜中，请换一个更难猜的密码';
  return null;
}
