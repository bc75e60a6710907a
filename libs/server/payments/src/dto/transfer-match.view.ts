import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';

/** Part of a bank transfer applied to an order (a `transfer_match` row). */
@ObjectType('TransferMatch')
export class TransferMatchView {
  @Field(() => ID) id: string;
  @Field(() => ID) transferId: string;
  @Field(() => ID) orderId: string;
  @Field(() => FenScalarType) amountFen: Fen;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}
