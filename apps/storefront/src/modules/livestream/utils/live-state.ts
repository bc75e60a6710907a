import type { LiveRoomQuery, LiveUpdatesSubscription } from '../../../generated/graphql';

type Room = NonNullable<LiveRoomQuery['liveSession']>;
type Push = LiveUpdatesSubscription['liveUpdates'];

export interface TickerLine {
  id: string;
  text: string;
  at: string;
}
export interface CommentLine {
  id: string;
  userId: string;
  authorName: string;
  body: string;
  createdAt: string;
}
export interface OfferCounters {
  pinned: boolean;
  claimed: number;
  stockLeft: number | null;
}

export interface LiveState {
  seq: number;
  status: Room['status'];
  orderCount: number;
  itemCount: number;
  salesFen: string;
  likeCount: number;
  viewerCount: number;
  offers: Record<string, OfferCounters>;
  ticker: TickerLine[];
  comments: CommentLine[];
}

export const TICKER_SIZE = 20;
export const COMMENTS_SIZE = 100;

export function stateFromRoom(room: Room): LiveState {
  return {
    seq: room.seq,
    status: room.status,
    orderCount: room.orderCount,
    itemCount: room.itemCount,
    salesFen: String(room.salesFen),
    likeCount: room.likeCount,
    viewerCount: room.viewerCount,
    offers: Object.fromEntries(room.offers.map((o) => [o.skuId, { pinned: o.pinned, claimed: o.claimed, stockLeft: o.stockLeft ?? null }])),
    ticker: [...room.recentOrders].reverse().map((o) => ({ id: o.id, text: o.text, at: String(o.at) })),
    comments: room.recentComments.map((c) => ({ ...c, createdAt: String(c.createdAt) })),
  };
}

/**
 * Folds a push into the room state. Figures are absolute, so the newest seq
 * wins; lists are merged without duplicates. Asks for a refetch when the push
 * shows a gap (seq jumped further than the changes it coalesces), a new
 * product was pinned, or the status changed.
 */
export function applyPush(prev: LiveState, push: Push): { next: LiveState; refetch: boolean } {
  if (push.seq <= prev.seq) return { next: prev, refetch: false };
  const gap = push.seq > prev.seq + push.coalesced;
  const newOffer = push.offers.some((o) => !(o.skuId in prev.offers));
  const offers = { ...prev.offers };
  for (const o of push.offers) offers[o.skuId] = { pinned: o.pinned, claimed: o.claimed, stockLeft: o.stockLeft ?? null };
  const known = new Set(prev.ticker.map((t) => t.id));
  const fresh = push.orders.filter((o) => !known.has(o.id)).map((o) => ({ id: o.id, text: o.text, at: String(o.at) }));
  const deleted = new Set(push.deletedCommentIds);
  const knownComments = new Set(prev.comments.map((c) => c.id));
  const comments = [...prev.comments, ...push.comments.filter((c) => !knownComments.has(c.id)).map((c) => ({ ...c, createdAt: String(c.createdAt) }))]
    .filter((c) => !deleted.has(c.id))
    .slice(-COMMENTS_SIZE);
  return {
    next: {
      seq: push.seq,
      status: push.status,
      orderCount: push.orderCount,
      itemCount: push.itemCount,
      salesFen: String(push.salesFen),
      likeCount: push.likeCount,
      viewerCount: push.viewerCount,
      offers,
      ticker: [...fresh.reverse(), ...prev.ticker].slice(0, TICKER_SIZE),
      comments,
    },
    refetch: gap || newOffer || push.status !== prev.status,
  };
}
