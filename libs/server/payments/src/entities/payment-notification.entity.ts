import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

/**
 * Every notification from every provider, recorded by (provider, event id) before it acts: a replay
 * finds the row and does nothing. `result` says what it did.
 */
@Entity('payment_notification')
@Index(['provider', 'eventId'], { unique: true })
export class PaymentNotification {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') provider: string;
  @Column('text') eventId: string;
  @Column('text') type: string;
  @Index() @Column('text', { nullable: true }) providerPaymentId: string | null;
  @Column('uuid', { nullable: true }) attemptId: string | null;
  @Column('bigint', { transformer: fenTransformer, nullable: true }) amountFen: Fen | null;
  @Column('text', { nullable: true }) currency: string | null;
  @Column('text', { default: 'recorded' }) result: string;
  /** When the provider says it happened (its signed timestamp). */
  @Column('timestamptz', { nullable: true }) occurredAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) receivedAt: Date;
}
