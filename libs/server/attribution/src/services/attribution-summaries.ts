import type { PlannedRow } from './attribution-planner';
import type { ReportDimension } from '../entities/attribution-household-sum.entity';

export interface HouseholdSumKey {
  countyCode: string;
  year: number;
  dim: ReportDimension;
  key: string;
  householdId: string;
}

/** The report buckets a ledger row counts in. */
export function bucketsOf(r: PlannedRow): [ReportDimension, string][] {
  const b: [ReportDimension, string][] = [
    ['total', ''],
    ['category', r.category],
    ['village', r.villageCode],
    ['supplier', r.supplierId],
    ['product', r.productId],
    ['month', r.month],
  ];
  if (r.unitId) b.push(['unit', r.unitId]);
  if (r.liveSessionId) b.push(['session', r.liveSessionId]);
  return b;
}

/**
 * Dimensions with few keys per household and year: their sums share one `attribution_household_year` row per household
 * (a jsonb map `dim:key` → fen). `unit` and `session` have as many keys as units and sessions reach the household, so
 * they stay one `attribution_household_sum` row per bucket.
 */
export const YEAR_ROW_DIMS: ReadonlySet<ReportDimension> = new Set<ReportDimension>([
  'total',
  'category',
  'village',
  'supplier',
  'product',
  'month',
]);
/** The key of a bucket in `attribution_household_year.sums` (no key contains `:`, so the first `:` splits it). */
export const yearSumKey = (k: { dim: string; key: string }) => `${k.dim}:${k.key}`;

export const sumKey = (k: HouseholdSumKey) => `${k.countyCode}|${k.year}|${k.dim}|${k.key}|${k.householdId}`;
export const bucketKey = (k: Omit<HouseholdSumKey, 'householdId'>) => `${k.countyCode}|${k.year}|${k.dim}|${k.key}`;

export interface HouseholdDelta extends HouseholdSumKey {
  amountFen: number;
  members: number;
}

/** Adds up the rows' amounts per household and bucket. */
export function householdDeltas(rows: readonly PlannedRow[]): Map<string, HouseholdDelta> {
  const out = new Map<string, HouseholdDelta>();
  for (const r of rows) {
    for (const [dim, key] of bucketsOf(r)) {
      const k: HouseholdSumKey = { countyCode: r.countyCode, year: r.year, dim, key, householdId: r.householdId };
      const id = sumKey(k);
      const cur = out.get(id);
      if (cur) cur.amountFen += r.amountFen;
      else out.set(id, { ...k, amountFen: r.amountFen, members: r.members });
    }
  }
  return out;
}

export interface BucketTotals {
  countyCode: string;
  year: number;
  dim: ReportDimension;
  key: string;
  amountFen: number;
  households: number;
  people: number;
}

/** Bucket totals from per-household sums: households and people count when their net amount is positive. */
export function bucketsFromHouseholdSums(sums: Iterable<HouseholdDelta>): Map<string, BucketTotals> {
  const out = new Map<string, BucketTotals>();
  for (const s of sums) {
    const id = bucketKey(s);
    const cur = out.get(id) ?? { countyCode: s.countyCode, year: s.year, dim: s.dim, key: s.key, amountFen: 0, households: 0, people: 0 };
    cur.amountFen += s.amountFen;
    if (s.amountFen > 0) {
      cur.households += 1;
      cur.people += s.members;
    }
    out.set(id, cur);
  }
  return out;
}
