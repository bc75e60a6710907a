import { namedSql } from '@yigou/server/database';

/** InvoiceService.record: the order's row, locked FOR UPDATE for the rest of the transaction (one issue at a time). */
export const LOCK_ORDER = namedSql<'orderId', { id: string }>(`SELECT id FROM shop_order WHERE id = :orderId FOR UPDATE`);
