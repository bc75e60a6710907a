import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';

/** A line of an order, with name, spec, price and certification as they were when ordered (an `order_line` row). */
@ObjectType('OrderLine')
export class OrderLineView {
  @Field(() => ID) id: string;
  @Field(() => ID) productId: string;
  @Field(() => ID) skuId: string;
  @Field() productName: string;
  @Field() skuSpec: string;
  @Field(() => Int) quantity: number;
  @Field(() => FenScalarType) unitPriceFen: Fen;
  @Field(() => FenScalarType) amountFen: Fen;
  @Field() certified: boolean;
  @Field(() => Int) refundedQuantity: number;
  /** Stock went back on the shelf for this many (returned goods or a cancellation). */
  @Field(() => Int) restockedQuantity: number;
}
