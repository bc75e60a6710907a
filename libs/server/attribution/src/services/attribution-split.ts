import { Fen, splitLargestRemainder } from '@yigou/shared/money';

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
