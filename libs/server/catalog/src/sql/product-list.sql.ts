/**
 * The catalogue list page in one statement (issue 19): the ranked page of the search (built by
 * `productSearchStatements`) read from the product row alone, already shaped like the product card, with the total on
 * every row. No ORM entity, no relation loader per row, and no join: what a card shows from other rows — the
 * supplier's name, the cover image — is kept on the product by triggers (migration ProductCardColumns), so PostgreSQL
 * plans a single-table statement (at 400,000 products planning was half of the old statement's time: docs/architecture.md,
 * "Per-request cost, fourth pass"). Stock and certification are read from their own rows: stock changes with every
 * checkout (which must not write the product row) and certification is judged on the day.
 *
 * Only the catalog's own tables are named here (product, product_sku, product_certification); the county's name comes
 * from the regions domain (`RegionService`), by `countyCode`.
 */

/** A verified certification of product `p` valid on `today` (a date placeholder): the catalogue's "certified". */
export const certifiedOn = (today: string): string => `SELECT 1 FROM product_certification c
  WHERE c.product_id = p.id AND c.verified_at IS NOT NULL AND c.valid_from <= ${today}::date AND c.valid_to >= ${today}::date`;

/** One row of the list as the statement returns it (bigint sort keys and the price as text). */
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
  /** Every match of the search, not only this page's. */
  total: number;
}

/**
 * `k1`, `k2`: the sort keys (bigint expressions over `p`); `total`: a scalar expression counting every match (an
 * uncorrelated sub-select, evaluated once, or a window over the matches); `from`: `FROM product p WHERE … ORDER BY …
 * LIMIT …`; `today`: the placeholder of the Shanghai date that certification is judged on. One row per card, in page order.
 */
export function productListSql(k1: string, k2: string, total: string, from: string, today: string): string {
  return `SELECT p.id, ${k1}::text AS k1, ${k2}::text AS k2, p.name, p.category, p.sales_count AS "salesCount",
         p.min_price_fen::text AS "priceFen", p.cover_image_url AS "coverImageUrl",
         (SELECT coalesce(sum(s.stock_available), 0) FROM product_sku s WHERE s.product_id = p.id)::int AS available,
         EXISTS (${certifiedOn(today)}) AS certified,
         p.supplier_id AS "supplierId", p.supplier_name AS "supplierName", p.listing_county_code AS "countyCode",
         ${total} AS total
    ${from}`;
}
