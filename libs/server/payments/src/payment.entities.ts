import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';

export const ATTEMPT_STATUS_RANK = { created: 0, failed: 1, canceled: 2, succeeded: 3 } as const;
export type AttemptStatus = keyof typeof ATTEMPT_STATUS_RANK;

/** One online payment attempt = one Stripe PaymentIntent (idempotency key = this id). */
@Entity('payment_attempt')
@Check('payment_attempt_status_check', `"status" IN ('created', 'failed', 'canceled', 'succeeded')`)
export class PaymentAttempt {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column('uuid') buyerId: string;
  @Column('uuid', { array: true }) orderIds: string[];
  @Column('bigint', { transformer: fenTransformer }) amountFen: Fen;
  @Column('text', { default: 'created' }) status: AttemptStatus;
  @Index({ unique: true, where: '"payment_intent_id" IS NOT NULL' }) @Column('text', { nullable: true }) paymentIntentId: string | null;
  @Column('text', { nullable: true }) failureMessage: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** Stripe events already handled: the id is written before acting, so a replay does nothing. */
@Entity('stripe_event')
export class StripeEventRecord {
  @PrimaryColumn('text') id: string;
  @Column('text') type: string;
  @CreateDateColumn({ type: 'timestamptz' }) receivedAt: Date;
}

/** An incoming bank transfer (对公转账), recorded by finance or imported from a statement. */
@ObjectType('BankTransfer')
@Entity('bank_transfer')
@Check('bank_transfer_amount_check', `"amount_fen" > 0 AND "matched_fen" >= 0 AND "matched_fen" <= "amount_fen"`)
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
