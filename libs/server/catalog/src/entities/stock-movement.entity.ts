import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const STOCK_MOVEMENT_KINDS = ['received', 'adjusted', 'reserved', 'sold', 'released', 'returned'] as const;
export type StockMovementKind = (typeof STOCK_MOVEMENT_KINDS)[number];

/**
 * Append-only ledger of every stock change of a SKU. The SKU's
 * stock_available / stock_reserved always equal the sums of these deltas:
 * both are written by one statement (see StockService).
 */
@Entity('stock_movement')
@Index(['skuId', 'id'])
@Index(['refType', 'refId'])
@Check('stock_movement_kind_check', `"kind" IN ('received','adjusted','reserved','sold','released','returned')`)
@Check('stock_movement_delta_check', `"available_delta" <> 0 OR "reserved_delta" <> 0`)
export class StockMovement {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;

  @Column('uuid') skuId: string;

  @Column('text') kind: StockMovementKind;

  /** Change of the sellable figure. */
  @Column('int') availableDelta: number;

  /** Change of the figure held by unpaid orders. */
  @Column('int') reservedDelta: number;

  @Column('text', { nullable: true }) reason: string | null;

  /** Who did it; null for the system (sweeper, webhook, demo data). */
  @Column('uuid', { nullable: true }) actorId: string | null;

  /** What caused it, e.g. ('order', <order id>) or ('import', <job id>). */
  @Column('text', { nullable: true }) refType: string | null;
  @Column('uuid', { nullable: true }) refId: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
