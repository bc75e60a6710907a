import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EntityManager } from 'typeorm';

/**
 * Per consumer and order, the newest order event whose counting facts the
 * consumer applied. Events of one order are appended under the order's row
 * lock, so their ids follow the order's history; an older event delivered
 * after a newer one (a retried or replayed delivery) carries older facts and is
 * skipped: the newer facts already include everything it reports.
 */
@Entity('order_event_cursor')
export class OrderEventCursor {
  @PrimaryColumn('text') consumer: string;
  @PrimaryColumn('uuid') orderId: string;
  @Column('bigint') eventId: string;
}

/**
 * Moves the consumer's cursor of the order to `eventId` if it is newer, locking
 * the row for the rest of the transaction. Returns false when the consumer has
 * already applied this event or a newer one (then it must write nothing).
 */
export async function advanceOrderCursor(em: EntityManager, consumer: string, orderId: string, eventId: string): Promise<boolean> {
  const rows: unknown[] = await em.query(
    `INSERT INTO order_event_cursor (consumer, order_id, event_id) VALUES ($1, $2, $3)
     ON CONFLICT (consumer, order_id) DO UPDATE SET event_id = EXCLUDED.event_id WHERE order_event_cursor.event_id < EXCLUDED.event_id
     RETURNING 1`,
    [consumer, orderId, eventId],
  );
  return rows.length > 0;
}
