import { namedSql } from '@yigou/server/database';

/**
 * LiveOfferRequestService.request: asks (or asks again, with new terms) for a SKU in a session; the answer goes back
 * to pending.
 */
export const UPSERT_OFFER_REQUEST = namedSql<
  'sessionId' | 'supplierId' | 'productId' | 'skuId' | 'requestedPriceFen' | 'requestedStockCap' | 'note' | 'requestedById',
  { id: string }
>(
  `INSERT INTO live_offer_request (session_id, supplier_id, product_id, sku_id, requested_price_fen, requested_stock_cap, note, status, requested_by_id)
         VALUES (:sessionId, :supplierId, :productId, :skuId, :requestedPriceFen, :requestedStockCap, :note, 'pending', :requestedById)
         ON CONFLICT (session_id, sku_id) DO UPDATE SET requested_price_fen = EXCLUDED.requested_price_fen,
           requested_stock_cap = EXCLUDED.requested_stock_cap, note = EXCLUDED.note, status = 'pending', approved_price_fen = NULL,
           approved_stock_cap = NULL, decline_reason = NULL, answered_by_id = NULL, answered_at = NULL, requested_by_id = EXCLUDED.requested_by_id, updated_at = now()
         RETURNING id`,
);
