import type { Fen } from '@yigou/shared/money';
import type { LiveSessionStatus } from '../../entities/live-session.entity';
import type { LiveOfferState, LiveTickerStatus, LiveUpdate } from '../dto/live-update.types';

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
