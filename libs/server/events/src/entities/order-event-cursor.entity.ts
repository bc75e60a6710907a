import { Column, Entity, PrimaryColumn } from 'typeorm';

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
