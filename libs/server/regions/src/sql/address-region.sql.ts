import { namedSql } from '@yigou/server/database';

/** A region row as the address check reads it. */
export interface RegionRow {
  code: string;
  name: string;
  level: string;
  parent_code: string | null;
}

/**
 * The regions an address's codes name, and (as the row '#children', its count in `name`) how many counties the city
 * has: a city without counties (东莞市, 中山市) needs none.
 */
export const REGIONS_OF_ADDRESS = namedSql<'codes' | 'cityCode', RegionRow>(
  `SELECT code, name, level, parent_code FROM region WHERE code = ANY(:codes::varchar[])
   UNION ALL SELECT '#children', count(*)::text, '', NULL FROM region WHERE parent_code = :cityCode AND level = 'county'`,
);

/**
 * Matches a free-text 省/市/区 to GB/T 2260 codes: the county of that name under a city and province of
 * those names. Municipalities and the 省直辖 counties sit under a 市辖区/县/直辖 placeholder city in the
 * data, so there the city text may repeat the province (北京市 北京市 东城区) or be empty.
 * (The migration that loaded the table matched old addresses the same way.)
 */
export const MATCH_ADDRESS_REGION = namedSql<
  'province' | 'city' | 'district',
  { province_code: string; city_code: string; county_code: string }
>(`
  SELECT p.code AS province_code, ci.code AS city_code, c.code AS county_code
    FROM region c
    JOIN region ci ON ci.code = c.parent_code AND ci.level = 'city'
    JOIN region p ON p.code = ci.parent_code AND p.level = 'province'
   WHERE c.level = 'county' AND c.name = :district AND p.name = :province
     AND (ci.name = :city OR (ci.name IN ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划') AND :city IN (p.name, ci.name, '')))
   ORDER BY ci.code LIMIT 1`);
