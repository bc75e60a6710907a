import { namedSql, type NamedSql } from '@yigou/server/database';
import type { LiveCounters } from '../services/live-update';

/** The session row's counters, as a bump answers them. */
export interface LiveCounterRow {
  seq: string;
  status: LiveCounters['status'];
  order_count: number;
  placed_count: number;
  item_count: number;
  sales_fen: string;
  like_count: number;
  viewer_count: number;
  current_offer_id: string | null;
}

/** A bump of the session row: `:sessionId`, `:steps` (how far seq moves) and the names of its assignments, `P`. */
export type LiveBump<P extends string = never> = NamedSql<'sessionId' | 'steps' | P, LiveCounterRow>;

/**
 * LivePublisher.bump: applies `set` (SQL assignments to the session row, with named parameters of their own) and bumps
 * seq by `:steps` (the number of updates applied at once, each of which gets its own message and sequence number).
 * Built once per kind of change, at load.
 */
function bumpSession<P extends string = never>(set: string): LiveBump<P> {
  return namedSql<'sessionId' | 'steps' | P, LiveCounterRow>(
    `UPDATE live_session SET seq = seq + :steps::int${set ? ', ' + set : ''} WHERE id = :sessionId
       RETURNING seq, status, order_count, placed_count, item_count, sales_fen, like_count, viewer_count, current_offer_id`,
  );
}

/** Only seq moves (a comment, a pin, a claim…): the push that follows carries the change. */
export const BUMP_SEQ = bumpSession('');

/** LiveRoomService.like. */
export const BUMP_LIKE = bumpSession('like_count = like_count + 1');

/** LiveOfferService.placed: live orders just placed. */
export const BUMP_PLACED = bumpSession<'placed'>('placed_count = placed_count + :placed');

/** LiveOrderConsumer.handleBatch: what a batch of order events adds to the session (orders, items, sales). */
export const BUMP_ORDERS = bumpSession<'orders' | 'items' | 'salesFen'>(
  'order_count = order_count + :orders, item_count = item_count + :items, sales_fen = sales_fen + :salesFen',
);

/** ViewerTally.write: viewers who joined less those who left, and the peak. */
export const BUMP_VIEWERS = bumpSession<'delta'>(
  'viewer_count = GREATEST(viewer_count + :delta, 0), peak_viewers = GREATEST(peak_viewers, viewer_count + :delta)',
);

/** LiveSessionService.transition to live. */
export const BUMP_GO_LIVE = bumpSession<'now'>(`status = 'live', started_at = :now`);

/** LiveSessionService.transition to ended: an ended show explains nothing any more. */
export const BUMP_END = bumpSession<'now' | 'replayUrl'>(
  `status = 'ended', ended_at = :now, replay_url = COALESCE(:replayUrl, replay_url), current_offer_id = NULL`,
);

/** LiveSessionService.unpin: a product taken off the shelf is not being explained any more. */
export const BUMP_UNPINNED = bumpSession<'offerId'>(`current_offer_id = NULLIF(current_offer_id, :offerId::uuid)`);

/** LiveSessionService.setCurrentOffer (null: none). */
export const BUMP_CURRENT_OFFER = bumpSession<'offerId'>(`current_offer_id = :offerId::uuid`);

/** ViewerTally.write: the viewers who joined since the last flush, each counted once per session. */
export const INSERT_VIEWERS = namedSql<'sessionId' | 'viewerKeys' | 'userIds'>(
  `INSERT INTO live_viewer (session_id, viewer_key, user_id)
           SELECT :sessionId, k, u FROM unnest(:viewerKeys::text[], :userIds::uuid[]) AS t(k, u) ON CONFLICT DO NOTHING`,
);
