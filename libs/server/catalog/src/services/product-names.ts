import type { EntityManager } from 'typeorm';
import { queryNamed } from '@yigou/server/database';
import { isUuid } from '@yigou/shared/validation';
import { PRODUCT_NAMES } from '../sql/catalog.sql';

/**
 * id → product name in the caller's transaction (CatalogService.productNames reads outside any): catalog's read port
 * for a domain that writes a product's name with its own rows, such as the live ticker.
 */
export async function productNamesIn(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(isUuid))]; // a malformed id names no product (and would fail the uuid cast)
  if (unique.length === 0) return new Map();
  const rows = await queryNamed(em, PRODUCT_NAMES, { productIds: unique });
  return new Map(rows.map((r) => [r.id, r.name]));
}
