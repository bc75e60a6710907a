import { namedSql } from '@yigou/server/database';

/** Per-buyer limits (限购) of the SKUs, with what the buyer (null: nobody signed in) holds of each. */
export const SKU_LIMITS = namedSql<'skuIds' | 'buyerId', { sku_id: string; per_buyer: number; held: number | null }>(
  `SELECT l.sku_id, l.per_buyer, p.quantity AS held
     FROM sku_purchase_limit l LEFT JOIN buyer_sku_purchase p ON p.sku_id = l.sku_id AND p.buyer_id = :buyerId::uuid
    WHERE l.sku_id = ANY(:skuIds::uuid[])`,
);

/** CheckoutService.setPurchaseLimit with no limit: the SKU is sold without one. */
export const DELETE_PURCHASE_LIMIT = namedSql<'skuId'>(`DELETE FROM sku_purchase_limit WHERE sku_id = :skuId`);

/** CheckoutService.setPurchaseLimit: a SKU's per-buyer limit, new or changed. */
export const SET_PURCHASE_LIMIT = namedSql<'skuId' | 'perBuyer'>(
  `INSERT INTO sku_purchase_limit (sku_id, per_buyer) VALUES (:skuId, :perBuyer) ON CONFLICT (sku_id) DO UPDATE SET per_buyer = :perBuyer`,
);
