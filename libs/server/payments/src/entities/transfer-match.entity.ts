import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

/** Part of a transfer applied to an order. One transfer may pay several orders; each (transfer, order) once. */
@Entity('transfer_match')
@Index(['transferId', 'orderId'], { unique: true })
@Check('transfer_match_amount_check', `"amount_fen" > 0`)
export class TransferMatch {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') transferId: string;
  @Index() @Column('uuid') orderId: string;
  @Column('bigint', { transformer: fenTransformer }) amountFen: Fen;
  @Column('uuid', { nullable: true }) actorId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
