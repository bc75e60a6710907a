import type { LiveRoomQuery, LiveUpdatesSubscription } from '../../../generated/graphql';

type Room = NonNullable<LiveRoomQuery['liveSession']>;
type Push = LiveUpdatesSubscription['liveUpdates'];

export interface TickerLine {
  id: string;
  /** One line per order: the 已付款 line replaces the 已下单 one. */
  orderId: string;
  status: 'placed' | 'paid';
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
  placedCount: number;
  itemCount: number;
  salesFen: string;
  likeCount: number;
  viewerCount: number;
  /** The offer the host explains now (当前讲解). */
  currentOfferId: string | null;
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
    placedCount: room.placedCount,
    itemCount: room.itemCount,
    salesFen: String(room.salesFen),
    likeCount: room.likeCount,
    viewerCount: room.viewerCount,
    currentOfferId: room.currentOfferId ?? null,
    offers: Object.fromEntries(room.offers.map((o) => [o.skuId, { pinned: o.pinned, claimed: o.claimed, stockLeft: o.stockLeft ?? null }])),
    ticker: [...room.recentOrders].reverse().map(tickerLine),
    comments: room.recentComments.map((c) => ({ ...c, createdAt: String(c.createdAt) })),
  };
}

function tickerLine(o: { id: string; orderId: string; status: string; text: string; at: unknown }): TickerLine {
  return { id: o.id, orderId: o.orderId, status: o.status === 'paid' ? 'paid' : 'placed', text: o.text, at: String(o.at) };
}

/**
 * Newest first, one line per order. A paid line replaces the order's placed line where it stands; a placed line
 * never replaces a paid one (pushes may arrive out of order); lines already shown are not repeated.
 */
export function mergeTicker(prev: TickerLine[], incoming: TickerLine[]): TickerLine[] {
  const lines = [...prev];
  for (const line of incoming) {
    const at = lines.findIndex((l) => l.orderId === line.orderId);
    if (at < 0) lines.unshift(line);
    else if (lines[at].status === 'placed' && line.status === 'paid') lines[at] = line;
  }
  return lines.slice(0, TICKER_SIZE);
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
  const ticker = mergeTicker(prev.ticker, push.orders.map(tickerLine));
  const deleted = new Set(push.deletedCommentIds);
  const knownComments = new Set(prev.comments.map((c) => c.id));
  const comments = [
    ...prev.comments,
    ...push.comments.filter((c) => !knownComments.has(c.id)).map((c) => ({ ...c, createdAt: String(c.createdAt) })),
  ]
    .filter((c) => !deleted.has(c.id))
    .slice(-COMMENTS_SIZE);
  return {
    next: {
      seq: push.seq,
      status: push.status,
      orderCount: push.orderCount,
      placedCount: push.placedCount,
      itemCount: push.itemCount,
      salesFen: String(push.salesFen),
      likeCount: push.likeCount,
      viewerCount: push.viewerCount,
      currentOfferId: push.currentOfferId ?? null,
      offers,
      ticker,
      comments,
    },
    refetch: gap || newOffer || push.status !== prev.status,
  };
}
