import { namedSql } from '@yigou/server/database';

/**
 * buyerLabels (identity's read port for other domains' buyer labels): each buyer's display name and the name of the
 * unit they buy for — the order's (`:unitIds`, null where none) else their own; `i` is the buyer's place, from 1.
 */
export const BUYER_LABELS = namedSql<'buyerIds' | 'unitIds', { i: string; display_name: string; unit_name: string | null }>(
  `SELECT k.i::text AS i, u.display_name, w.name AS unit_name
       FROM unnest(:buyerIds::uuid[], :unitIds::uuid[]) WITH ORDINALITY AS k(buyer_id, unit_id, i)
       JOIN app_user u ON u.id = k.buyer_id LEFT JOIN work_unit w ON w.id = COALESCE(k.unit_id, u.unit_id)`,
);

/** UserService.grantRole: gives the role in this scope unless the user holds it already; a row when it was given. */
export const GRANT_ROLE_ONCE = namedSql<'userId' | 'role' | 'unitId' | 'supplierId' | 'regionCode', { id: string }>(
  `INSERT INTO role_grant (user_id, role, unit_id, supplier_id, region_code)
       SELECT :userId::uuid, :role::text, :unitId::uuid, :supplierId::uuid, :regionCode::varchar
        WHERE NOT EXISTS (SELECT 1 FROM role_grant WHERE user_id = :userId::uuid AND role = :role::text
          AND unit_id IS NOT DISTINCT FROM :unitId::uuid AND supplier_id IS NOT DISTINCT FROM :supplierId::uuid AND region_code IS NOT DISTINCT FROM :regionCode::varchar)
       RETURNING id`,
);

/** UserService.userIdsWithGrant: enabled users holding `:role` scoped to the supplier, or to one of the region codes (exact). */
export const USERS_WITH_GRANT = namedSql<'role' | 'supplierId' | 'regionCodes', { user_id: string }>(
  `SELECT DISTINCT g.user_id FROM role_grant g JOIN app_user u ON u.id = g.user_id
        WHERE g.role = :role AND NOT u.disabled
          AND ((:supplierId::uuid IS NOT NULL AND g.supplier_id = :supplierId::uuid) OR g.region_code = ANY(:regionCodes::varchar[]))`,
);
