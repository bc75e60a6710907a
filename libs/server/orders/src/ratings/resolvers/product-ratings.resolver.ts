import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@yigou/server/core';
import { ProductRatings } from '../dto/product-ratings.types';
import { ProductRatingsService } from '../services/product-ratings.service';

@Resolver(() => ProductRatings)
export class ProductRatingsResolver {
  constructor(private readonly ratings: ProductRatingsService) {}

  @Public()
  @Query(() => ProductRatings, { description: 'A product’s ratings: count, mean stars and the latest (first: 1–100, default 20)' })
  productRatings(
    @Args('productId', { type: () => ID }) productId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<ProductRatings> {
    return this.ratings.ratingsOf(productId, first);
  }
}
