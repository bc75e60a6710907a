import { namedSql } from '@yigou/server/database';

/**
 * The reconciliation's own SQL. It reads other domains' tables on purpose and
 * read-only: an audit must not go through the code it audits (see docs/architecture.md).
 */

/** An order as the reconciliation reads it. */
export interface OrderRow {
  id: string;
  order_no: string;
  unit_id: string | null;
  supplier_id: string;
  live_session_id: string | null;
  paid_at: Date | null;
  received_at: Date | null;
  completed_at: Date | null;
  cancelled_at: Date | null;
  paid_fen: string;
}

/** readOrders: a page of orders by id (keyset), after `after` (null: from the first). */
export const ORDER_PAGE = namedSql<'after' | 'pageSize', OrderRow>(`
  SELECT id, order_no, unit_id, supplier_id, live_session_id, paid_at, received_at, completed_at, cancelled_at, paid_fen::text AS paid_fen
    FROM shop_order WHERE (:after::uuid IS NULL OR id > :after::uuid) ORDER BY id LIMIT :pageSize`);

/** readOrders: the lines of a page's orders. */
export const LINES_OF_ORDERS = namedSql<
  'orderIds',
  { id: string; order_id: string; product_id: string; quantity: number; amount_fen: string; certified: boolean }
>(`
  SELECT id, order_id, product_id, quantity, amount_fen::text AS amount_fen, certified
    FROM order_line WHERE order_id = ANY(:orderIds::uuid[])`);

/**
 * readOrders: the succeeded refunds of a page's orders, each dated by its 'refund' transition: the k-th refund to
 * succeed is the order's k-th refund transition. Refunds succeed in the order of settled_at, not of creation (bank ones
 * at once; online ones when the provider confirms, so an unanswered Alipay refund or a PROCESSING WeChat Pay one
 * succeeds after a later one answered at once). A refund without its transition keeps its own created_at.
 */
export const REFUNDS_OF_ORDERS = namedSql<
  'orderIds',
  { order_id: string; amount_fen: string; lines: { lineId: string; amountFen: string | number }[]; at: Date }
>(`
  WITH r AS (
    SELECT id, order_id, amount_fen::text AS amount_fen, lines, created_at,
           row_number() OVER (PARTITION BY order_id ORDER BY COALESCE(settled_at, created_at), id) AS k
      FROM refund WHERE status = 'succeeded' AND order_id = ANY(:orderIds::uuid[])),
  t AS (
    SELECT order_id, created_at, row_number() OVER (PARTITION BY order_id ORDER BY id) AS k
      FROM order_transition WHERE action = 'refund' AND order_id = ANY(:orderIds::uuid[]))
  SELECT r.order_id, r.amount_fen, r.lines, COALESCE(t.created_at, r.created_at) AS at
    FROM r LEFT JOIN t ON t.order_id = r.order_id AND t.k = r.k
   ORDER BY r.order_id, r.k`);

/** readOrders: the approved re-bindings of a page's orders, in the order they were decided. */
export const REBINDINGS_OF_ORDERS = namedSql<
  'orderIds',
  { order_id: string; from_unit_id: string | null; to_unit_id: string; decided_at: Date }
>(`
  SELECT order_id, from_unit_id, to_unit_id, decided_at
    FROM order_binding_change WHERE status = 'approved' AND order_id = ANY(:orderIds::uuid[])
   ORDER BY order_id, decided_at, created_at`);

export const UNIT_REGIONS = `SELECT id, region_code FROM work_unit`;
export const RATING_SETTINGS = `SELECT region_code, year, completion_requires_rating FROM quota_year_setting`;
export const RULES = `
  SELECT id, supplier_id, product_id, kind, fen_per_unit::text AS fen_per_unit, percent::text AS percent, valid_from::text AS valid_from, valid_to::text AS valid_to
    FROM attribution_rule`;
export const LINKS = `
  SELECT supplier_id, product_id, household_id, weight::text AS weight, valid_from::text AS valid_from, valid_to::text AS valid_to
    FROM benefit_link`;
