import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { badInput, notFound } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';
import { queryNamed } from '@yigou/server/database';
import { buyerLimit, offerClosed, soldOut } from '../errors';
import { LivePublisher } from '../realtime/services/live-publisher.service';
import { tickerTexts } from './ticker-text';
import { BUMP_PLACED } from '../realtime/sql/live-counters.sql';
import {
  CLAIM_OFFER,
  HOLD_FOR_BUYER,
  INSERT_PLACED_ORDER,
  LiveOfferRow,
  OFFER_AGREED,
  OFFER_WITH_STATUS,
  RELEASE_FOR_BUYER,
  RELEASE_OFFER,
  UNDO_CLAIM,
} from '../sql/live-offer.sql';

export interface LiveClaim {
  sessionId: string;
  skuId: string;
  buyerId: string;
  quantity: number;
  /** Server time of the checkout. */
  now: Date;
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
    const rows = await queryNamed(em, CLAIM_OFFER, { sessionId: c.sessionId, skuId: c.skuId, quantity: c.quantity, now: c.now });
    const offer = rows[0];
    if (!offer) throw await this.whyNot(em, c);
    const held = await queryNamed(em, HOLD_FOR_BUYER, {
      offerId: offer.id,
      buyerId: c.buyerId,
      quantity: c.quantity,
      perBuyerLimit: offer.per_buyer_limit,
    });
    if (held.length === 0) {
      // Undo our own increment so a caller that catches the error keeps consistent counters.
      await queryNamed(em, UNDO_CLAIM, { offerId: offer.id, quantity: c.quantity });
      throw buyerLimit(offer.per_buyer_limit ?? 0);
    }
    await this.announce(em, c.sessionId, offer);
    return Number(offer.live_price_fen);
  }

  /** Gives back what a cancelled (unpaid or refunded) live order held. */
  async release(em: EntityManager, c: Omit<LiveClaim, 'now'>): Promise<void> {
    checkQuantity(c.quantity);
    const rows = await queryNamed(em, RELEASE_OFFER, { sessionId: c.sessionId, skuId: c.skuId, quantity: c.quantity, buyerId: c.buyerId });
    const offer = rows[0];
    if (!offer) throw badInput('释放数量超过该买家在直播中的占用数量', 'quantity');
    await queryNamed(em, RELEASE_FOR_BUYER, { offerId: offer.id, buyerId: c.buyerId, quantity: c.quantity });
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
      const ins = await queryNamed(em, INSERT_PLACED_ORDER, {
        orderId: o.id,
        sessionId,
        buyerId: o.buyerId,
        unitId: o.unitId,
        tickerText: text,
        placedAt: now,
        skuIds: o.skuIds,
      });
      if (ins.length) lines.push({ id: `placed:${o.id}`, orderId: o.id, status: 'placed', text, at: now.toISOString() });
    }
    if (lines.length === 0) return;
    const counters = await this.publisher.bump(em, sessionId, BUMP_PLACED, { placed: lines.length });
    if (counters) this.publisher.publishAfterCommit(em, { sessionId, counters, orders: lines });
  }

  private async announce(em: EntityManager, sessionId: string, offer: LiveOfferRow): Promise<void> {
    const counters = await this.publisher.bump(em, sessionId);
    if (counters) this.publisher.publishAfterCommit(em, { sessionId, counters, offers: [LivePublisher.offerState(offer)] });
  }

  /** Only to explain a refusal: the conditional update above already decided. */
  private async whyNot(em: EntityManager, c: LiveClaim): Promise<Error> {
    const [row] = await queryNamed(em, OFFER_WITH_STATUS, { sessionId: c.sessionId, skuId: c.skuId });
    if (!row) return notFound('该商品不在本场直播中');
    if (row.status !== 'live') return offerClosed(row.status === 'ended' ? '直播已结束，直播价已失效' : '直播尚未开始');
    if (!row.pinned) return offerClosed('该商品已下架，直播价已失效');
    const agreed = await queryNamed(em, OFFER_AGREED, {
      sessionId: c.sessionId,
      skuId: c.skuId,
      livePriceFen: row.live_price_fen,
      stockCap: row.stock_cap ?? 2_147_483_647,
    });
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
