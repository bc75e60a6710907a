import { Field, ObjectType } from '@nestjs/graphql';

/** One picture of a product (a `product_image` row without its product and order). */
@ObjectType('ProductImage')
export class ProductImageView {
  @Field() url: string;
  @Field() thumbUrl: string;
  @Field(() => String, { nullable: true }) alt: string | null;
}
