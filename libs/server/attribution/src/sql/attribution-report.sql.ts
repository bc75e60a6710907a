import type { KeysetColumns } from '@yigou/server/core';
import { namedSql } from '@yigou/server/database';

/** A report bucket summed over a region's counties. */
export interface RegionBucketRow {
  dim: string;
  key: string;
  amount: string;
  households: number;
  people: number;
}

/**
 * AttributionReportService.report (on a replica): a region's buckets of a year, its counties' rows added up
 * (`:countyPrefix` is `LIKE` text, e.g. '1405%').
 */
export const REGION_BUCKETS = namedSql<'countyPrefix' | 'year', RegionBucketRow>(
  `SELECT dim, key, sum(amount_fen)::text AS amount, sum(households)::int AS households, sum(people)::int AS people
         FROM attribution_bucket_sum WHERE county_code LIKE :countyPrefix AND year = :year GROUP BY dim, key`,
);

/** AttributionReportService.unitReach: a work unit's buckets of a year, all counties added up (one row, NULLs when none). */
export const UNIT_REACH = namedSql<'unitId' | 'year', { amount: string | null; households: number | null; people: number | null }>(
  `SELECT sum(amount_fen)::text AS amount, sum(households)::int AS households, sum(people)::int AS people
         FROM attribution_bucket_sum WHERE dim = 'unit' AND key = :unitId AND year = :year`,
);

/** AttributionReportService.householdIncome: a household's total and monthly sums of a year (from its year rows' maps). */
export const HOUSEHOLD_YEAR_SUMS = namedSql<'householdId' | 'year', { dim: string; key: string; amount: string }>(
  `SELECT split_part(e.k, ':', 1) AS dim, substr(e.k, strpos(e.k, ':') + 1) AS key, sum(e.v::bigint)::text AS amount
           FROM attribution_household_year y, jsonb_each_text(y.sums) AS e(k, v)
          WHERE y.household_id = :householdId AND y.year = :year AND (e.k = 'total:' OR e.k LIKE 'month:%') GROUP BY 1, 2`,
);

/**
 * The county's households (`x`) whose income per person — the registry's recorded income plus this year's attributed
 * and other income per person — is under `:line`: the FROM … WHERE of the alerts' page and count.
 */
const ALERTS_FROM = `
      FROM (SELECT h.id, COALESCE((s.sums->>'total:')::bigint, 0) AS attributed, COALESCE(o.amount, 0) AS other, h.income_per_capita_fen AS recorded,
                   (h.income_per_capita_fen + floor((COALESCE((s.sums->>'total:')::bigint, 0) + COALESCE(o.amount, 0)) / h.members))::bigint AS per_capita
              FROM household h
              LEFT JOIN attribution_household_year s ON s.household_id = h.id AND s.year = :year AND s.county_code = h.county_code
              LEFT JOIN (SELECT household_id, sum(amount_fen) AS amount FROM household_other_income WHERE year = :year GROUP BY household_id) o ON o.household_id = h.id
             WHERE h.county_code = :countyCode) x
      WHERE x.per_capita < :line`;

/** An income alert's row. */
export interface AlertRow {
  id: string;
  attributed: string;
  other: string;
  recorded: string;
  per_capita: string;
}

/**
 * AttributionReportService.alerts: a page of the alerts after a keyset (`sqlKeyset(order, after, 4)`: its placeholders
 * `$4`, `$5` follow the three names, its values go after theirs).
 */
export const alertsPageSql = (keyset: { select: string; where: string; orderBy: string }, limit: number) =>
  namedSql<'countyCode' | 'year' | 'line', AlertRow & KeysetColumns>(
    `SELECT x.id, x.attributed::text, x.other::text, x.recorded::text, x.per_capita::text, ${keyset.select} ${ALERTS_FROM}
            AND ${keyset.where} ORDER BY ${keyset.orderBy} LIMIT ${limit}`,
  );

/** AttributionReportService.alerts: how many alerts there are. */
export const ALERTS_COUNT = namedSql<'countyCode' | 'year' | 'line', { n: number }>(`SELECT count(*)::int AS n ${ALERTS_FROM}`);
