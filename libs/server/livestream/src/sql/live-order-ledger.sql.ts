import { namedSql } from '@yigou/server/database';

/** LiveOrderConsumer.handleBatch: which of the events' sessions exist. */
export const SESSIONS_IN = namedSql<'sessionIds', { id: string }>(`SELECT id FROM live_session WHERE id = ANY(:sessionIds::uuid[])`);

/** LiveOrderConsumer.handleBatch: what the ledger holds per order (orders, items, sales in fen as text). */
export const LEDGER_BY_ORDER = namedSql<'orderIds', { order_id: string; o: number; i: number; f: string }>(
  `SELECT order_id, COALESCE(sum(order_delta), 0)::int AS o, COALESCE(sum(item_delta), 0)::int AS i, COALESCE(sum(sales_delta_fen), 0)::text AS f
         FROM live_order_entry WHERE order_id = ANY(:orderIds::uuid[]) GROUP BY order_id`,
);

/** LiveOrderConsumer.handleBatch: what the ledger holds per order and SKU (quantity, amount in fen as text). */
export const LEDGER_BY_ORDER_SKU = namedSql<'orderIds', { order_id: string; sku_id: string; product_id: string; q: number; f: string }>(
  `SELECT e.order_id, l.sku_id, l.product_id, sum(l.quantity_delta)::int AS q, sum(l.amount_delta_fen)::text AS f
         FROM live_order_entry e JOIN live_order_entry_line l ON l.entry_id = e.id WHERE e.order_id = ANY(:orderIds::uuid[]) GROUP BY e.order_id, l.sku_id, l.product_id`,
);

/**
 * LiveOrderConsumer.handleBatch: one ledger entry per event (parallel arrays), once per event; answers the entries
 * written (an event already recorded answers nothing).
 */
export const INSERT_ENTRIES = namedSql<
  | 'eventIds'
  | 'sessionIds'
  | 'kinds'
  | 'orderIds'
  | 'buyerIds'
  | 'unitIds'
  | 'orderDeltas'
  | 'itemDeltas'
  | 'salesDeltasFen'
  | 'tickerTexts'
  | 'occurredAts',
  { id: string; event_id: string }
>(
  `INSERT INTO live_order_entry (event_id, session_id, kind, order_id, buyer_id, unit_id, order_delta, item_delta, sales_delta_fen, ticker_text, occurred_at)
       SELECT * FROM unnest(:eventIds::bigint[], :sessionIds::uuid[], :kinds::text[], :orderIds::uuid[], :buyerIds::uuid[], :unitIds::uuid[], :orderDeltas::int[], :itemDeltas::int[], :salesDeltasFen::bigint[], :tickerTexts::text[], :occurredAts::timestamptz[])
       ON CONFLICT (event_id) DO NOTHING RETURNING id::text, event_id::text`,
);

/** LiveOrderConsumer.handleBatch: the SKU lines of the entries just written (parallel arrays). */
export const INSERT_ENTRY_LINES = namedSql<'entryIds' | 'sessionIds' | 'productIds' | 'skuIds' | 'quantityDeltas' | 'amountDeltasFen'>(
  `INSERT INTO live_order_entry_line (entry_id, session_id, product_id, sku_id, quantity_delta, amount_delta_fen)
         SELECT * FROM unnest(:entryIds::bigint[], :sessionIds::uuid[], :productIds::uuid[], :skuIds::uuid[], :quantityDeltas::int[], :amountDeltasFen::bigint[])`,
);
