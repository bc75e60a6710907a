import { namedSql } from '@yigou/server/database';
import type { MovementRow } from './attribution-sources.sql';

/** AttributionRebuildService.rebuild: the stored ledger, oldest first. */
export const STORED_MOVEMENTS = namedSql<never, MovementRow>(`SELECT * FROM attribution_movement ORDER BY id`);

/**
 * AttributionRebuildService.rebuild: every stored per-household sum, one row per household and bucket — the unit and
 * session rows as they are, the year rows' jsonb maps (`dim:key` → amount) spread out.
 */
export const STORED_HOUSEHOLD_SUMS = namedSql<
  never,
  { county_code: string; year: number; dim: string; key: string; household_id: string; amount_fen: string }
>(
  `SELECT county_code, year, dim, key, household_id, amount_fen FROM attribution_household_sum
           UNION ALL
           SELECT y.county_code, y.year, split_part(e.k, ':', 1), substr(e.k, strpos(e.k, ':') + 1), y.household_id, e.v::bigint
             FROM attribution_household_year y, jsonb_each_text(y.sums) AS e(k, v)`,
);

/** AttributionRebuildService.rebuild: every stored report bucket. */
export const STORED_BUCKET_SUMS = namedSql<
  never,
  { county_code: string; year: number; dim: string; key: string; amount_fen: string; households: number; people: number }
>(`SELECT * FROM attribution_bucket_sum`);
