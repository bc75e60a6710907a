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
  const parts = splitLargestRemainder(total, sorted.map((h) => scaledWeight(h.weight)));
  return sorted.map((h, i) => ({ householdId: h.householdId, amountFen: parts[i] })).filter((p) => p.amountFen > 0);
}

/** A weight with up to 4 decimals as an exact integer of 1/10,000ths. */
export function scaledWeight(weight: number): bigint {
  if (!Number.isFinite(weight) || weight < 0) throw new RangeError('weight must be a non-negative finite number');
  return BigInt(Math.round(weight * 10_000));
}

export interface AttributedPart {
  householdId: string;
  /** What the household got for this line. */
  amountFen: Fen;
  /** What earlier refunds already took back (positive number). */
  reversedFen: Fen;
}

/**
 * How much a refund takes back in total: the attributable amount in
 * proportion to the refunded part of the line, cumulatively, so that a full
 * refund (in any number of steps) reverses everything to the fen.
 */
export function reversalTotal(input: { attributableFen: Fen; lineAmountFen: Fen; refundedBeforeFen: Fen; refundFen: Fen; reversedBeforeFen: Fen }): Fen {
  const { attributableFen, lineAmountFen, reversedBeforeFen } = input;
  if (lineAmountFen <= 0) return 0;
  const cumulative = Math.min(lineAmountFen, input.refundedBeforeFen + Math.max(0, input.refundFen));
  const target = cumulative >= lineAmountFen ? attributableFen : Number((BigInt(attributableFen) * BigInt(cumulative)) / BigInt(lineAmountFen));
  return Math.max(0, Math.min(attributableFen, target) - reversedBeforeFen);
}

/**
 * Splits a reversal across the households by what each still holds, so no
 * household gives back more than it got; the returned amounts are negative and
 * add up to `-total`.
 */
export function splitReversal(total: Fen, parts: readonly AttributedPart[]): HouseholdPart[] {
  const remaining = parts.map((p) => Math.max(0, p.amountFen - p.reversedFen));
  const left = remaining.reduce((a, b) => a + b, 0);
  const amount = Math.min(total, left);
  if (amount <= 0) return [];
  const split = splitLargestRemainder(amount, remaining);
  return parts.map((p, i) => ({ householdId: p.householdId, amountFen: -split[i] })).filter((p) => p.amountFen < 0);
}
