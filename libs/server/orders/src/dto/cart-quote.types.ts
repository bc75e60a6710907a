import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { FenScalarType } from '@yigou/server/core';

@ObjectType({ description: 'One supplier’s part of the cart: what its order (子订单) will cost' })
export class CartQuoteGroup {
  @Field(() => ID) supplierId: string;
  @Field() supplierName: string;
  @Field(() => [ID], { description: 'The cart items (CartItem.id) in this order' }) itemIds: string[];
  @Field(() => Int) quantity: number;
  @Field(() => FenScalarType) itemsFen: number;
  @Field(() => FenScalarType) shippingFen: number;
  @Field(() => FenScalarType) totalFen: number;
  @Field(() => FenScalarType, { description: 'More goods that would make shipping free (0 when it is)' }) missingForFreeShippingFen: number;
}

@ObjectType({ description: 'The cart priced by the rule checkout prices orders with (goods + shipping per supplier)' })
export class CartQuote {
  @Field(() => [CartQuoteGroup]) groups: CartQuoteGroup[];
  @Field(() => Int, { description: 'Items in the cart (sum of quantities)' }) itemCount: number;
  @Field(() => FenScalarType) itemsFen: number;
  @Field(() => FenScalarType) shippingFen: number;
  @Field(() => FenScalarType) totalFen: number;
  @Field(() => Int, { description: 'Cart items left out because they cannot be bought now (off sale or gone)' }) unavailableCount: number;
}
