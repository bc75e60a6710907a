import { namedSql } from '@yigou/server/database';

/** LiveRoomService.postComment: whether the user is muted in the session (a row) or not (none). */
export const IS_MUTED = namedSql<'sessionId' | 'userId'>(`SELECT 1 FROM live_mute WHERE session_id = :sessionId AND user_id = :userId`);

/** LiveRoomService.postComment: serialises one user's comments in this session (until the transaction ends). */
export const LOCK_COMMENTER = namedSql<'sessionId' | 'userId'>(
  `SELECT pg_advisory_xact_lock(hashtext('live-comment:' || :sessionId || ':' || :userId))`,
);

/**
 * LiveRoomService.postComment: the comment, only if the user's last one in the session is older than
 * `:intervalSeconds`. No row: too fast.
 */
export const INSERT_COMMENT = namedSql<
  'sessionId' | 'userId' | 'authorName' | 'body' | 'intervalSeconds',
  { id: string; created_at: Date }
>(
  `INSERT INTO live_comment (session_id, user_id, author_name, body)
         SELECT :sessionId, :userId, :authorName, :body
          WHERE NOT EXISTS (SELECT 1 FROM live_comment WHERE session_id = :sessionId AND user_id = :userId AND created_at > now() - make_interval(secs => :intervalSeconds))
         RETURNING id, created_at`,
);

/** LiveRoomService.deleteComment (a deleted comment stays deleted at its first time). */
export const DELETE_COMMENT = namedSql<'commentId'>(
  `UPDATE live_comment SET deleted_at = now() WHERE id = :commentId AND deleted_at IS NULL`,
);

/** LiveRoomService.mute on (idempotent). */
export const MUTE = namedSql<'sessionId' | 'userId' | 'mutedById'>(
  `INSERT INTO live_mute (session_id, user_id, muted_by_id) VALUES (:sessionId, :userId, :mutedById) ON CONFLICT DO NOTHING`,
);

/** LiveRoomService.mute off. */
export const UNMUTE = namedSql<'sessionId' | 'userId'>(`DELETE FROM live_mute WHERE session_id = :sessionId AND user_id = :userId`);

/**
 * LiveRoomService.recentOrders: the room's latest `:limit` order lines, newest first, one per order: 已付款 with the
 * paid text once the session ledger counts it, else 已下单 as placed.
 */
export const RECENT_ORDERS = namedSql<
  'sessionId' | 'limit',
  { id: string; order_id: string; status: 'placed' | 'paid'; text: string; at: Date }
>(
  `WITH paid AS (
         SELECT DISTINCT ON (e.order_id) e.order_id, e.id, e.ticker_text, e.occurred_at
           FROM live_order_entry e
          WHERE e.session_id = :sessionId AND e.ticker_text IS NOT NULL
          ORDER BY e.order_id, e.id DESC)
       SELECT COALESCE(paid.id::text, 'placed:' || p.order_id) AS id, COALESCE(p.order_id, paid.order_id) AS order_id,
              CASE WHEN paid.id IS NULL THEN 'placed' ELSE 'paid' END AS status,
              COALESCE(paid.ticker_text, p.ticker_text) AS text, COALESCE(p.placed_at, paid.occurred_at) AS at
         FROM (SELECT * FROM live_order_placed WHERE session_id = :sessionId) p
         FULL JOIN paid ON paid.order_id = p.order_id
        ORDER BY at DESC, id DESC LIMIT :limit`,
);
