import { namedSql } from '@yigou/server/database';
import type { ProductCategory } from '@yigou/shared/domain';

/** CatalogService.categories: listed products (on sale, supplier approved) per category. */
export const LISTED_PER_CATEGORY = namedSql<never, { category: ProductCategory; n: number }>(
  `SELECT p.category, count(*)::int AS n FROM product p JOIN supplier su ON su.id = p.supplier_id
       WHERE p.status = 'on_sale' AND su.status = 'approved' GROUP BY p.category`,
);

/** CatalogService.listedProductCountsBySupplierIds: listed products (on sale, supplier approved: `listed`) per supplier. */
export const LISTED_PER_SUPPLIER = namedSql<'supplierIds', { supplier_id: string; n: number }>(
  `SELECT supplier_id, count(*)::int AS n FROM product WHERE listed AND supplier_id = ANY(:supplierIds::uuid[]) GROUP BY supplier_id`,
);

/** CatalogService.listedProductCountsByCountyCodes: listed products per county of their (approved) supplier. */
export const LISTED_PER_COUNTY = namedSql<'countyCodes', { county_code: string; n: number }>(
  `SELECT su.county_code, count(*)::int AS n FROM product p JOIN supplier su ON su.id = p.supplier_id
       WHERE p.status = 'on_sale' AND su.status = 'approved' AND su.county_code = ANY(:countyCodes::varchar[])
       GROUP BY su.county_code`,
);

/** productNamesIn: id → name of these products, in the caller's transaction (the live ticker). */
export const PRODUCT_NAMES = namedSql<'productIds', { id: string; name: string }>(
  `SELECT id, name FROM product WHERE id = ANY(:productIds)`,
);
