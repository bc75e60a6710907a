import { fenToYuanString, yuanToFen } from '@yigou/shared/money';
import { fromShanghaiDateTime, shanghaiDateTime } from '@yigou/shared/time';

/**
 * Alipay's wire formats, pure: amounts are yuan strings with two decimals ("88.80"), times are Beijing time
 * "yyyy-MM-dd HH:mm:ss" without a zone.
 */
export const fenToAlipayAmount = (fen: number): string => fenToYuanString(fen);

/** "88.8" / "88.80" → 8880; null for anything that is not an amount (the ledger then reads it as unknown). */
export function alipayAmountToFen(raw: unknown): number | null {
  if (typeof raw !== 'string' || !/^\d{1,13}(\.\d{1,2})?$/.test(raw.trim())) return null;
  return yuanToFen(raw.trim());
}

/** 2024-01-01T04:00:00Z → "2024-01-01 12:00:00" */
export const toAlipayTime = (at: Date): string => shanghaiDateTime(at);

/** "2024-01-01 12:00:00" (Beijing) → Date; null when absent or malformed. */
export function fromAlipayTime(raw: unknown): Date | null {
  if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(raw)) return null;
  try {
    return fromShanghaiDateTime(raw);
  } catch {
    return null;
  }
}
