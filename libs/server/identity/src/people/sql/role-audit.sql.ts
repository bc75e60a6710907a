import { namedSql } from '@yigou/server/database';

/** One entry of the role audit log as RoleAuditService reads it. */
export interface AuditRow {
  id: string;
  action: string;
  actor_id: string;
  actor_name: string;
  actor_role: string;
  target_user_id: string;
  target_name: string;
  role: string | null;
  unit_id: string | null;
  supplier_id: string | null;
  region_code: string | null;
  scope_label: string | null;
  reason: string;
  created_at: Date;
}

/**
 * RoleAuditService.page: how many entries the log has (with `:userId`, only those by or about that person; with
 * `:start`/`:end`, only those of the instants from `:start` inclusive to `:end` exclusive).
 */
export const COUNT_AUDIT_ENTRIES = namedSql<'userId' | 'start' | 'end', { n: number }>(
  `SELECT count(*)::int AS n FROM role_audit_entry
          WHERE (:userId::uuid IS NULL OR target_user_id = :userId::uuid OR actor_id = :userId::uuid)
            AND (:start::timestamptz IS NULL OR created_at >= :start) AND (:end::timestamptz IS NULL OR created_at < :end)`,
);

/**
 * RoleAuditService.rows: the log newest first (by or about `:userId` when given), before the entry id `:before`, of the
 * instants from `:start` (inclusive) to `:end` (exclusive) when given, at most `:limit`.
 */
export const AUDIT_ENTRIES = namedSql<'userId' | 'before' | 'start' | 'end' | 'limit', AuditRow>(
  `SELECT e.id::text AS id, e.action, actor_id, actor_name, actor_role, target_user_id, target_name, role, unit_id, supplier_id, region_code, scope_label, reason, created_at
         FROM role_audit_entry e
        WHERE (:userId::uuid IS NULL OR e.target_user_id = :userId::uuid OR e.actor_id = :userId::uuid)
          AND (:before::bigint IS NULL OR e.id < :before::bigint)
          AND (:start::timestamptz IS NULL OR e.created_at >= :start) AND (:end::timestamptz IS NULL OR e.created_at < :end)
        ORDER BY e.id DESC LIMIT :limit`,
);
