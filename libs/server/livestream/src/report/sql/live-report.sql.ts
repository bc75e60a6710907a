import { namedSql } from '@yigou/server/database';

/** LiveReportService.reports: per session, the ledger's orders, items, paid sales (fen as text), buyers and buyer units. */
export const SESSION_AGGREGATES = namedSql<
  'sessionIds',
  { session_id: string; orders: number; items: number; paid: string; buyers: number; units: number }
>(
  `WITH per_order AS (
         SELECT session_id, order_id, buyer_id, unit_id, sum(order_delta) AS o, sum(item_delta) AS i, sum(sales_delta_fen) AS f
           FROM live_order_entry WHERE session_id = ANY(:sessionIds) GROUP BY session_id, order_id, buyer_id, unit_id)
       SELECT session_id, sum(o)::int AS orders, sum(i)::int AS items, sum(f)::text AS paid,
              count(DISTINCT buyer_id) FILTER (WHERE o > 0)::int AS buyers,
              count(DISTINCT unit_id) FILTER (WHERE o > 0)::int AS units
         FROM per_order GROUP BY session_id`,
);

/** LiveReportService.reports: unique viewers per session. */
export const SESSION_VIEWERS = namedSql<'sessionIds', { session_id: string; n: number }>(
  `SELECT session_id, count(*)::int AS n FROM live_viewer WHERE session_id = ANY(:sessionIds) GROUP BY session_id`,
);

/**
 * LiveReportService.reports, pending sales: what live-room claims hold beyond the units paid orders kept (a
 * cancellation or a refund by quantity gives its claim back), in fen as text.
 */
export const SESSION_HELD = namedSql<'sessionIds', { session_id: string; fen: string }>(
  `SELECT p.session_id, sum(GREATEST(p.claimed - COALESCE(s.q, 0), 0) * p.live_price_fen)::text AS fen
         FROM live_session_product p
         LEFT JOIN (SELECT session_id, sku_id, sum(quantity_delta) AS q FROM live_order_entry_line WHERE session_id = ANY(:sessionIds) GROUP BY session_id, sku_id) s
           ON s.session_id = p.session_id AND s.sku_id = p.sku_id
        WHERE p.session_id = ANY(:sessionIds) GROUP BY p.session_id`,
);

/** LiveReportService.reports: per session and product, the units sold and kept and their amount (fen as text). */
export const SESSION_PRODUCTS_SOLD = namedSql<'sessionIds', { session_id: string; product_id: string; q: number; f: string }>(
  `SELECT session_id, product_id, sum(quantity_delta)::int AS q, sum(amount_delta_fen)::text AS f
         FROM live_order_entry_line
        WHERE session_id = ANY(:sessionIds) GROUP BY session_id, product_id
        HAVING sum(quantity_delta) > 0`,
);
