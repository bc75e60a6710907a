import { namedSql } from '@yigou/server/database';
import type { LiveOfferRequestStatus } from '../offer-request/entities/live-offer-request.entity';

/** A pinned or unpinned offer, as the room's push shows it. */
export interface PinnedOfferRow {
  id: string;
  sku_id: string;
  pinned: boolean;
  claimed: number;
  stock_cap: number | null;
}

/** LiveSessionService.pin: the supplier's answer for the SKU, held until commit so it cannot change under the pin. */
export const AGREED_TERMS_FOR_SHARE = namedSql<
  'sessionId' | 'skuId',
  { status: LiveOfferRequestStatus; approved_price_fen: string | null; approved_stock_cap: number | null; product_id: string }
>(
  `SELECT status, approved_price_fen, approved_stock_cap, product_id FROM live_offer_request WHERE session_id = :sessionId AND sku_id = :skuId FOR SHARE`,
);

/** LiveSessionService.pin: how many offers the session has (a new one goes last). */
export const COUNT_OFFERS = namedSql<'sessionId', { n: number }>(
  `SELECT count(*)::int AS n FROM live_session_product WHERE session_id = :sessionId`,
);

/**
 * LiveSessionService.pin: puts the SKU on the session's shelf, or back on it with new terms (its place and what was
 * claimed stay). A cap below what was claimed fails on live_session_product_claimed_check.
 */
export const PIN_OFFER = namedSql<
  'sessionId' | 'productId' | 'skuId' | 'livePriceFen' | 'stockCap' | 'perBuyerLimit' | 'offerStartsAt' | 'offerEndsAt' | 'sortOrder',
  PinnedOfferRow
>(
  `INSERT INTO live_session_product (session_id, product_id, sku_id, live_price_fen, stock_cap, per_buyer_limit, offer_starts_at, offer_ends_at, pinned, sort_order)
         VALUES (:sessionId, :productId, :skuId, :livePriceFen, :stockCap, :perBuyerLimit, :offerStartsAt, :offerEndsAt, true, :sortOrder)
         ON CONFLICT (session_id, sku_id) DO UPDATE SET live_price_fen = EXCLUDED.live_price_fen, stock_cap = EXCLUDED.stock_cap,
           per_buyer_limit = EXCLUDED.per_buyer_limit, offer_starts_at = EXCLUDED.offer_starts_at, offer_ends_at = EXCLUDED.offer_ends_at, pinned = true
         RETURNING id, sku_id, pinned, claimed, stock_cap`,
);

/** LiveSessionService.unpin: takes the SKU off the shelf. Run with `queryNamed` for its RETURNING rows. */
export const UNPIN_OFFER = namedSql<'sessionId' | 'skuId', PinnedOfferRow>(
  `UPDATE live_session_product SET pinned = false WHERE session_id = :sessionId AND sku_id = :skuId RETURNING id, sku_id, pinned, claimed, stock_cap`,
);

/** LiveSessionService.setCurrentOffer: whether the offer is the session's and pinned. */
export const OFFER_PINNED = namedSql<'offerId' | 'sessionId', { pinned: boolean }>(
  `SELECT pinned FROM live_session_product WHERE id = :offerId AND session_id = :sessionId`,
);

/**
 * LiveSessionService.offerOrderCounts: per offer of each session, orders placed with its SKU (已下单, as the room counts
 * placements) and paid orders with it that still count (已付款: the session ledger; a cancelled or fully refunded
 * order drops out).
 */
export const OFFER_ORDER_COUNTS = namedSql<'sessionIds', { session_id: string; sku_id: string; placed: number; paid: number }>(
  `WITH placed AS (
         SELECT session_id, unnest(sku_ids) AS sku_id, count(*)::int AS n FROM live_order_placed WHERE session_id = ANY(:sessionIds::uuid[]) GROUP BY 1, 2
       ), counting AS (
         SELECT order_id FROM live_order_entry WHERE session_id = ANY(:sessionIds::uuid[]) GROUP BY order_id HAVING sum(order_delta) > 0
       ), paid AS (
         SELECT l.session_id, l.sku_id, count(DISTINCT e.order_id)::int AS n
           FROM live_order_entry e JOIN live_order_entry_line l ON l.entry_id = e.id
          WHERE e.session_id = ANY(:sessionIds::uuid[]) AND e.kind = 'paid' AND e.order_id IN (SELECT order_id FROM counting)
          GROUP BY 1, 2
       )
       SELECT coalesce(p.session_id, q.session_id) AS session_id, coalesce(p.sku_id, q.sku_id) AS sku_id, coalesce(p.n, 0) AS placed, coalesce(q.n, 0) AS paid
         FROM placed p FULL JOIN paid q ON q.session_id = p.session_id AND q.sku_id = p.sku_id`,
);
