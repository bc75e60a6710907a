import { namedSql } from '@yigou/server/database';
import type { RuleParams } from '../services/quota-rule.strategies';

/** QuotaTargetService.store: the units' filings of the year and the year before. */
export const FILINGS_OF_TWO_YEARS = namedSql<'unitIds' | 'year', { unit_id: string; year: number; status: string; target_fen: string }>(
  `SELECT unit_id, year, status, target_fen FROM quota_filing WHERE unit_id = ANY(:unitIds::uuid[]) AND year IN (:year, :year - 1)`,
);

/** A quota rule as a target is computed from it. */
export interface RuleRow extends RuleParams {
  regionCode: string;
  notLessThanLastYear: boolean;
}

/** QuotaTargetService.store: the year's rules of these jurisdictions (counties, cities, provinces). */
export const RULES_OF_REGIONS = namedSql<'year' | 'regionCodes', RuleRow>(
  `SELECT region_code AS "regionCode", kind, amount_per_person_fen::float8 AS "amountPerPersonFen", ratio_percent::float8 AS "ratioPercent",
                fixed_amount_fen::float8 AS "fixedAmountFen", not_less_than_last_year AS "notLessThanLastYear"
           FROM quota_rule WHERE year = :year AND region_code = ANY(:regionCodes)`,
);

/** QuotaTargetService.store: the year's filing deadlines of these jurisdictions. */
export const DEADLINES_OF_REGIONS = namedSql<'year' | 'regionCodes', { region_code: string; filing_closes_at: Date }>(
  `SELECT region_code, filing_closes_at FROM quota_year_setting WHERE year = :year AND region_code = ANY(:regionCodes)`,
);

/** QuotaTargetService.store: the units' targets of the year with the directory snapshot they were computed from, written over the old. */
export const UPSERT_UNIT_TARGETS = namedSql<
  | 'year'
  | 'unitIds'
  | 'regionCodes'
  | 'unitNames'
  | 'parentIds'
  | 'parentNames'
  | 'hasCanteens'
  | 'headcounts'
  | 'budgets'
  | 'targets'
  | 'provisionals'
  | 'statuses'
  | 'closes'
>(
  `INSERT INTO quota_unit_target (unit_id, year, region_code, unit_name, parent_id, parent_name, has_canteen, headcount, canteen_budget_fen, target_fen, provisional, filing_status, filing_closes_at, updated_at)
       SELECT x.unit_id, :year, x.region_code, x.unit_name, x.parent_id, x.parent_name, x.has_canteen, x.headcount, x.budget, x.target, x.provisional, x.status, x.closes, now()
         FROM unnest(:unitIds::uuid[], :regionCodes::varchar[], :unitNames::text[], :parentIds::uuid[], :parentNames::text[], :hasCanteens::bool[], :headcounts::int[], :budgets::int8[], :targets::int8[], :provisionals::bool[], :statuses::text[], :closes::timestamptz[])
           AS x(unit_id, region_code, unit_name, parent_id, parent_name, has_canteen, headcount, budget, target, provisional, status, closes)
       ON CONFLICT (unit_id, year) DO UPDATE SET
         region_code = EXCLUDED.region_code, unit_name = EXCLUDED.unit_name, parent_id = EXCLUDED.parent_id, parent_name = EXCLUDED.parent_name,
         has_canteen = EXCLUDED.has_canteen, headcount = EXCLUDED.headcount, canteen_budget_fen = EXCLUDED.canteen_budget_fen,
         target_fen = EXCLUDED.target_fen, provisional = EXCLUDED.provisional, filing_status = EXCLUDED.filing_status,
         filing_closes_at = EXCLUDED.filing_closes_at, updated_at = now()`,
);

/**
 * QuotaTargetService.store: the running totals carry the unit's region for reading a jurisdiction's totals: they
 * follow a region change.
 */
export const MOVE_UNIT_TOTALS = namedSql<'year' | 'unitIds' | 'regionCodes'>(
  `UPDATE quota_unit_total t SET region_code = x.region_code FROM unnest(:unitIds::uuid[], :regionCodes::varchar[]) AS x(unit_id, region_code)
        WHERE t.unit_id = x.unit_id AND t.year = :year AND t.region_code <> x.region_code`,
);

/** QuotaTargetService.recomputeRegion: drops the region's stored targets of units no longer in it. */
export const DELETE_TARGETS_NOT_IN_REGION = namedSql<'year' | 'regionPrefix' | 'unitIds'>(
  `DELETE FROM quota_unit_target WHERE year = :year AND region_code LIKE :regionPrefix AND NOT (unit_id = ANY(:unitIds::uuid[]))`,
);

/**
 * QuotaTargetService.recomputeRegion, after a jurisdiction's worth of new rows: fresh statistics keep the ranking on a
 * hash join (ANALYZE may run in a transaction).
 */
export const ANALYZE_UNIT_TARGETS = namedSql<never>(`ANALYZE quota_unit_target`);

/** The directory snapshot a stored target was computed from. */
export interface SnapshotRow {
  unit_id: string;
  region_code: string;
  unit_name: string;
  parent_id: string | null;
  parent_name: string | null;
  has_canteen: boolean;
  headcount: number;
  canteen_budget_fen: string;
}

/** QuotaTargetService.syncRegion: the stored snapshots of the region's units of the year, and of the units now in it. */
export const STORED_SNAPSHOTS = namedSql<'year' | 'regionPrefix' | 'unitIds', SnapshotRow>(
  `SELECT unit_id, region_code, unit_name, parent_id, parent_name, has_canteen, headcount, canteen_budget_fen
         FROM quota_unit_target WHERE year = :year AND (region_code LIKE :regionPrefix OR unit_id = ANY(:unitIds::uuid[]))`,
);

/** QuotaTargetService.syncRegion: drops the stored targets of the region's units gone from the directory. */
export const DELETE_TARGETS_OF_UNITS = namedSql<'year' | 'regionPrefix' | 'unitIds'>(
  `DELETE FROM quota_unit_target WHERE year = :year AND region_code LIKE :regionPrefix AND unit_id = ANY(:unitIds::uuid[])`,
);
