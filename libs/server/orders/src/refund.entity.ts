import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';

@ObjectType('RefundLine')
export class RefundLineRef {
  @Field(() => ID) lineId: string;
  @Field(() => Int) quantity: number;
  @Field(() => FenScalarType) amountFen: Fen;
}

/**
 * A full or partial refund. Stripe refunds start `pending` (the Stripe call
 * happens after the transaction) and turn `succeeded` on charge.refunded; bank refunds are recorded as done.
 */
@ObjectType('Refund')
@Entity('refund')
@Check('refund_amount_check', `"amount_fen" > 0`)
@Check('refund_status_check', `"status" IN ('pending', 'succeeded', 'failed')`)
export class Refund {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Index() @Column('uuid') orderId: string;
  @Field(() => FenScalarType) @Column('bigint', { transformer: fenTransformer }) amountFen: Fen;
  @Field() @Column('text') method: string;
  @Field() @Column('text') status: string;
  @Field() @Column('text') reason: string;
  @Field() @Column('boolean') restock: boolean;
  @Field(() => [RefundLineRef]) @Column('jsonb') lines: RefundLineRef[];
  @Column('text', { nullable: true }) paymentIntentId: string | null;
  @Index({ unique: true, where: '"stripe_refund_id" IS NOT NULL' }) @Column('text', { nullable: true }) stripeRefundId: string | null;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) actorId: string | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
