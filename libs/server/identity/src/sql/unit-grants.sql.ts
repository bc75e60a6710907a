import { namedSql } from '@yigou/server/database';
import type { Role } from '@yigou/shared/domain';

/**
 * WorkUnitService.unbind: a person's roles scoped to the unit they are leaving or removed from (`:roles`, the roles
 * whose scope is a unit: 单位管理员, 单位采购员) end with the membership; the service logs each withdrawal. The
 * buyer grant, which also carries the unit, stays.
 */
export const DROP_UNIT_GRANTS = namedSql<'userId' | 'unitId' | 'roles', { role: Role }>(
  `DELETE FROM role_grant WHERE user_id = :userId AND unit_id = :unitId AND role = ANY(:roles::text[]) RETURNING role`,
);
