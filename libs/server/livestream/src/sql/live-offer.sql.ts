import { namedSql } from '@yigou/server/database';

/** A live offer (live_session_product) as claims and releases answer it. */
export interface LiveOfferRow {
  id: string;
  sku_id: string;
  live_price_fen: string;
  per_buyer_limit: number | null;
  stock_cap: number | null;
  claimed: number;
  pinned: boolean;
}

/**
 * LiveOfferService.claim: takes `:quantity` of a pinned offer of a live session, inside the offer window (`:now`,
 * server time), the session's stock cap and the per-buyer limit, at a price the supplier agreed to. No row: refused
 * (whyNot explains). Run with `queryNamed` for its RETURNING rows.
 */
export const CLAIM_OFFER = namedSql<'sessionId' | 'skuId' | 'quantity' | 'now', LiveOfferRow>(
  `UPDATE live_session_product p SET claimed = p.claimed + :quantity
         FROM live_session s
        WHERE p.session_id = :sessionId AND p.sku_id = :skuId AND s.id = p.session_id
          AND s.status = 'live' AND p.pinned
          AND (p.offer_starts_at IS NULL OR p.offer_starts_at <= :now)
          AND (p.offer_ends_at IS NULL OR :now < p.offer_ends_at)
          AND (p.stock_cap IS NULL OR p.claimed + :quantity <= p.stock_cap)
          AND (p.per_buyer_limit IS NULL OR :quantity <= p.per_buyer_limit)
          AND EXISTS (SELECT 1 FROM live_offer_request r
                       WHERE r.session_id = p.session_id AND r.sku_id = p.sku_id AND r.status = 'accepted'
                         AND p.live_price_fen >= r.approved_price_fen AND p.stock_cap IS NOT NULL AND p.stock_cap <= r.approved_stock_cap)
      RETURNING p.id, p.sku_id, p.live_price_fen, p.per_buyer_limit, p.stock_cap, p.claimed, p.pinned`,
);

/**
 * LiveOfferService.claim: adds the claim to what the buyer holds of the offer, within `:perBuyerLimit` (null: none).
 * No row: over the limit.
 */
export const HOLD_FOR_BUYER = namedSql<'offerId' | 'buyerId' | 'quantity' | 'perBuyerLimit', { quantity: number }>(
  `INSERT INTO live_offer_buyer (offer_id, buyer_id, quantity) VALUES (:offerId, :buyerId, :quantity)
       ON CONFLICT (offer_id, buyer_id) DO UPDATE SET quantity = live_offer_buyer.quantity + EXCLUDED.quantity
        WHERE :perBuyerLimit::int IS NULL OR live_offer_buyer.quantity + EXCLUDED.quantity <= :perBuyerLimit::int
       RETURNING quantity`,
);

/** LiveOfferService.claim: undoes its own increment of the offer when the buyer's limit refuses the claim. */
export const UNDO_CLAIM = namedSql<'offerId' | 'quantity'>(
  `UPDATE live_session_product SET claimed = claimed - :quantity WHERE id = :offerId`,
);

/**
 * LiveOfferService.release: gives back `:quantity` of the offer, no more than the buyer holds. No row: refused.
 * Run with `queryNamed` for its RETURNING rows.
 */
export const RELEASE_OFFER = namedSql<'sessionId' | 'skuId' | 'quantity' | 'buyerId', LiveOfferRow>(
  `UPDATE live_session_product SET claimed = claimed - :quantity
        WHERE session_id = :sessionId AND sku_id = :skuId AND claimed >= :quantity
          AND EXISTS (SELECT 1 FROM live_offer_buyer b WHERE b.offer_id = live_session_product.id AND b.buyer_id = :buyerId AND b.quantity >= :quantity)
      RETURNING id, sku_id, live_price_fen, per_buyer_limit, stock_cap, claimed, pinned`,
);

/** LiveOfferService.release: the buyer holds that much less of the offer. */
export const RELEASE_FOR_BUYER = namedSql<'offerId' | 'buyerId' | 'quantity'>(
  `UPDATE live_offer_buyer SET quantity = quantity - :quantity WHERE offer_id = :offerId AND buyer_id = :buyerId AND quantity >= :quantity`,
);

/** LiveOfferService.placed: a live order just placed, once (its ticker line as 已下单). No row: already recorded. */
export const INSERT_PLACED_ORDER = namedSql<
  'orderId' | 'sessionId' | 'buyerId' | 'unitId' | 'tickerText' | 'placedAt' | 'skuIds',
  { order_id: string }
>(
  `INSERT INTO live_order_placed (order_id, session_id, buyer_id, unit_id, ticker_text, placed_at, sku_ids) VALUES (:orderId, :sessionId, :buyerId, :unitId, :tickerText, :placedAt, :skuIds::uuid[]) ON CONFLICT (order_id) DO NOTHING RETURNING order_id`,
);

/** LiveOfferService.whyNot: the offer and its session's status, only to explain a refused claim. */
export const OFFER_WITH_STATUS = namedSql<
  'sessionId' | 'skuId',
  LiveOfferRow & { status: string; offer_starts_at: Date | null; offer_ends_at: Date | null }
>(
  `SELECT p.*, s.status FROM live_session_product p JOIN live_session s ON s.id = p.session_id WHERE p.session_id = :sessionId AND p.sku_id = :skuId`,
);

/** LiveOfferService.whyNot: whether the supplier agreed to this price and cap (a row) or not (none). */
export const OFFER_AGREED = namedSql<'sessionId' | 'skuId' | 'livePriceFen' | 'stockCap'>(
  `SELECT 1 FROM live_offer_request WHERE session_id = :sessionId AND sku_id = :skuId AND status = 'accepted' AND approved_price_fen <= :livePriceFen AND approved_stock_cap >= :stockCap`,
);
