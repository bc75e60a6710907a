import { namedSql } from '@yigou/server/core';

/**
 * advanceOrderCursors: moves each order's cursor of `:consumer` to its event where that is newer (`:orderIds` and
 * `:eventIds` in parallel), locking the rows for the rest of the transaction; answers the events whose cursor moved.
 */
export const ADVANCE_ORDER_CURSORS = namedSql<'consumer' | 'orderIds' | 'eventIds', { event_id: string }>(
  `INSERT INTO order_event_cursor (consumer, order_id, event_id)
     SELECT :consumer, o, e FROM unnest(:orderIds::uuid[], :eventIds::bigint[]) AS t(o, e)
     ON CONFLICT (consumer, order_id) DO UPDATE SET event_id = EXCLUDED.event_id WHERE order_event_cursor.event_id < EXCLUDED.event_id
     RETURNING event_id::text`,
);
