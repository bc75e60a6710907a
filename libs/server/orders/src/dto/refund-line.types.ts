import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';

/** What a refund gives back of one order line (the jsonb `lines` of refund). */
@ObjectType('RefundLine')
export class RefundLineRef {
  @Field(() => ID) lineId: string;
  @Field(() => Int) quantity: number;
  @Field(() => FenScalarType) amountFen: Fen;
}
