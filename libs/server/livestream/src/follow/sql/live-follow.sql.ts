import { namedSql } from '@yigou/server/database';

/** LiveFollowService.notifyUpcoming: scheduled sessions starting in (`:from`, `:until`], soonest first. */
export const SESSIONS_STARTING = namedSql<
  'from' | 'until',
  { id: string; title: string; host_name: string; host_title: string | null; county_code: string; starts_at: Date }
>(
  `SELECT id, title, host_name, host_title, county_code, starts_at FROM live_session
        WHERE status = 'scheduled' AND starts_at > :from AND starts_at <= :until ORDER BY starts_at, id`,
);

/** LiveFollowService.notifyUpcoming: the products on a session's list. */
export const SESSION_PRODUCT_IDS = namedSql<'sessionId', { product_id: string }>(
  `SELECT DISTINCT product_id FROM live_session_product WHERE session_id = :sessionId`,
);

/**
 * LiveFollowService.notifyUpcoming: records one notice per follower of the session's county or of its products'
 * suppliers; answers only the followers not noticed before (each hears once per session).
 */
export const INSERT_FOLLOW_NOTICES = namedSql<'sessionId' | 'countyCode' | 'supplierIds', { user_id: string }>(
  `INSERT INTO live_follow_notice (session_id, user_id)
           SELECT DISTINCT :sessionId::uuid, f.user_id FROM live_follow f
            WHERE (f.target_kind = 'county' AND f.target_id = :countyCode) OR (f.target_kind = 'supplier' AND f.target_id = ANY(:supplierIds::text[]))
           ON CONFLICT DO NOTHING RETURNING user_id`,
);
