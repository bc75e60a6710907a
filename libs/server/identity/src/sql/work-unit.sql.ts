import { type KeysetColumns, type KeysetOrder, SortDirection, sqlKeyset } from '@yigou/server/core';
import { namedSql } from '@yigou/server/database';

/** WorkUnitService.unitsInRegion: units whose region code matches `:regionLike` (a code prefix and `%`), by name. */
export const UNITS_IN_REGION = namedSql<
  'regionLike',
  {
    id: string;
    name: string;
    regionCode: string;
    parentId: string | null;
    headcount: number;
    hasCanteen: boolean;
    canteenBudgetFen: string;
    kind: string;
  }
>(
  `SELECT id, name, region_code AS "regionCode", parent_id AS "parentId", headcount, has_canteen AS "hasCanteen",
              canteen_budget_fen::int8 AS "canteenBudgetFen", kind
         FROM work_unit WHERE region_code LIKE :regionLike ORDER BY name`,
);

/** WorkUnitService.subtreeIds: the unit and every unit under it (主管单位 → subordinates), at most 20 levels down. */
export const UNIT_SUBTREE = namedSql<'unitId', { id: string }>(
  `WITH RECURSIVE t(id, depth) AS (
         SELECT id, 0 FROM work_unit WHERE id = :unitId
         UNION ALL
         SELECT w.id, t.depth + 1 FROM work_unit w JOIN t ON w.parent_id = t.id WHERE t.depth < 20
       ) SELECT id FROM t`,
);

/** WorkUnitService.unitsOfUser: the user's unit now and every unit of their membership history. */
export const UNITS_OF_USER = namedSql<'userId', { id: string }>(
  `SELECT unit_id AS id FROM app_user WHERE id = :userId AND unit_id IS NOT NULL
       UNION SELECT DISTINCT unit_id FROM unit_membership_event WHERE user_id = :userId`,
);

/** WorkUnitService.unitsOfUser: the user's unit now (listed first). */
export const CURRENT_UNIT_OF_USER = namedSql<'userId', { unit_id: string | null }>(`SELECT unit_id FROM app_user WHERE id = :userId`);

/** WorkUnitService.ancestors: the 主管单位 chain above a unit with each one's distance, nearest first (at most 20 levels). */
export const UNIT_ANCESTORS = namedSql<'unitId', { id: string; depth: number }>(
  `WITH RECURSIVE t(id, parent_id, depth) AS (
         SELECT id, parent_id, 0 FROM work_unit WHERE id = :unitId
         UNION ALL
         SELECT w.id, w.parent_id, t.depth + 1 FROM work_unit w JOIN t ON w.id = t.parent_id WHERE t.depth < 20
       ) SELECT id, depth FROM t WHERE depth > 0 ORDER BY depth`,
);

/** WorkUnitService.unitAudience: each unit's members and the people who administer it, one row per (unit, person). */
export const UNIT_AUDIENCE = namedSql<'unitIds', { unitId: string; userId: string }>(
  `SELECT unit_id AS "unitId", id AS "userId" FROM app_user WHERE unit_id = ANY(:unitIds::uuid[])
       UNION SELECT unit_id, user_id FROM role_grant WHERE role = 'unit_admin' AND unit_id = ANY(:unitIds::uuid[])`,
);

/** WorkUnitService.unitAdminIds: the enabled users whose unit_admin grant is scoped to the unit. */
export const UNIT_ADMIN_IDS = namedSql<'unitId', { user_id: string }>(
  `SELECT DISTINCT g.user_id FROM role_grant g JOIN app_user u ON u.id = g.user_id WHERE g.role = 'unit_admin' AND g.unit_id = :unitId AND NOT u.disabled`,
);

/** WorkUnitImportService.import: the existing units a file names as 主管单位 (by exact name). */
export const UNITS_NAMED = namedSql<'names', { id: string; name: string; region_code: string }>(
  `SELECT id, name, region_code FROM work_unit WHERE name = ANY(:names)`,
);

/** Unit search's order: by name, then id; the cursor is [name, id] as it always was. */
const BY_NAME: KeysetOrder = { column: 'u.name', cast: 'text', idColumn: 'u.id', direction: SortDirection.ASC };

/** A unit search hit as the statement names its columns. */
export interface UnitSearchRow extends KeysetColumns {
  id: string;
  name: string;
  regionCode: string;
  parentName: string | null;
}

/**
 * WorkUnitService.searchUnits, built per request: every one of `words` name patterns (parameters `:word0` …, ILIKE
 * patterns) and, with `region`, the region prefix (`:regionLike`, a LIKE pattern). `count` counts all hits; `page` reads
 * `limit` of them after the cursor, keyset-paginated on (name, id); its last two parameters are the cursor's
 * (`keysetParams`, numbered after the names).
 */
export function unitSearchSql(words: number, region: boolean, after: string | null | undefined, limit: number) {
  const where = Array.from({ length: words }, (_, i) => `u.name ILIKE :word${i}`);
  if (region) where.push('u.region_code LIKE :regionLike');
  const count = namedSql<string, { n: number }>(`SELECT count(*)::int AS n FROM work_unit u WHERE ${where.join(' AND ')}`);
  const keyset = sqlKeyset(BY_NAME, after, count.names.length + 1);
  const page = namedSql<string, UnitSearchRow>(
    `SELECT u.id, u.name, u.region_code AS "regionCode", p.name AS "parentName", ${keyset.select}
         FROM work_unit u LEFT JOIN work_unit p ON p.id = u.parent_id
        WHERE ${where.join(' AND ')} AND ${keyset.where}
        ORDER BY ${keyset.orderBy} LIMIT ${limit}`,
  );
  return { count, page, keysetParams: keyset.params };
}
