import { namedSql } from '@yigou/server/database';

/**
 * RoleAdminService: the transaction's advisory lock on `:key` (a person, `people:user:<id>`, or every change that could
 * leave the platform without an admin, `people:platform-admins`).
 */
export const LOCK_PEOPLE = namedSql<'key'>(`SELECT pg_advisory_xact_lock(hashtext(:key))`);

/** RoleAdminService.grant: whether the person already holds this role in exactly this scope. */
export const HOLDS_GRANT = namedSql<'userId' | 'role' | 'unitId' | 'supplierId' | 'regionCode'>(
  `SELECT 1 FROM role_grant WHERE user_id = :userId AND role = :role AND unit_id IS NOT DISTINCT FROM :unitId::uuid
            AND supplier_id IS NOT DISTINCT FROM :supplierId::uuid AND region_code IS NOT DISTINCT FROM :regionCode::varchar`,
);

/** RoleAdminService.withdraw: deletes the grant (run with `db.query` for the count deleted). */
export const DELETE_GRANT = namedSql<'grantId', { id: string }>(`DELETE FROM role_grant WHERE id = :grantId RETURNING id`);

/** RoleAdminService.otherActiveAdmins: platform admins other than this grant (or this person) whose accounts are not suspended. */
export const OTHER_ACTIVE_ADMINS = namedSql<'exceptGrantId' | 'exceptUserId', { n: number }>(
  `SELECT count(DISTINCT g.user_id)::int AS n FROM role_grant g JOIN app_user u ON u.id = g.user_id
        WHERE g.role = 'platform_admin' AND NOT u.disabled
          AND (:exceptGrantId::uuid IS NULL OR g.id <> :exceptGrantId::uuid) AND (:exceptUserId::uuid IS NULL OR g.user_id <> :exceptUserId::uuid)`,
);
