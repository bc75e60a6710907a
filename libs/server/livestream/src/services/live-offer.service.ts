import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { badInput, notFound } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';
import { buyerLimit, offerClosed, soldOut } from '../errors';
import { LivePublisher } from '../realtime/services/live-publisher.service';
import { tickerTexts } from './ticker-text';

export interface LiveClaim {
  sessionId: string;
  skuId: string;
  buyerId: string;
  quantity: number;
  /** Server time of the checkout. */
  now: Date;
}

interface OfferRow {
  id: string;
  sku_id: string;
  live_price_fen: string;
  per_buyer_limit: number | null;
  stock_cap: number | null;
  claimed: number;
  pinned: boolean;
}

/**
 * Flash-sale accounting of live offers, called by checkout inside its own
 * transaction: the offer window (server time), the session's stock cap and
 * the per-buyer limit are enforced by conditional updates on counters, never
 * read-then-write, so concurrent buyers can never exceed them.
 * A thrown error leaves the counters as they were.
 */
@Injectable()
export class LiveOfferService {
  constructor(private readonly publisher: LivePublisher) {}

  /** Claims `quantity` of a live offer for a buyer; returns the live unit price. */
  async claim(em: EntityManager, c: LiveClaim): Promise<Fen> {
    checkQuantity(c.quantity);
    const rows: OfferRow[] = await em
      .query(
        `UPDATE live_session_product p SET claimed = p.claimed + $3
         FROM live_session s
        WHERE p.session_id = $1 AND p.sku_id = $2 AND s.id = p.session_id
          AND s.status = 'live' AND p.pinned
          AND (p.offer_starts_at IS NULL OR p.offer_starts_at <= $4)
          AND (p.offer_ends_at IS NULL OR $4 < p.offer_ends_at)
          AND (p.stock_cap IS NULL OR p.claimed + $3 <= p.stock_cap)
          AND (p.per_buyer_limit IS NULL OR $3 <= p.per_buyer_limit)
          AND EXISTS (SELECT 1 FROM live_offer_request r
                       WHERE r.session_id = p.session_id AND r.sku_id = p.sku_id AND r.status = 'accepted'
                         AND p.live_price_fen >= r.approved_price_fen AND p.stock_cap IS NOT NULL AND p.stock_cap <= r.approved_stock_cap)
      RETURNING p.id, p.sku_id, p.live_price_fen, p.per_buyer_limit, p.stock_cap, p.claimed, p.pinned`,
        [c.sessionId, c.skuId, c.quantity, c.now],
      )
      .then((r: [OfferRow[], number] | OfferRow[]) => first(r));
    const offer = rows[0];
    if (!offer) throw await this.whyNot(em, c);
    const held: { quantity: number }[] = await em.query(
      `INSERT INTO live_offer_buyer (offer_id, buyer_id, quantity) VALUES ($1, $2, $3)
       ON CONFLICT (offer_id, buyer_id) DO UPDATE SET quantity = live_offer_buyer.quantity + EXCLUDED.quantity
        WHERE $4::int IS NULL OR live_offer_buyer.quantity + EXCLUDED.quantity <= $4::int
       RETURNING quantity`,
      [offer.id, c.buyerId, c.quantity, offer.per_buyer_limit],
    );
    if (held.length === 0) {
      // Undo our own increment so a caller that catches the error keeps consistent counters.
      await em.query(`UPDATE live_session_product SET claimed = claimed - $2 WHERE id = $1`, [offer.id, c.quantity]);
      throw buyerLimit(offer.per_buyer_limit ?? 0);
    }
    await this.announce(em, c.sessionId, offer);
    return Number(offer.live_price_fen);
  }

  /** Gives back what a cancelled (unpaid or refunded) live order held. */
  async release(em: EntityManager, c: Omit<LiveClaim, 'now'>): Promise<void> {
    checkQuantity(c.quantity);
    const rows: OfferRow[] = await em
      .query(
        `UPDATE live_session_product SET claimed = claimed - $3
        WHERE session_id = $1 AND sku_id = $2 AND claimed >= $3
          AND EXISTS (SELECT 1 FROM live_offer_buyer b WHERE b.offer_id = live_session_product.id AND b.buyer_id = $4 AND b.quantity >= $3)
      RETURNING id, sku_id, live_price_fen, per_buyer_limit, stock_cap, claimed, pinned`,
        [c.sessionId, c.skuId, c.quantity, c.buyerId],
      )
      .then((r: [OfferRow[], number] | OfferRow[]) => first(r));
    const offer = rows[0];
    if (!offer) throw badInput('释放数量超过该买家在直播中的占用数量', 'quantity');
    await em.query(`UPDATE live_offer_buyer SET quantity = quantity - $3 WHERE offer_id = $1 AND buyer_id = $2 AND quantity >= $3`, [
      offer.id,
      c.buyerId,
      c.quantity,
    ]);
    await this.announce(em, c.sessionId, offer);
  }

