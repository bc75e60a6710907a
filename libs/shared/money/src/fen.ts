/**
 * Money in Yigou is always an integer number of fen (分, 1/100 yuan), CNY.
 * JavaScript numbers are exact for integers up to 2^53, i.e. ~90 trillion yuan,
 * which is far above any amount the platform handles; every entry point checks
 * that a value is a safe integer so a float can never slip in.
 */
export type Fen = number;

export class MoneyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoneyError';
  }
}

export function isFen(value: unknown): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

export function assertFen(value: unknown, what = '金额'): Fen {
  if (!isFen(value)) {
    throw new MoneyError(`${what}必须是以分为单位的整数`);
  }
  return value;
}

/** Parses fen from a database bigint string, a GraphQL string or an integer. */
export function parseFen(value: unknown, what = '金额'): Fen {
  if (typeof value === 'number') return assertFen(value, what);
  if (typeof value === 'bigint') return assertFen(Number(value), what);
  if (typeof value === 'string' && /^-?\d{1,16}$/.test(value.trim())) {
    return assertFen(Number(value.trim()), what);
  }
  throw new MoneyError(`${what}必须是以分为单位的整数`);
}

/** "68.5" / "68.50" / "68" yuan → 6850 fen. Refuses fractions of a fen. */
export function yuanToFen(yuan: string): Fen {
  const m = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/.exec(yuan.trim());
  if (!m) throw new MoneyError('金额格式不正确，最多两位小数');
  const [, sign, whole, frac = ''] = m;
  const fen = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return sign ? -fen : fen;
}

/** 6850 → "68.50" (no currency sign, no grouping). */
export function fenToYuanString(fen: Fen): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 123450 → "¥1,234.50" */
export function formatFen(fen: Fen, currencySign = '¥'): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${currencySign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** 1478100_00 fen → "147.81万元" (the way county reports write large sums). */
export function formatWanYuan(fen: Fen, digits = 2): string {
  assertFen(fen);
  return `${(fen / 1_000_000).toFixed(digits)}万元`;
}

export function sumFen(values: readonly Fen[]): Fen {
  let total = 0;
  for (const v of values) total += assertFen(v);
  return assertFen(total, '合计金额');
}
