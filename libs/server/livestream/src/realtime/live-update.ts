import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';
import { LiveSessionStatusEnum, LiveSessionStatus } from '../entities/live-session.entity';

@ObjectType('LiveOfferState')
export class LiveOfferState {
  @Field(() => ID) skuId: string;
  @Field() pinned: boolean;
  @Field(() => Int) claimed: number;
  @Field(() => Int, { nullable: true, description: 'Stock cap minus claimed; null when uncapped' }) stockLeft: number | null;
}

/** A ticker line's order: placed (已下单, not paid yet) or paid (已付款). */
export type LiveTickerStatus = 'placed' | 'paid';

@ObjectType('LiveTickerItem')
export class LiveTickerItem {
  @Field(() => ID) id: string;
  /** Lines of one order share it: a client replaces the 已下单 line when the 已付款 one arrives. */
  @Field(() => ID) orderId: string;
  @Field(() => String, { description: 'placed (已下单) or paid (已付款)' }) status: LiveTickerStatus;
  /** Masked, e.g. "汾西县第一中学 王** 刚刚购买了 玉露香梨". */
  @Field() text: string;
  @Field(() => GraphQLISODateTime) at: Date;
}

@ObjectType('LiveCommentItem')
export class LiveCommentItem {
  @Field(() => ID) id: string;
  @Field(() => ID) userId: string;
  @Field() authorName: string;
  /** Plain text: clients must show it as text, never as HTML. */
  @Field() body: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

/**
 * One push of the live room: absolute figures at `seq` plus what happened
 * since the previous push (ticker lines, comments, deletions). A client that
 * sees a gap (or reconnects) refetches the session and continues from there.
 */
@ObjectType('LiveUpdate')
export class LiveUpdate {
  @Field(() => ID) sessionId: string;
  @Field(() => Int) seq: number;
  @Field(() => LiveSessionStatusEnum) status: LiveSessionStatus;
  @Field(() => Int) orderCount: number;
  @Field(() => Int, { description: 'Orders placed in the session, paid or not (已下单); orderCount counts paid ones only' })
  placedCount: number;
  @Field(() => Int) itemCount: number;
  @Field(() => FenScalarType) salesFen: Fen;
  @Field(() => Int) likeCount: number;
  @Field(() => Int) viewerCount: number;
  @Field(() => ID, { nullable: true, description: 'The offer the host is explaining now (当前讲解), null between products' })
  currentOfferId: string | null;
  @Field(() => [LiveOfferState]) offers: LiveOfferState[];
  @Field(() => [LiveTickerItem]) orders: LiveTickerItem[];
  @Field(() => [LiveCommentItem]) comments: LiveCommentItem[];
  @Field(() => [ID]) deletedCommentIds: string[];
  /** How many published changes this push coalesces. */
  @Field(() => Int) coalesced: number;
}

/** Absolute counters of a session at a sequence number (a row of live_session). */
export interface LiveCounters {
  seq: number;
  status: LiveSessionStatus;
  orderCount: number;
  placedCount: number;
  itemCount: number;
  salesFen: Fen;
  likeCount: number;
  viewerCount: number;
  currentOfferId: string | null;
}

/** What travels on the channel (JSON); dates as ISO strings. */
export interface LiveMessage {
  sessionId: string;
  counters: LiveCounters;
  offers?: LiveOfferState[];
  orders?: { id: string; orderId: string; status: LiveTickerStatus; text: string; at: string }[];
  comments?: { id: string; userId: string; authorName: string; body: string; createdAt: string }[];
  deletedCommentIds?: string[];
  /** Only figures that may wait (viewer counts): pushed at most every QUIET_INTERVAL_MS unless something else goes out. */
  quiet?: boolean;
}

export const MAX_ITEMS_PER_PUSH = 20;

/** Folds a message into a pending push: newest absolute figures win, lists append (bounded). */
export function mergeInto(target: LiveUpdate | null, m: LiveMessage): LiveUpdate {
  const u: LiveUpdate = target ?? {
    sessionId: m.sessionId,
    seq: -1,
    status: m.counters.status,
    orderCount: 0,
    placedCount: 0,
    itemCount: 0,
    salesFen: 0,
    likeCount: 0,
    viewerCount: 0,
    currentOfferId: null,
    offers: [],
    orders: [],
    comments: [],
    deletedCommentIds: [],
    coalesced: 0,
  };
  u.coalesced += 1;
  if (m.counters.seq >= u.seq) {
    Object.assign(u, m.counters);
    if (m.offers) {
      const bySku = new Map(u.offers.map((o) => [o.skuId, o]));
      for (const o of m.offers) bySku.set(o.skuId, o);
      u.offers = [...bySku.values()];
    }
  } else if (m.offers) {
    // an older message: only offers we know nothing newer of
    const known = new Set(u.offers.map((o) => o.skuId));
    u.offers.push(...m.offers.filter((o) => !known.has(o.skuId)));
  }
  if (m.orders) u.orders = [...u.orders, ...m.orders.map((o) => ({ ...o, at: new Date(o.at) }))].slice(-MAX_ITEMS_PER_PUSH);
  if (m.comments)
    u.comments = [...u.comments, ...m.comments.map((c) => ({ ...c, createdAt: new Date(c.createdAt) }))].slice(-MAX_ITEMS_PER_PUSH);
  if (m.deletedCommentIds) {
    u.deletedCommentIds = [...new Set([...u.deletedCommentIds, ...m.deletedCommentIds])];
    const gone = new Set(m.deletedCommentIds);
    u.comments = u.comments.filter((c) => !gone.has(c.id));
  }
  return u;
}
