import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUuid } from '@yigou/shared/validation';
import { pageSize, Public } from '@yigou/server/core';
import { ProductRatings } from '../dto/product-ratings.types';

/**
 * Ratings of a product, for its page: buyers rate orders (rateOrder), so a product's ratings are those of the rated
 * orders with a line of it. No buyer is named.
 */
@Resolver(() => ProductRatings)
export class ProductRatingsResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Public()
  @Query(() => ProductRatings, { description: 'A product’s ratings: count, mean stars and the latest (first: 1–100, default 20)' })
  async productRatings(
    @Args('productId', { type: () => ID }) productId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<ProductRatings> {
    if (!isUuid(productId)) return { count: 0, average: null, items: [] };
    const rated = `SELECT DISTINCT ON (o.id) o.id, o.rating, o.rating_comment, coalesce(o.completed_at, o.received_at, o.updated_at) AS rated_at, l.sku_spec
                     FROM order_line l JOIN shop_order o ON o.id = l.order_id
                    WHERE l.product_id = $1 AND o.rating IS NOT NULL
                    ORDER BY o.id, l.sku_spec`;
    const [[summary], rows] = await Promise.all([
      this.db.query(`SELECT count(*)::int AS n, round(avg(r.rating), 1)::float AS avg FROM (${rated}) r`, [productId]) as Promise<
        { n: number; avg: number | null }[]
      >,
      this.db.query(`SELECT * FROM (${rated}) r ORDER BY r.rated_at DESC, r.id DESC LIMIT $2`, [productId, pageSize(first)]) as Promise<
        { id: string; rating: number; rating_comment: string | null; rated_at: Date; sku_spec: string }[]
      >,
    ]);
    return {
      count: summary.n,
      average: summary.avg,
      items: rows.map((r) => ({ id: r.id, rating: r.rating, comment: r.rating_comment, spec: r.sku_spec, ratedAt: r.rated_at })),
    };
  }
}
