import { namedSql } from '@yigou/server/database';

/** Per-buyer limits (限购) of the SKUs, with what the buyer (null: nobody signed in) holds of each. */
export const SKU_LIMITS = namedSql<'skuIds' | 'buyerId', { sku_id: string; per_buyer: number; held: number | null }>(
  `SELECT l.sku_id, l.per_buyer, p.quantity AS held
     FROM sku_purchase_limit l LEFT JOIN buyer_sku_purchase p ON p.sku_id = l.sku_id AND p.buyer_id = :buyerId::uuid
    WHERE l.sku_id = ANY(:skuIds::uuid[])`,
);
