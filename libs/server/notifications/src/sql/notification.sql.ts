import { namedSql } from '@yigou/server/database';

/** The columns of one notification row, each an SQL expression of the including statement. */
export interface NotificationColumns {
  /** e.g. the statement's parameter ':buyerId' */
  userId: string;
  kind: string;
  title: string;
  body: string;
  refType: string;
  refId: string;
}

/**
 * Notifications' own SQL for a statement of another domain that writes notifications with its other rows (checkout's
 * single statement, PLACE_ORDERS): an INSERT of one notification per row of `rows` (a CTE of the including
 * statement), each column given as an expression over that CTE and the statement's parameters. The including
 * statement adds its RETURNING and wraps it in its CTE, so it stays one statement (one round trip, one plan).
 */
export function notificationInsertSql(rows: string, c: NotificationColumns): string {
  return `INSERT INTO notification (user_id, kind, title, body, ref_type, ref_id)
     SELECT ${c.userId}, ${c.kind}, ${c.title}, ${c.body}, ${c.refType}, ${c.refId} FROM ${rows}`;
}

/** NotificationService.sendEach: one row per element of the parallel arrays (user, kind, title, body, ref type, ref id, sender). */
export const INSERT_LETTERS = namedSql<'userIds' | 'kinds' | 'titles' | 'bodies' | 'refTypes' | 'refIds' | 'senders'>(
  `INSERT INTO notification (user_id, kind, title, body, ref_type, ref_id, sent_by)
  SELECT * FROM unnest(:userIds::uuid[], :kinds::text[], :titles::text[], :bodies::text[], :refTypes::text[], :refIds::text[], :senders::uuid[])`,
);

/** NotificationService.refsNotifiedWithin (partial index notification_once_per_ref_idx). */
export const REFS_NOTIFIED_WITHIN = namedSql<
  'kind' | 'refType' | 'refIds' | 'within',
  { ref_id: string }
>(`SELECT DISTINCT ref_id FROM notification
  WHERE ref_id = ANY(:refIds::text[]) AND kind = :kind AND ref_type = :refType AND created_at > now() - :within::interval`);