export const LINKED_HOUSEHOLDS = `SELECT id, county_code FROM household WHERE id IN (SELECT household_id FROM benefit_link)`;

/** What the quota ledger holds, per unit, year, Shanghai month, kind and order. */
export const QUOTA_LEDGER_CELLS = `
  SELECT unit_id, year, to_char(occurred_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, kind, order_id, sum(amount_fen)::text AS amount_fen
    FROM quota_ledger GROUP BY 1, 2, 3, 4, 5`;

export const QUOTA_UNIT_TOTALS = `SELECT unit_id, year, ordered_fen::text AS ordered_fen, completed_fen::text AS completed_fen FROM quota_unit_total`;

/**
 * What the attribution ledger holds, per household, year, month and order. The ledger stores per event and line the
 * line's target before and after (`attribution_movement`); a household's amount is its holding of the target after
 * minus before, each the largest-remainder split of the target over the line's parts (`attribution_split`, the SQL
 * function attribution owns; the whole parts when the whole target counts, nothing at 0), computed once per movement
 * (`OFFSET 0`: not pulled up into one call per household).
 */
export const ATTRIBUTION_LEDGER_CELLS = `
  SELECT s.part_household_ids[p.i] AS household_id, s.part_county_codes[p.i] AS county_code, m.year, m.month, m.order_id,
         sum(coalesce(h.after[p.i], 0) - coalesce(h.before[p.i], 0))::text AS amount_fen
    FROM attribution_movement m
    JOIN attribution_line l ON l.line_id = m.line_id
    JOIN attribution_split s ON s.digest = l.split_digest
   CROSS JOIN LATERAL (
     SELECT CASE WHEN m.target_after_fen <= 0 THEN NULL WHEN m.target_after_fen >= l.attributable_fen THEN s.part_fen
                 ELSE attribution_split(m.target_after_fen, s.part_fen) END AS after,
            CASE WHEN m.target_before_fen <= 0 THEN NULL WHEN m.target_before_fen >= l.attributable_fen THEN s.part_fen
                 ELSE attribution_split(m.target_before_fen, s.part_fen) END AS before
      OFFSET 0) h
   CROSS JOIN LATERAL generate_subscripts(s.part_fen, 1) AS p(i)
   GROUP BY 1, 2, 3, 4, 5`;

/** The per-household yearly sums the reports read. */
export const ATTRIBUTION_HOUSEHOLD_SUMS = `
  SELECT county_code, year, household_id, (sums->>'total:')::bigint::text AS amount_fen FROM attribution_household_year WHERE sums ? 'total:'`;

/** What the live session ledger holds per order (the session report sums it). */
export const LIVE_LEDGER_CELLS = `
  SELECT session_id, order_id, sum(order_delta)::int AS orders, sum(sales_delta_fen)::text AS sales_fen
    FROM live_order_entry GROUP BY 1, 2`;

/** reconcile (the names people read in its differences): order numbers. */
export const ORDER_NOS = namedSql<'ids', { id: string; order_no: string }>(
  `SELECT id, order_no FROM shop_order WHERE id = ANY(:ids::uuid[])`,
);
/** reconcile: unit names. */
export const UNIT_NAMES = namedSql<'ids', { id: string; name: string }>(`SELECT id, name FROM work_unit WHERE id = ANY(:ids::uuid[])`);
/** reconcile: live session titles. */
export const SESSION_TITLES = namedSql<'ids', { id: string; title: string }>(
  `SELECT id, title FROM live_session WHERE id = ANY(:ids::uuid[])`,
);
/** reconcile: household numbers. */
export const HOUSEHOLD_NOS = namedSql<'ids', { id: string; household_no: string }>(
  `SELECT id, household_no FROM household WHERE id = ANY(:ids::uuid[])`,
);

/** The nightly job's check: has a nightly run started since this Shanghai day began? */
export const NIGHTLY_RUN_SINCE = namedSql<'dayStart'>(
  `SELECT 1 FROM reconciliation_run WHERE trigger = 'nightly' AND started_at >= :dayStart LIMIT 1`,
);
