import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ProductCategory } from '@yigou/shared/domain';
import { ProductCategoryEnum } from './catalog.enums';

/** A product as the catalogue shows it: the `product` row's public columns; supplier, county, SKUs and images are field resolvers. */
@ObjectType('Product')
export class ProductView {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ProductCategoryEnum) category: ProductCategory;
  @Field(() => String, { nullable: true }) description: string | null;
  /** Why the platform took it off the shelves (null when the supplier did, or it is on sale). */
  @Field(() => String, { nullable: true }) offShelfReason: string | null;
  @Field(() => Int) salesCount: number;
  @Field() createdAt: Date;
}
