import { Field, ID, ObjectType } from '@nestjs/graphql';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';

/** An order a transfer's memo names, with what the desk would match (the smaller of the order's debt and the transfer's balance). */
@ObjectType('TransferMatchSuggestion')
export class TransferMatchSuggestion {
  @Field(() => ID) orderId: string;
  @Field() orderNo: string;
  @Field() remittanceRef: string;
  @Field(() => FenScalarType) owedFen: Fen;
  @Field(() => FenScalarType) amountFen: Fen;
}
