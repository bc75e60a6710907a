import { namedSql } from '@yigou/server/database';

/**
 * The catalog's rule for what checkout may sell, as SQL over `product_sku s`,
 * `product p` and `supplier sup` (joined as in CHECKOUT_SKU_JOINS): sellable is
 * on sale with its supplier approved; certified is a verified certification
 * valid on `day` (a parameter name such as ':day'). Shared by SKUS_FOR_CHECKOUT_SQL
 * and the orders lib's checkout statement, so the rule is written once.
 */
export const checkoutSkuColumns = (day: string): string =>
  `s.id AS sku_id, p.id AS product_id, p.supplier_id, p.name, s.spec, s.price_fen,
   (p.status = 'on_sale' AND sup.status = 'approved') AS sellable,
   EXISTS (SELECT 1 FROM product_certification c WHERE c.product_id = p.id AND c.verified_at IS NOT NULL
             AND c.valid_from <= CAST(${day} AS date) AND c.valid_to >= CAST(${day} AS date)) AS certified`;
export const CHECKOUT_SKU_JOINS = `product_sku s JOIN product p ON p.id = s.product_id JOIN supplier sup ON sup.id = p.supplier_id`;

/** CatalogService.skusForCheckout (the cart and the product editor; checkout reads SKUs inside its own statement). */
export const SKUS_FOR_CHECKOUT_SQL = namedSql<'skuIds' | 'day'>(
  `SELECT ${checkoutSkuColumns(':day')} FROM ${CHECKOUT_SKU_JOINS} WHERE s.id = ANY(:skuIds::uuid[])`,
);
