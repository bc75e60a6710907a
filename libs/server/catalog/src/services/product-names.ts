import type { EntityManager } from 'typeorm';

/**
 * id → product name in the caller's transaction (CatalogService.productNames reads outside any): catalog's read port
 * for a domain that writes a product's name with its own rows, such as the live ticker.
 */
export async function productNamesIn(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows: { id: string; name: string }[] = await em.query(`SELECT id, name FROM product WHERE id = ANY($1)`, [unique]);
  return new Map(rows.map((r) => [r.id, r.name]));
}