  /**
   * Live orders just placed (checkout's transaction, after their claims): each shows in the room at once as 已下单
   * and adds to the session's placed count; the paid event later turns its line into 已付款. Nothing here counts as
   * a sale. Published after the commit, so a checkout that fails shows nothing.
   */
  async placed(
    em: EntityManager,
    sessionId: string,
    orders: { id: string; buyerId: string; unitId: string | null; productIds: string[]; skuIds: string[] }[],
    now: Date,
  ): Promise<void> {
    if (orders.length === 0) return;
    const lines: { id: string; orderId: string; status: 'placed'; text: string; at: string }[] = [];
    const texts = await tickerTexts(em, orders, 'placed');
    for (const [i, o] of orders.entries()) {
      const text = texts[i];
      const ins: unknown[] = await em.query(
        `INSERT INTO live_order_placed (order_id, session_id, buyer_id, unit_id, ticker_text, placed_at, sku_ids) VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[]) ON CONFLICT (order_id) DO NOTHING RETURNING order_id`,
        [o.id, sessionId, o.buyerId, o.unitId, text, now, o.skuIds],
      );
      if (ins.length) lines.push({ id: `placed:${o.id}`, orderId: o.id, status: 'placed', text, at: now.toISOString() });
    }
    if (lines.length === 0) return;
    const counters = await this.publisher.bump(em, sessionId, 'placed_count = placed_count + $2', [lines.length]);
    if (counters) this.publisher.publishAfterCommit(em, { sessionId, counters, orders: lines });
  }

  private async announce(em: EntityManager, sessionId: string, offer: OfferRow): Promise<void> {
    const counters = await this.publisher.bump(em, sessionId);
    if (counters) this.publisher.publishAfterCommit(em, { sessionId, counters, offers: [LivePublisher.offerState(offer)] });
  }

  /** Only to explain a refusal: the conditional update above already decided. */
  private async whyNot(em: EntityManager, c: LiveClaim): Promise<Error> {
    const [row]: (OfferRow & { status: string; offer_starts_at: Date | null; offer_ends_at: Date | null })[] = await em.query(
      `SELECT p.*, s.status FROM live_session_product p JOIN live_session s ON s.id = p.session_id WHERE p.session_id = $1 AND p.sku_id = $2`,
      [c.sessionId, c.skuId],
    );
    if (!row) return notFound('该商品不在本场直播中');
    if (row.status !== 'live') return offerClosed(row.status === 'ended' ? '直播已结束，直播价已失效' : '直播尚未开始');
    if (!row.pinned) return offerClosed('该商品已下架，直播价已失效');
    const agreed: unknown[] = await em.query(
      `SELECT 1 FROM live_offer_request WHERE session_id = $1 AND sku_id = $2 AND status = 'accepted' AND approved_price_fen <= $3 AND approved_stock_cap >= $4`,
      [c.sessionId, c.skuId, row.live_price_fen, row.stock_cap ?? 2_147_483_647],
    );
    if (agreed.length === 0) return offerClosed('供应商未同意该直播价，暂不能以直播价购买');
    if (row.offer_starts_at && row.offer_starts_at > c.now) return offerClosed('直播优惠尚未开始');
    if (row.offer_ends_at && row.offer_ends_at <= c.now) return offerClosed('直播优惠已结束');
    if (row.per_buyer_limit !== null && c.quantity > row.per_buyer_limit) return buyerLimit(row.per_buyer_limit);
    return soldOut();
  }
}

function checkQuantity(q: number): void {
  if (!Number.isInteger(q) || q < 1 || q > 10_000) throw badInput('数量必须是 1–10000 的整数', 'quantity');
}

/** TypeORM returns [rows, count] for UPDATE … RETURNING on PostgreSQL. */
function first<T>(r: [T[], number] | T[]): T[] {
  return (Array.isArray(r[0]) ? r[0] : r) as T[];
}
