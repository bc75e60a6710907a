import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

/**
 * The attribution ledger: one row per event, order line and unit whose attributed target moved — the line's target
 * `T` for that unit before and after the event (docs/counting.md). Household `h` of the line's split `P` gets
 * `attribution_split(target_after, P)[h] − attribution_split(target_before, P)[h]` from it, so a receipt of a line
 * linked to 458 households is one row, not 458. A re-binding is two rows (the old unit's target to 0, the new one's
 * from 0). Append-only (a trigger refuses UPDATE/DELETE).
 */
@Entity('attribution_movement')
// One movement per event, line and unit (NULLS NOT DISTINCT: a buyer without a unit too); a line's movements are read
// through it. Made by its migration (TypeORM cannot declare NULLS NOT DISTINCT).
@Index('attribution_movement_key', { synchronize: false })
export class AttributionMovement {
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
  supplierId: string;

  @Column('uuid')
  productId: string;

  @Column('uuid', { nullable: true })
  unitId: string | null;

  @Column('uuid', { nullable: true })
  liveSessionId: string | null;

  @Column('uuid', { nullable: true })
  ruleId: string | null;

  /** What the line gave the unit's households before the event, and after it (each split over the line's parts). */
  @Column('bigint', { transformer: fenTransformer })
  targetBeforeFen: Fen;

  @Column('bigint', { transformer: fenTransformer })
  targetAfterFen: Fen;

  /** Year and month (Shanghai date) of the event (docs/counting.md). */
  @Column('int')
  year: number;

  @Column('varchar', { length: 7 })
  month: string;

  @Column('timestamptz')
  occurredAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
