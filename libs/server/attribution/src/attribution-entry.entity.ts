import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

/**
 * The attribution ledger: one row per (event, order line, household). Positive
 * rows attribute a received line; negative rows reverse part of one on refund
 * and point at the row they reverse. Append-only (a trigger refuses UPDATE/DELETE).
 */
@Entity('attribution_entry')
@Index(['eventId', 'lineId', 'householdId'], { unique: true })
@Index(['householdId', 'year'])
@Index(['lineId'])
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

  /** Year and month (China time) of the sale; a reversal carries its original's. */
  @Column('int')
  year: number;

  @Column('varchar', { length: 7 })
  month: string;

  @Column('timestamptz')
  occurredAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
