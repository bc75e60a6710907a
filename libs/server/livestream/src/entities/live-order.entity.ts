import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

/**
 * Append-only ledger of what live-session orders count by the counting rule
 * (docs/counting.md): each row is the difference an order event made — a paid
 * order adds, a cancellation or a refund subtracts (a full refund takes the
 * order out of the count). Session reports sum it; the ticker reads the paid rows.
 */
@Entity('live_order_entry')
@Index(['sessionId', 'occurredAt'])
@Check('live_order_entry_kind_check', `"kind" IN ('paid', 'cancelled', 'refunded')`)
export class LiveOrderEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  /** The outbox event; unique so a replay records nothing twice. */
  @Index({ unique: true }) @Column('bigint') eventId: string;
  @Column('uuid') sessionId: string;
  @Column('text') kind: 'paid' | 'cancelled' | 'refunded';
  @Index() @Column('uuid') orderId: string;
  @Column('uuid') buyerId: string;
  @Column('uuid', { nullable: true }) unitId: string | null;
  /** +1 when the order starts to count, -1 when a cancellation or a full refund ends it, 0 otherwise. */
  @Column('int') orderDelta: number;
  @Column('int') itemDelta: number;
  @Column('bigint', { transformer: fenTransformer }) salesDeltaFen: Fen;
  /** Masked ticker line, e.g. "汾西县第一中学 王** 刚刚购买了 玉露香梨" (paid rows only). */
  @Column('text', { nullable: true }) tickerText: string | null;
  @Column('timestamptz') occurredAt: Date;
}
