import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';
import { RefundLineRef } from '../dto/refund-line.types';

/**
 * What a refund gives back: `order` money the order holds (its lines, shipping, a late payment after
 * cancellation); `expired_transfer` the part of a bank transfer an order held when it expired unpaid;
 * `duplicate` a second successful online payment of orders another attempt had paid; `review` money
 * finance sent back from an attempt whose amount or currency did not match. Only the first two change the order's figures.
 */
export const REFUND_KINDS = ['order', 'expired_transfer', 'duplicate', 'review'] as const;
export type RefundKind = (typeof REFUND_KINDS)[number];
export const ORDER_REFUND_KINDS: readonly RefundKind[] = ['order', 'expired_transfer'];

/** Online refunds: to_send (committed, not yet acknowledged), sent (the provider has it, not final), unknown (the last call timed out). */
export type RefundSendState = 'to_send' | 'sent' | 'unknown';

/**
 * A full or partial refund. Online refunds are recorded `pending` with a pending send in the same
 * transaction; the refund sender delivers them to the provider, retries with backoff and reconciles from
 * the provider's query until it gives a final answer. Bank refunds are `succeeded` when finance records
 * one it made, or `pending` until finance confirms it paid an expired order's transfer back.
 */
@Entity('refund')
@Check('refund_amount_check', `"amount_fen" > 0`)
@Check('refund_status_check', `"status" IN ('pending', 'succeeded', 'failed')`)
@Index(['status', 'nextSendAt'])
export class Refund {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column('uuid') orderId: string;
  @Column('bigint', { transformer: fenTransformer }) amountFen: Fen;
  @Column('text') method: string;
  @Column('text') status: string;
  @Column('text', { default: 'order' }) kind: RefundKind;
  @Column('text') reason: string;
  @Column('boolean') restock: boolean;
  @Column('jsonb') lines: RefundLineRef[];
  /** The payment attempt whose money goes back (online refunds). */
  @Column('uuid', { nullable: true }) attemptId: string | null;
  @Column('text', { nullable: true }) providerPaymentId: string | null;
  @Index({ unique: true, where: '"provider_refund_id" IS NOT NULL' }) @Column('text', { nullable: true }) providerRefundId: string | null;
  @Column('text', { nullable: true }) sendState: RefundSendState | null;
  @Column('int', { default: 0 }) sendAttempts: number;
  @Column('timestamptz', { nullable: true }) nextSendAt: Date | null;
  @Column('text', { nullable: true }) lastError: string | null;
  /** Bank refunds paid back by finance: the bank's transaction number. */
  @Column('text', { nullable: true }) bankTxnNo: string | null;
  @Column('uuid', { nullable: true }) actorId: string | null;
  @Column('timestamptz', { nullable: true }) settledAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
