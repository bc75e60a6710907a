import { type KeysetColumns, keysetSort, sqlKeyset } from '@yigou/server/core';
import { namedSql } from '@yigou/server/database';
import { type Role } from '@yigou/shared/domain';

/** A person as the directory's statements read them (app_user with its unit's name). */
export interface PersonRow {
  id: string;
  display_name: string;
  username: string | null;
  phone: string | null;
  unit_id: string | null;
  unit_name: string | null;
  disabled: boolean;
  created_at: Date;
}

const PERSON_COLUMNS = `u.id, u.display_name, u.username, u.phone, u.unit_id, w.name AS unit_name, u.disabled, u.created_at`;
const HOLDERS_LIMIT = 500;
/** The people list's order; its cursor keeps created_at's microseconds (before, it was cut to milliseconds). */
const NEWEST_FIRST = keysetSort('u', 'created_at', 'timestamptz');

/**
 * The people search's filter: `:like` (an ILIKE pattern) on name, username or unit name, or `:phone` (a LIKE pattern)
 * on the phone; `:unitId` a member of or role holder in that unit; `:role` a holder of that role. Each null: no filter.
 */
const PEOPLE_WHERE = `(:like::text IS NULL OR u.display_name ILIKE :like OR u.username ILIKE :like OR w.name ILIKE :like OR (:phone::text IS NOT NULL AND u.phone LIKE :phone))
        AND (:unitId::uuid IS NULL OR u.unit_id = :unitId::uuid OR EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.unit_id = :unitId::uuid))
        AND (:role::text IS NULL OR EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.role = :role::text))`;

type PeopleFilter = 'like' | 'phone' | 'unitId' | 'role';

/** PeopleDirectoryService.search: how many people the filter finds. */
export const COUNT_PEOPLE = namedSql<PeopleFilter, { n: number }>(
  `SELECT count(*)::int AS n FROM app_user u LEFT JOIN work_unit w ON w.id = u.unit_id WHERE ${PEOPLE_WHERE}`,
);

/**
 * PeopleDirectoryService.search: `limit` people of the filter after the cursor, newest first, keyset-paginated on
 * (created_at, id); the cursor's two parameters (`keysetParams`) are numbered after the filter's four names.
 */
export function peoplePageSql(after: string | null | undefined, limit: number) {
  const keyset = sqlKeyset(NEWEST_FIRST, after, COUNT_PEOPLE.names.length + 1);
  const page = namedSql<PeopleFilter, PersonRow & KeysetColumns>(
    `SELECT ${PERSON_COLUMNS}, ${keyset.select} FROM app_user u LEFT JOIN work_unit w ON w.id = u.unit_id
        WHERE ${PEOPLE_WHERE} AND ${keyset.where}
        ORDER BY ${keyset.orderBy} LIMIT ${limit}`,
  );
  return { page, keysetParams: keyset.params };
}

/**
 * PeopleDirectoryService.holders: the people of one scope (the others null): a unit's members and holders of its
 * roles, a supplier's role holders, or a county's role holders; by name, at most HOLDERS_LIMIT.
 */
export const SCOPE_HOLDERS = namedSql<'unitId' | 'supplierId' | 'regionCode', PersonRow>(
  `SELECT ${PERSON_COLUMNS} FROM app_user u LEFT JOIN work_unit w ON w.id = u.unit_id
        WHERE (:unitId::uuid IS NOT NULL AND (u.unit_id = :unitId::uuid OR EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.unit_id = :unitId::uuid)))
           OR (:supplierId::uuid IS NOT NULL AND EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.supplier_id = :supplierId::uuid))
           OR (:regionCode::varchar IS NOT NULL AND EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.region_code = :regionCode::varchar))
        ORDER BY u.display_name, u.id LIMIT ${HOLDERS_LIMIT}`,
);

/** PeopleDirectoryService.byId: one person. */
export const PERSON_BY_ID = namedSql<'id', PersonRow>(
  `SELECT ${PERSON_COLUMNS} FROM app_user u LEFT JOIN work_unit w ON w.id = u.unit_id WHERE u.id = :id`,
);

/** PeopleDirectoryService.rolesOf: every grant of these people, oldest first. */
export const GRANTS_OF_USERS = namedSql<
  'userIds',
  {
    id: string;
    user_id: string;
    role: Role;
    unit_id: string | null;
    supplier_id: string | null;
    region_code: string | null;
    created_at: Date;
  }
>(
  `SELECT id, user_id, role, unit_id, supplier_id, region_code, created_at FROM role_grant WHERE user_id = ANY(:userIds::uuid[]) ORDER BY created_at, role`,
);
