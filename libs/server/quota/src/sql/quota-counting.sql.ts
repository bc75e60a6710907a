import { namedSql } from '@yigou/server/database';

/** A row of the quota ledger, as the counting consumer reads it. */
export interface LedgerRowSql {
  id: string;
  unit_id: string;
  year: number;
  kind: 'ordered' | 'completed';
  amount_fen: string;
  order_id: string;
  line_id: string;
  product_id: string;
  supplier_id: string;
  buyer_id: string;
  reverses_id: string | null;
  occurred_at: Date;
}

/** QuotaCountingService.handleBatch: the batch's orders' ledger rows, oldest first, locked. */
export const LOCK_ORDERS_LEDGER = namedSql<'orderIds', LedgerRowSql>(
  `SELECT * FROM quota_ledger WHERE order_id = ANY(:orderIds::uuid[]) ORDER BY id FOR UPDATE`,
);

/** QuotaCountingService.handleBatch: the batch's new ledger rows (append-only). */
export const INSERT_LEDGER_ROWS = namedSql<
  | 'unitIds'
  | 'years'
  | 'kinds'
  | 'amountFens'
  | 'eventIds'
  | 'eventTypes'
  | 'orderIds'
  | 'lineIds'
  | 'productIds'
  | 'supplierIds'
  | 'buyerIds'
  | 'reversesIds'
  | 'occurredAts'
>(
  `INSERT INTO quota_ledger (unit_id, year, kind, amount_fen, event_id, event_type, order_id, line_id, product_id, supplier_id, buyer_id, reverses_id, occurred_at)
       SELECT * FROM unnest(:unitIds::uuid[], :years::int[], :kinds::text[], :amountFens::bigint[], :eventIds::bigint[], :eventTypes::text[], :orderIds::uuid[], :lineIds::uuid[], :productIds::uuid[], :supplierIds::uuid[], :buyerIds::uuid[], :reversesIds::bigint[], :occurredAts::timestamptz[])`,
);

/**
 * QuotaCountingService.handleBatch: the batch's amounts added to each unit's running totals of a year — an atomic
 * increment per unit and year: concurrent deliveries for other orders never lose an update.
 */
export const ADD_UNIT_TOTALS = namedSql<'unitIds' | 'years' | 'regionCodes' | 'orderedFens' | 'completedFens'>(
  `INSERT INTO quota_unit_total (unit_id, year, region_code, ordered_fen, completed_fen)
       SELECT * FROM unnest(:unitIds::uuid[], :years::int[], :regionCodes::text[], :orderedFens::bigint[], :completedFens::bigint[])
       ON CONFLICT (unit_id, year) DO UPDATE
         SET ordered_fen = quota_unit_total.ordered_fen + EXCLUDED.ordered_fen,
             completed_fen = quota_unit_total.completed_fen + EXCLUDED.completed_fen`,
);

/** QuotaCountingService.ledgerTotals: every unit's totals of a year as the ledger's rows add up (NULL where a kind has none). */
export const LEDGER_TOTALS = namedSql<never, { unit_id: string; year: number; ordered: string | null; completed: string | null }>(
  `SELECT unit_id, year, SUM(amount_fen) FILTER (WHERE kind = 'ordered') AS ordered, SUM(amount_fen) FILTER (WHERE kind = 'completed') AS completed
         FROM quota_ledger GROUP BY unit_id, year`,
);
