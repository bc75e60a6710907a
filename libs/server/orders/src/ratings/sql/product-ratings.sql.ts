import { namedSql } from '@yigou/server/database';

/** A product's rated orders, one row per order (its first line of the product gives the spec). */
const RATED = `SELECT DISTINCT ON (o.id) o.id, o.rating, o.rating_comment, coalesce(o.completed_at, o.received_at, o.updated_at) AS rated_at,
                      l.sku_spec
                 FROM order_line l JOIN shop_order o ON o.id = l.order_id
                WHERE l.product_id = :productId AND o.rating IS NOT NULL
                ORDER BY o.id, l.sku_spec`;

export const RATING_SUMMARY = namedSql<'productId', { n: number; avg: number | null }>(
  `SELECT count(*)::int AS n, round(avg(r.rating), 1)::float AS avg FROM (${RATED}) r`,
);

export const LATEST_RATINGS = namedSql<
  'productId' | 'limit',
  { id: string; rating: number; rating_comment: string | null; rated_at: Date; sku_spec: string }
>(`SELECT * FROM (${RATED}) r ORDER BY r.rated_at DESC, r.id DESC LIMIT :limit`);
