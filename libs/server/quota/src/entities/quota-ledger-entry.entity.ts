import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

export const LEDGER_KINDS = ['ordered', 'completed'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/**
 * The counting ledger (计入台账): append-only rows per certified order line, kind
 * and unit, written by the counting rule (docs/counting.md) as the difference
 * an event makes, dated by it. A reversal is a negative row pointing at the row it reverses.
 */
@Entity('quota_ledger')
// (unit_id, year, occurred_at) INCLUDE (kind, amount_fen, product_id, supplier_id, buyer_id): the dashboard's index-only scan, created by
// migration QuotaLedgerCoveringIndex (TypeORM cannot declare INCLUDE)
@Index('quota_ledger_unit_year_idx', { synchronize: false })
@Index('quota_ledger_order_idx', ['orderId'])
// one original per event, line, kind and unit (a re-binding writes the old unit's reversal and the new unit's original in one event)
@Index('quota_ledger_event_line_kind_key', ['eventId', 'lineId', 'kind', 'unitId'], { unique: true, where: '"reverses_id" IS NULL' })
// one reversal of an original per event
@Index('quota_ledger_reverses_event_key', ['reversesId', 'eventId'], { unique: true, where: '"reverses_id" IS NOT NULL' })
@Check('quota_ledger_kind_check', `"kind" IN ('ordered','completed')`)
@Check('quota_ledger_sign_check', `("reverses_id" IS NULL AND "amount_fen" > 0) OR ("reverses_id" IS NOT NULL AND "amount_fen" < 0)`)
export class QuotaLedgerEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('uuid') unitId: string;
  @Column('int') year: number;
  @Column('text') kind: LedgerKind;
  @Column('bigint', { transformer: fenTransformer }) amountFen: Fen;
  @Column('bigint') eventId: string;
  @Column('text') eventType: string;
  @Column('uuid') orderId: string;
  @Column('text') lineId: string;
  @Column('uuid') productId: string;
  @Column('uuid') supplierId: string;
  @Column('uuid') buyerId: string;
  @Column('bigint', { nullable: true }) reversesId: string | null;
  @Column('timestamptz') occurredAt: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
