import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

/**
 * The attribution ledger. Positive rows (originals, at most one per event, order
 * line and household) attribute what a line counts; negative rows reverse part
 * of an original (a refund, a re-binding moving it to another unit) and point at
 * it. Append-only (a trigger refuses UPDATE/DELETE).
 */
@Entity('attribution_entry')
// A line's rows are read through these two partial indexes (originals, reversals); no plain line index.
@Index('attribution_entry_original_key', ['lineId', 'eventId', 'householdId'], { unique: true, where: '"reverses_id" IS NULL' })
@Index('attribution_entry_reversal_line_idx', ['lineId'], { where: '"reverses_id" IS NOT NULL' })
@Index(['householdId', 'year'])
export class AttributionEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('bigint')
  eventId: string;

  @Column('text')
  eventType: string;

  @Column('uuid')
  orderId: string;

  @Column('text')
  orderNo: string;

  @Column('uuid')
  lineId: string;

  @Column('uuid')
  householdId: string;

  @Column('varchar', { length: 12 })
  countyCode: string;

  @Column('varchar', { length: 12 })
  villageCode: string;

  @Column('text')
  category: string;

  @Column('int')
  members: number;

  @Column('uuid')
  supplierId: string;

  @Column('uuid')
  productId: string;

  @Column('uuid', { nullable: true })
  unitId: string | null;

  @Column('uuid', { nullable: true })
  liveSessionId: string | null;

  @Column('uuid', { nullable: true })
  ruleId: string | null;

  @Column('bigint', { transformer: fenTransformer })
  amountFen: Fen;

  @Column('bigint', { nullable: true })
  reversesId: string | null;

  /** Year and month (Shanghai date) of the event that attributed the amount or reversed it (docs/counting.md). */
  @Column('int')
  year: number;

  @Column('varchar', { length: 7 })
  month: string;

  @Column('timestamptz')
  occurredAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
