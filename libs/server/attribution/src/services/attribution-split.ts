import { Fen, splitLargestRemainder } from '@yigou/shared/money';
import type { LinePart } from './attribution-planner';

export interface WeightedHousehold {
  householdId: string;
  weight: number;
}

export interface HouseholdPart {
  householdId: string;
  amountFen: Fen;
}

/**
 * Splits an attributable amount across households by weight (largest
 * remainder): the parts add up to `total` exactly. Households are taken in id
 * order so the split is deterministic; zero parts are left out.
 */
export function splitAttribution(total: Fen, households: readonly WeightedHousehold[]): HouseholdPart[] {
  if (total <= 0 || households.length === 0) return [];
  const sorted = [...households].sort((a, b) => (a.householdId < b.householdId ? -1 : a.householdId > b.householdId ? 1 : 0));
  // Weights are numeric(14,4): scale every one by 10^4 to integers, so mixed whole and decimal weights share one scale.
  const parts = splitLargestRemainder(
    total,
    sorted.map((h) => scaledWeight(h.weight)),
  );
  return sorted.map((h, i) => ({ householdId: h.householdId, amountFen: parts[i] })).filter((p) => p.amountFen > 0);
}

/** A weight with up to 4 decimals as an exact integer of 1/10,000ths. */
export function scaledWeight(weight: number): bigint {
  if (!Number.isFinite(weight) || weight < 0) throw new RangeError('weight must be a non-negative finite number');
  return BigInt(Math.round(weight * 10_000));
}

/** A household's part as stored in a split (what `attribution_split` keeps per element). */
export type StoredPart = LinePart;

const ELEMENT = '\x1f';
const ARRAY = '\x1e';

/**
 * The text a split's digest is taken of: each of its six arrays' elements joined by U+001F, the arrays by U+001E —
 * the same text the migration builds in SQL (`array_to_string`), so a split stored before it is found again.
 */
export function splitDigestText(parts: readonly StoredPart[]): string {
  return [
    parts.map((p) => p.householdId),
    parts.map((p) => p.amountFen),
    parts.map((p) => p.countyCode),
    parts.map((p) => p.villageCode),
    parts.map((p) => p.category),
    parts.map((p) => p.members),
  ]
    .map((xs) => xs.join(ELEMENT))
    .join(ARRAY);
}

/** Whether two splits are the same, element by element (cheaper than their digests). */
export function sameSplit(a: readonly StoredPart[], b: readonly StoredPart[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (
      x.amountFen !== y.amountFen ||
      x.householdId !== y.householdId ||
      x.countyCode !== y.countyCode ||
      x.villageCode !== y.villageCode ||
      x.category !== y.category ||
      x.members !== y.members
    )
      return false;
  }
  return true;
}
