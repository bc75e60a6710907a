import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';

/** A line of the signed-in user's cart (a `cart_item` row without its owner); details and limits are resolved fields. */
@ObjectType('CartItem')
export class CartItemView {
  @Field(() => ID) id: string;
  @Field(() => ID) skuId: string;
  @Field(() => Int) quantity: number;
  @Field(() => FenScalarType, { description: 'Price when the buyer put it in the cart (or last confirmed it)' }) priceFen: Fen;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}
