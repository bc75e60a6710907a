import { namedSql } from '@yigou/server/database';

/** QuotaProgressService.totals: the units' running totals of a year (units without a row have none). */
export const UNIT_TOTALS = namedSql<'year' | 'unitIds', { unit_id: string; ordered_fen: string; completed_fen: string }>(
  `SELECT unit_id, ordered_fen, completed_fen FROM quota_unit_total WHERE year = :year AND unit_id = ANY(:unitIds::uuid[])`,
);

/** A unit's stored target snapshot (NULLs without one) and running totals of a year. */
export interface FiguresRow {
  unit_id: string;
  stored: boolean;
  region_code: string | null;
  unit_name: string | null;
  parent_id: string | null;
  has_canteen: boolean | null;
  headcount: number | null;
  canteen_budget_fen: number | null;
  target_fen: number | null;
  provisional: boolean | null;
  filing_status: string | null;
  ordered_fen: number;
  completed_fen: number;
}

/** QuotaProgressService.unitFigures: the stored targets (quota_unit_target) and running totals of these units, one row each. */
export const UNIT_FIGURES = namedSql<'year' | 'unitIds', FiguresRow>(
  `SELECT x.unit_id, t.unit_id IS NOT NULL AS stored, t.region_code, t.unit_name, t.parent_id, t.has_canteen, t.headcount, t.canteen_budget_fen::int8::float8 AS canteen_budget_fen,
                t.target_fen::float8 AS target_fen, t.provisional, t.filing_status,
                COALESCE(s.ordered_fen, 0)::float8 AS ordered_fen, COALESCE(s.completed_fen, 0)::float8 AS completed_fen
           FROM unnest(:unitIds::uuid[]) AS x(unit_id)
           LEFT JOIN quota_unit_target t ON t.unit_id = x.unit_id AND t.year = :year
           LEFT JOIN quota_unit_total s ON s.unit_id = x.unit_id AND s.year = :year`,
);

/** A unit's ledger of a year, summed for its dashboard. */
export interface LedgerSummary {
  months: { month: number; ordered: number; completed: number }[];
  products: { id: string; amount: number }[];
  suppliers: { id: string; amount: number }[];
  members: { buyer_id: string; ordered: number; completed: number }[] | null;
}

/**
 * QuotaProgressService.ledgerSummary: one pass over the unit's ledger rows for the year (an index-only scan of
 * quota_ledger_unit_year_idx): the monthly trend, top 5 products and suppliers by ordered amount, and (`:withMembers`)
 * the members.
 */
export const LEDGER_SUMMARY = namedSql<'unitId' | 'year' | 'withMembers', LedgerSummary>(
  `WITH l AS MATERIALIZED (
         SELECT kind, amount_fen, product_id, supplier_id, buyer_id, occurred_at FROM quota_ledger WHERE unit_id = :unitId AND year = :year
       )
       SELECT
         (SELECT COALESCE(json_agg(m ORDER BY m.month), '[]') FROM (
            SELECT extract(month FROM occurred_at AT TIME ZONE 'Asia/Shanghai')::int AS month,
                   COALESCE(SUM(amount_fen) FILTER (WHERE kind = 'ordered'), 0)::float8 AS ordered,
                   COALESCE(SUM(amount_fen) FILTER (WHERE kind = 'completed'), 0)::float8 AS completed
              FROM l GROUP BY 1) m) AS months,
         (SELECT COALESCE(json_agg(p ORDER BY p.amount DESC, p.id), '[]') FROM (
            SELECT product_id AS id, SUM(amount_fen)::float8 AS amount FROM l WHERE kind = 'ordered'
             GROUP BY 1 HAVING SUM(amount_fen) > 0 ORDER BY 2 DESC, 1 LIMIT 5) p) AS products,
         (SELECT COALESCE(json_agg(p ORDER BY p.amount DESC, p.id), '[]') FROM (
            SELECT supplier_id AS id, SUM(amount_fen)::float8 AS amount FROM l WHERE kind = 'ordered'
             GROUP BY 1 HAVING SUM(amount_fen) > 0 ORDER BY 2 DESC, 1 LIMIT 5) p) AS suppliers,
         CASE WHEN :withMembers::bool THEN (SELECT COALESCE(json_agg(b ORDER BY b.ordered DESC, b.buyer_id), '[]') FROM (
            SELECT buyer_id, COALESCE(SUM(amount_fen) FILTER (WHERE kind = 'ordered'), 0)::float8 AS ordered,
                   COALESCE(SUM(amount_fen) FILTER (WHERE kind = 'completed'), 0)::float8 AS completed
              FROM l GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 100) b) END AS members`,
);
