import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

/**
 * How far an attempt got; states only move forward (a late `failed` never undoes a success).
 * `needs_review`: the provider reported money whose amount or currency differs from what the attempt asked for;
 * nothing was applied to the orders and finance decides (refund it).
 */
export const ATTEMPT_STATUS_RANK = { created: 0, failed: 1, canceled: 2, needs_review: 3, succeeded: 4 } as const;
export type AttemptStatus = keyof typeof ATTEMPT_STATUS_RANK;
export const ATTEMPT_STATUSES = Object.keys(ATTEMPT_STATUS_RANK) as AttemptStatus[];

/** What became of money that arrived: paid the orders, or refunded because another attempt had paid them already. */
export type AttemptOutcome = 'applied' | 'duplicate';

export interface AttemptShare {
  orderId: string;
  amountFen: Fen;
}

/**
 * One online payment attempt at one provider (for Stripe one PaymentIntent; idempotency key = this id).
 * The attempt's amount and currency are what the server asked for; `received*` is what the provider reported.
 */
@Entity('payment_attempt')
@Check('payment_attempt_status_check', `"status" IN ('created', 'failed', 'canceled', 'needs_review', 'succeeded')`)
export class PaymentAttempt {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { default: 'stripe' }) provider: string;
  @Index() @Column('uuid') buyerId: string;
  @Column('uuid', { array: true }) orderIds: string[];
  /** What each order owed when the attempt started; they add up to amountFen. */
  @Column('jsonb') shares: AttemptShare[];
  @Column('bigint', { transformer: fenTransformer }) amountFen: Fen;
  @Column('text', { default: 'cny' }) currency: string;
  @Column('text', { default: 'created' }) status: AttemptStatus;
  @Column('text', { nullable: true }) outcome: AttemptOutcome | null;
  @Column('bigint', { transformer: fenTransformer, nullable: true })
  receivedFen: Fen | null;
  @Column('text', { nullable: true }) receivedCurrency: string | null;
  /** The provider's id of the payment (Stripe: the PaymentIntent id). */
  @Index({ unique: true, where: '"provider_payment_id" IS NOT NULL' })
  @Column('text', { nullable: true })
  providerPaymentId: string | null;
  @Column('text', { nullable: true }) failureMessage: string | null;
  @Column('text', { nullable: true }) reviewNote: string | null;
  @Column('timestamptz', { nullable: true }) reviewedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
