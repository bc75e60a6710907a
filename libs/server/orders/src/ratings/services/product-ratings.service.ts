import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { pageSize } from '@yigou/server/core';
import { queryNamed } from '@yigou/server/database';
import { isUuid } from '@yigou/shared/validation';
import { ProductRatings } from '../dto/product-ratings.types';
import { LATEST_RATINGS, RATING_SUMMARY } from '../sql/product-ratings.sql';

/**
 * Ratings of a product, for its page: buyers rate orders (rateOrder), so a product's ratings are those of the rated
 * orders with a line of it. No buyer is named.
 */
@Injectable()
export class ProductRatingsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async ratingsOf(productId: string, first?: number | null): Promise<ProductRatings> {
    if (!isUuid(productId)) return { count: 0, average: null, items: [] };
    const [[summary], rows] = await Promise.all([
      queryNamed(this.db, RATING_SUMMARY, { productId }),
      queryNamed(this.db, LATEST_RATINGS, { productId, limit: pageSize(first) }),
    ]);
    return {
      count: summary.n,
      average: summary.avg,
      items: rows.map((r) => ({ id: r.id, rating: r.rating, comment: r.rating_comment, spec: r.sku_spec, ratedAt: r.rated_at })),
    };
  }
}
