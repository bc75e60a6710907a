/**
 * The catalogue list page in one statement (issue 19): the ranked page of the search (ids and sort keys, built by
 * `productSearchStatements`) joined back to the product, its supplier, SKUs, cover image and certification, and
 * returned as one JSON array already shaped like the product card, with the total beside it. No ORM entity and no
 * relation loader per row: PostgreSQL builds the page, node parses it once.
 *
 * Only the catalog's own tables are named here (product, product_sku, product_image, product_certification, supplier);
 * the county's name comes from the regions domain's loader (`RegionService.loader`), by `countyCode`.
 */

/** A verified certification of product `p` valid on `today` (a date placeholder): the catalogue's "certified". */
export const certifiedOn = (today: string): string => `SELECT 1 FROM product_certification c
  WHERE c.product_id = p.id AND c.verified_at IS NOT NULL AND c.valid_from <= ${today}::date AND c.valid_to >= ${today}::date`;

/** One row of the list as the statement returns it (JSON: bigint sort keys and the price as text). */
export interface ProductListRow {
  id: string;
  k1: string;
  k2: string;
  name: string;
  category: string;
  salesCount: number;
  /** Lowest SKU price (text of a bigint); null while the product has no SKU (a listed product always has one). */
  priceFen: string | null;
  /** The first image by sort order, then id (as `Product.images`); null without images. */
  coverImageUrl: string | null;
  /** Stock available across all SKUs (as `Product.stockState` sums it). */
  available: number;
  /** A verified certification valid on the statement's day (as `Product.certified`). */
  certified: boolean;
  supplierId: string;
  supplierName: string;
  /** The supplier's county (as `Product.county` resolves it). */
  countyCode: string;
}

/**
 * `ranked`: a statement returning `id, k1, k2` (bigint keys) of the page plus one, in page order; `total`: a scalar
 * statement counting every match; `today`: the placeholder of the Shanghai date that certification is judged on.
 * Answers exactly one row: `total` and `items` (a JSON array, empty when the page is).
 */
export function productListSql(ranked: string, total: string, today: string): string {
  return `WITH ranked AS MATERIALIZED (${ranked})
  SELECT (${total}) AS total,
         coalesce(json_agg(json_build_object(
           'id', p.id,
           'k1', r.k1::text,
           'k2', r.k2::text,
           'name', p.name,
           'category', p.category,
           'salesCount', p.sales_count,
           'priceFen', p.min_price_fen::text,
           'coverImageUrl', (SELECT i.url FROM product_image i WHERE i.product_id = p.id ORDER BY i.sort_order, i.id LIMIT 1),
           'available', (SELECT coalesce(sum(s.stock_available), 0) FROM product_sku s WHERE s.product_id = p.id),
           'certified', EXISTS (${certifiedOn(today)}),
           'supplierId', su.id,
           'supplierName', su.name,
           'countyCode', su.county_code
         ) ORDER BY r.k1, r.k2, r.id), '[]'::json) AS items
    FROM ranked r
    JOIN product p ON p.id = r.id
    JOIN supplier su ON su.id = p.supplier_id`;
}
