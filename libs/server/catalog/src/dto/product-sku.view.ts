import { Field, ID, ObjectType } from '@nestjs/graphql';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';

/** A sellable variant of a product with its price and stock (a `product_sku` row). */
@ObjectType('ProductSku')
export class ProductSkuView {
  @Field(() => ID) id: string;
  /** e.g. "5kg 礼盒 (12–16 个)" */
  @Field() spec: string;
  /** box, bag, piece, bottle, pair … */
  @Field() unit: string;
  @Field(() => FenScalarType) priceFen: Fen;
}
