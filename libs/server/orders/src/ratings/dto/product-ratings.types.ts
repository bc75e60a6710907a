import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ProductRating')
export class ProductRating {
  /** The rated order's id: one rating per order. */
  @Field(() => ID) id: string;
  @Field(() => Int, { description: '1–5 stars' }) rating: number;
  @Field(() => String, { nullable: true, description: 'The buyer’s words; null when they rated with stars only' }) comment: string | null;
  @Field(() => String, { description: 'The spec bought, e.g. 5kg装 (the first of the order’s lines of this product)' }) spec: string;
  @Field(() => GraphQLISODateTime) ratedAt: Date;
}

@ObjectType('ProductRatings')
export class ProductRatings {
  @Field(() => Int, { description: 'Rated orders that contain the product' }) count: number;
  @Field(() => Float, { nullable: true, description: 'Mean stars to one decimal; null before the first rating' }) average: number | null;
  @Field(() => [ProductRating], { description: 'Newest first' }) items: ProductRating[];
}
