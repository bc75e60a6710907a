import { assertFen, Fen, MoneyError } from './fen';

/**
 * Splits `total` fen across parts proportionally to `weights` with the
 * largest-remainder (Hamilton) method: every part gets the floor of its exact
 * share, and the fen left over go one each to the parts with the largest
 * remainders (ties broken by position, so the result is deterministic).
 * The parts always add up to `total` exactly. A negative total (a reversal)
 * is split as the mirror of the positive one, so reversing restores zero.
 */
export function splitLargestRemainder(total: Fen, weights: readonly (number | bigint)[]): Fen[] {
  assertFen(total);
  if (weights.length === 0) {
    if (total === 0) return [];
    throw new MoneyError('没有可分配的对象');
  }
  // One scale for every weight: decimal weights (12.5 shares) and whole ones must stay in proportion.
  const scale = weights.some((x) => typeof x === 'number' && !Number.isInteger(x)) ? WEIGHT_SCALE : 1;
  const w = weights.map((x) => {
    const b = typeof x === 'bigint' ? x * BigInt(scale) : toBigIntWeight(x, scale);
    if (b < 0n) throw new MoneyError('权重不能为负数');
    return b;
  });
  const sumW = w.reduce((a, b) => a + b, 0n);
  if (sumW === 0n) throw new MoneyError('权重之和必须大于零');
  if (total < 0) return splitLargestRemainder(-total, w).map((p) => (p === 0 ? 0 : -p));

  const T = BigInt(total);
  const floors = w.map((wi) => (T * wi) / sumW);
  const remainders = w.map((wi, i) => ({ i, r: (T * wi) % sumW }));
  let left = T - floors.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (let k = 0; left > 0n; k++, left--) {
    floors[remainders[k].i] += 1n;
  }
  return floors.map((f) => Number(f));
}

const WEIGHT_SCALE = 1_000_000;

/** Weights are made whole by one common scale (1 for whole weights, 10^6 when any is decimal). */
function toBigIntWeight(x: number, scale: number): bigint {
  if (!Number.isFinite(x)) throw new MoneyError('权重必须是有限数');
  return BigInt(Math.round(x * scale));
}
