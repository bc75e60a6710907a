import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import { FenScalarType } from '@yigou/server/core';
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
@ObjectType('PaymentAttempt')
@Entity('payment_attempt')
@Check('payment_attempt_status_check', `"status" IN ('created', 'failed', 'canceled', 'needs_review', 'succeeded')`)
export class PaymentAttempt {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field() @Column('text', { default: 'stripe' }) provider: string;
  @Index() @Column('uuid') buyerId: string;
  @Field(() => [ID]) @Column('uuid', { array: true }) orderIds: string[];
  /** What each order owed when the attempt started; they add up to amountFen. */
  @Column('jsonb') shares: AttemptShare[];
  @Field(() => FenScalarType) @Column('bigint', { transformer: fenTransformer }) amountFen: Fen;
  @Field() @Column('text', { default: 'cny' }) currency: string;
  @Field(() => String) @Column('text', { default: 'created' }) status: AttemptStatus;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) outcome: AttemptOutcome | null;
  @Field(() => FenScalarType, { nullable: true })
  @Column('bigint', { transformer: fenTransformer, nullable: true })
  receivedFen: Fen | null;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) receivedCurrency: string | null;
  /** The provider's id of the payment (Stripe: the PaymentIntent id). */
  @Field(() => String, { nullable: true })
  @Index({ unique: true, where: '"provider_payment_id" IS NOT NULL' })
  @Column('text', { nullable: true })
  providerPaymentId: string | null;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) failureMessage: string | null;
  @Field(() => String, { nullable: true, description: 'Why finance must look at it' }) @Column('text', { nullable: true }) reviewNote:
    string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column('timestamptz', { nullable: true }) reviewedAt: Date | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

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

/** An incoming bank transfer (对公转账), recorded by finance or imported from a statement. */
@ObjectType('BankTransfer')
@Entity('bank_transfer')
@Check('bank_transfer_amount_check', `"amount_fen" > 0 AND "matched_fen" >= 0 AND "matched_fen" <= "amount_fen"`)
// the 到账记录 desk list's keyset (t.received_at, t.id), walked backwards for the newest first
@Index('bank_transfer_received_at_id', ['receivedAt', 'id'])
export class BankTransfer {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  /** The bank's transaction number; unique, so importing the same statement twice adds nothing. */
  @Field() @Index({ unique: true }) @Column('text') bankTxnNo: string;
  @Field() @Column('text') payerName: string;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) payerAccount: string | null;
  @Field(() => FenScalarType) @Column('bigint', { transformer: fenTransformer }) amountFen: Fen;
  @Field(() => FenScalarType) @Column('bigint', { transformer: fenTransformer, default: 0 }) matchedFen: Fen;
  /** 附言 as written by the payer (should carry the remittance reference). */
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) memo: string | null;
  @Field(() => GraphQLISODateTime) @Column('timestamptz') receivedAt: Date;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) recordedBy: string | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  /** Filled by the finance desk's list: unpaid bank-transfer orders whose 汇款识别码 the memo names (not stored). */
  @Field(() => [TransferMatchSuggestion], {
    description: 'Orders the memo names by remittance reference, still owing; empty once fully matched',
  })
  suggestions?: TransferMatchSuggestion[];
}

/** An order a transfer's memo names, with what the desk would match (the smaller of the order's debt and the transfer's balance). */
@ObjectType('TransferMatchSuggestion')
export class TransferMatchSuggestion {
  @Field(() => ID) orderId: string;
  @Field() orderNo: string;
  @Field() remittanceRef: string;
  @Field(() => FenScalarType) owedFen: Fen;
  @Field(() => FenScalarType) amountFen: Fen;
}

/** Part of a transfer applied to an order. One transfer may pay several orders; each (transfer, order) once. */
@ObjectType('TransferMatch')
@Entity('transfer_match')
@Index(['transferId', 'orderId'], { unique: true })
@Check('transfer_match_amount_check', `"amount_fen" > 0`)
export class TransferMatch {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column('uuid') transferId: string;
  @Field(() => ID) @Index() @Column('uuid') orderId: string;
  @Field(() => FenScalarType) @Column('bigint', { transformer: fenTransformer }) amountFen: Fen;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) actorId: string | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
