import { type KeysetColumns, keysetSort, SortDirection, sqlKeyset } from '@yigou/server/core';
import { namedSql } from '@yigou/server/database';
import type { FilingStatus, QuotaFiling } from '../entities/quota-filing.entity';

/** QuotaFilingService.upsertRule: a jurisdiction's rule of a kind for a year, written over the one it had. */
export const UPSERT_RULE = namedSql<
  'regionCode' | 'year' | 'kind' | 'amountPerPersonFen' | 'ratioPercent' | 'fixedAmountFen' | 'notLessThanLastYear' | 'note'
>(
  `INSERT INTO quota_rule (region_code, year, kind, amount_per_person_fen, ratio_percent, fixed_amount_fen, not_less_than_last_year, note)
       VALUES (:regionCode, :year, :kind, :amountPerPersonFen, :ratioPercent, :fixedAmountFen, :notLessThanLastYear, :note)
       ON CONFLICT ON CONSTRAINT quota_rule_region_year_kind_key DO UPDATE SET
         amount_per_person_fen = EXCLUDED.amount_per_person_fen, ratio_percent = EXCLUDED.ratio_percent,
         fixed_amount_fen = EXCLUDED.fixed_amount_fen, not_less_than_last_year = EXCLUDED.not_less_than_last_year, note = EXCLUDED.note`,
);

/** QuotaFilingService.setYearSetting: a jurisdiction's filing window and rating setting for a year. */
export const UPSERT_YEAR_SETTING = namedSql<'regionCode' | 'year' | 'filingOpensAt' | 'filingClosesAt' | 'completionRequiresRating'>(
  `INSERT INTO quota_year_setting (region_code, year, filing_opens_at, filing_closes_at, completion_requires_rating)
       VALUES (:regionCode, :year, :filingOpensAt, :filingClosesAt, :completionRequiresRating)
       ON CONFLICT ON CONSTRAINT quota_year_setting_region_year_key DO UPDATE SET
         filing_opens_at = EXCLUDED.filing_opens_at, filing_closes_at = EXCLUDED.filing_closes_at,
         completion_requires_rating = EXCLUDED.completion_requires_rating, updated_at = now()`,
);

/**
 * QuotaFilingService.fileQuota: a unit's filing of a year, submitted (again) for review — unless it is approved
 * already: then no row comes back.
 */
export const SUBMIT_FILING = namedSql<
  | 'unitId'
  | 'year'
  | 'regionCode'
  | 'headcount'
  | 'canteenMode'
  | 'canteenBudgetFen'
  | 'ratioPercent'
  | 'unionBudgetFen'
  | 'targetFen'
  | 'filedBy'
  | 'filedAt',
  { id: string }
>(
  `INSERT INTO quota_filing (unit_id, year, region_code, headcount, canteen_mode, canteen_budget_fen, ratio_percent, union_budget_fen, target_fen, status, return_reason, filed_by, filed_at)
       VALUES (:unitId, :year, :regionCode, :headcount, :canteenMode, :canteenBudgetFen, :ratioPercent, :unionBudgetFen, :targetFen, 'submitted', NULL, :filedBy, :filedAt)
       ON CONFLICT ON CONSTRAINT quota_filing_unit_year_key DO UPDATE SET
         headcount = EXCLUDED.headcount, canteen_mode = EXCLUDED.canteen_mode, canteen_budget_fen = EXCLUDED.canteen_budget_fen,
         ratio_percent = EXCLUDED.ratio_percent, union_budget_fen = EXCLUDED.union_budget_fen, target_fen = EXCLUDED.target_fen,
         status = 'submitted', return_reason = NULL, filed_by = EXCLUDED.filed_by, filed_at = EXCLUDED.filed_at,
         reviewed_by = NULL, reviewed_at = NULL
       WHERE quota_filing.status <> 'approved'
       RETURNING id`,
);

/** QuotaFilingService.review: whether the unit has a stored target for the year (then it follows the reviewed filing). */
export const HAS_UNIT_TARGET = namedSql<'unitId' | 'year'>(`SELECT 1 FROM quota_unit_target WHERE unit_id = :unitId AND year = :year`);

const FILING_COLUMNS = `f.id, f.unit_id AS "unitId", f.year, f.region_code AS "regionCode", f.headcount, f.canteen_mode AS "canteenMode",
              f.canteen_budget_fen::float8 AS "canteenBudgetFen", f.ratio_percent::float8 AS "ratioPercent", f.union_budget_fen::float8 AS "unionBudgetFen",
              f.target_fen::float8 AS "targetFen", f.status, f.return_reason AS "returnReason", f.filed_by AS "filedBy", f.filed_at AS "filedAt",
              f.reviewed_by AS "reviewedBy", f.reviewed_at AS "reviewedAt"`;
/** A region's filings of a year: of one status, or all when `:status` is NULL. */
const REGION_FILINGS_WHERE = `f.region_code LIKE :regionPrefix AND f.year = :year AND (:status::text IS NULL OR f.status = :status)`;
type RegionFilingsFilter = 'regionPrefix' | 'year' | 'status';
/** The reviewers' order: oldest filing first (first come, first reviewed), the id breaking ties. */
const OLDEST_FIRST = keysetSort('f', 'filed_at', 'timestamptz', SortDirection.ASC);

/** QuotaFilingService.filings: how many filings the list has in all (its 共 N 份). */
export const COUNT_REGION_FILINGS = namedSql<RegionFilingsFilter, { n: number }>(
  `SELECT count(*)::int AS n FROM quota_filing f WHERE ${REGION_FILINGS_WHERE}`,
);

/**
 * QuotaFilingService.filings: `limit` filings after the cursor, oldest first, keyset-paginated on (filed_at, id) — a
 * province's list has thousands, and was cut at 500 with nothing said; the cursor's two parameters (`keysetParams`)
 * are numbered after the filter's three names.
 */
export function regionFilingsPageSql(after: string | null | undefined, limit: number) {
  const keyset = sqlKeyset(OLDEST_FIRST, after, COUNT_REGION_FILINGS.names.length + 1);
  const page = namedSql<RegionFilingsFilter, QuotaFiling & KeysetColumns>(
    `SELECT ${FILING_COLUMNS}, ${keyset.select} FROM quota_filing f
        WHERE ${REGION_FILINGS_WHERE} AND ${keyset.where}
        ORDER BY ${keyset.orderBy} LIMIT ${limit}`,
  );
  return { page, keysetParams: keyset.params };
}

/** A filing's figures that targets read. */
export interface FilingTargetRow {
  unit_id: string;
  year: number;
  status: FilingStatus;
  target_fen: string;
}

/** QuotaFilingService.targetsFor, a whole jurisdiction: its filings of a year and the year before (one index range). */
export const REGION_FILINGS_OF_TWO_YEARS = namedSql<'regionPrefix' | 'year' | 'lastYear', FilingTargetRow>(
  `SELECT unit_id, year, status, target_fen FROM quota_filing WHERE region_code LIKE :regionPrefix AND year IN (:year, :lastYear)`,
);

/** QuotaFilingService.targetsFor, a few units: their filings of a year and the year before. */
export const UNIT_FILINGS_OF_TWO_YEARS = namedSql<'unitIds' | 'year' | 'lastYear', FilingTargetRow>(
  `SELECT unit_id, year, status, target_fen FROM quota_filing WHERE unit_id = ANY(:unitIds) AND year IN (:year, :lastYear)`,
);
