import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A live order as placed, before (and whether or not) it is paid: the room shows it at once as 已下单, then as
 * 已付款 when the paid event reaches the session ledger (live_order_entry). Not a sales figure: reports and
 * counters that count money read live_order_entry only. One row per order; checkout writes it in its transaction.
 */
@Entity('live_order_placed')
@Index('IDX_live_order_placed_session', ['sessionId', 'placedAt'])
export class LivePlacedOrder {
  @PrimaryColumn('uuid') orderId: string;
  @Column('uuid') sessionId: string;
  @Column('uuid') buyerId: string;
  @Column('uuid', { nullable: true }) unitId: string | null;
  /** Masked, e.g. "汾西县第一中学 王** 刚刚下单了 玉露香梨". */
  @Column('text') tickerText: string;
  /** The SKUs the order bought: the host console's per-product 已下单 counts. */
  @Column('uuid', { array: true, default: () => "'{}'" }) skuIds: string[];
  @Column('timestamptz') placedAt: Date;
}
