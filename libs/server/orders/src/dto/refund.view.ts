import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';
import type { RefundKind } from '../entities/refund.entity';
import { RefundLineRef } from './refund-line.types';

/**
 * A full or partial refund as the order and the finance desk show it (a `refund` row without the provider
 * bookkeeping: attempt, provider ids, send state and next try).
 */
@ObjectType('Refund')
export class RefundView {
  @Field(() => ID) id: string;
  @Field(() => ID) orderId: string;
  @Field(() => FenScalarType) amountFen: Fen;
  @Field() method: string;
  @Field() status: string;
  @Field(() => String) kind: RefundKind;
  @Field() reason: string;
  @Field() restock: boolean;
  @Field(() => [RefundLineRef]) lines: RefundLineRef[];
  @Field(() => Int) sendAttempts: number;
  @Field(() => String, { nullable: true, description: 'The last problem talking to the provider (a timeout is not a failure)' })
  lastError: string | null;
  /** Bank refunds paid back by finance: the bank's transaction number. */
  @Field(() => String, { nullable: true }) bankTxnNo: string | null;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) settledAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}
