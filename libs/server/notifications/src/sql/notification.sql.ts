/** The columns of one notification row, each an SQL expression of the including statement. */
export interface NotificationColumns {
  /** e.g. the statement's parameter '$4' */
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

/** NotificationService.sendEach: one row per element of the parallel arrays $1…$7 (user, kind, title, body, ref type, ref id, sender). */
export const INSERT_LETTERS = `INSERT INTO notification (user_id, kind, title, body, ref_type, ref_id, sent_by)
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[])`;

/** NotificationService.refsNotifiedWithin: $1 kind, $2 ref type, $3 ref ids, $4 interval (partial index notification_once_per_ref_idx). */
export const REFS_NOTIFIED_WITHIN = `SELECT DISTINCT ref_id FROM notification
  WHERE ref_id = ANY($3::text[]) AND kind = $1 AND ref_type = $2 AND created_at > now() - $4::interval`;
