import { badInput } from '@yigou/server/core';
import { regionMismatch } from '../errors';

export interface AddressRegionInput {
  provinceCode?: string | null;
  cityCode?: string | null;
  countyCode?: string | null;
  province?: string | null;
  city?: string | null;
  district?: string | null;
}

export interface ResolvedAddressRegion {
  provinceCode: string | null;
  cityCode: string | null;
  countyCode: string | null;
  province: string;
  city: string;
  district: string;
}

interface RegionRow {
  code: string;
  name: string;
  level: string;
  parent_code: string | null;
}

const CODE = /^\d{6}$/;

/**
 * Matches a free-text 省/市/区 to GB/T 2260 codes: the county of that name under a city and province of
 * those names. Municipalities and the 省直辖 counties sit under a 市辖区/县/直辖 placeholder city in the
 * data, so there the city text may repeat the province (北京市 北京市 东城区) or be empty.
 * Parameters: $1 province, $2 city, $3 district. (The migration that loaded the table matched old addresses the same way.)
 */
export const MATCH_ADDRESS_REGION_SQL = `
  SELECT p.code AS province_code, ci.code AS city_code, c.code AS county_code
    FROM region c
    JOIN region ci ON ci.code = c.parent_code AND ci.level = 'city'
    JOIN region p ON p.code = ci.parent_code AND p.level = 'province'
   WHERE c.level = 'county' AND c.name = $3 AND p.name = $1
     AND (ci.name = $2 OR (ci.name IN ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划') AND $2 IN (p.name, ci.name, '')))
   ORDER BY ci.code LIMIT 1`;


/**
 * The region part of an address: by codes (checked to nest: county under city under province, names taken
 * from the table) or, for old clients, by names (codes filled in when the names match one county).
 * Refuses codes that are unknown or do not nest, in Chinese, before anything is written.
 */
export async function resolveAddressRegion(
  query: (sql: string, params: unknown[]) => Promise<unknown[]>,
  input: AddressRegionInput,
): Promise<ResolvedAddressRegion> {
  const codes = [input.provinceCode, input.cityCode, input.countyCode].map((c) => c?.trim() || null);
  const [provinceCode, cityCode, countyCode] = codes;
  if (codes.some((c) => c !== null)) {
    for (const [code, field] of [
      [provinceCode, 'provinceCode'],
      [cityCode, 'cityCode'],
      [countyCode, 'countyCode'],
    ] as const) {
      if (code !== null && !CODE.test(code)) throw regionMismatch(`行政区划代码应为 6 位数字，「${code.slice(0, 20)}」不是`, field);
    }
    if (!provinceCode) throw regionMismatch('请选择省份', 'provinceCode');
    if (!cityCode) throw regionMismatch('请选择城市', 'cityCode');
    const rows = (await query(
      `SELECT code, name, level, parent_code FROM region WHERE code = ANY($1::varchar[])
       UNION ALL SELECT '#children', count(*)::text, '', NULL FROM region WHERE parent_code = $2 AND level = 'county'`,
      [codes.filter((c): c is string => c !== null), cityCode],
    )) as RegionRow[];
    const by = new Map(rows.map((r) => [r.code, r]));
    const province = by.get(provinceCode);
    const city = by.get(cityCode);
    const county = countyCode ? by.get(countyCode) : undefined;
    if (!province || province.level !== 'province') throw regionMismatch(`未知的省级行政区划代码 ${provinceCode}`, 'provinceCode');
    if (!city || city.level !== 'city') throw regionMismatch(`未知的市级行政区划代码 ${cityCode}`, 'cityCode');
    if (city.parent_code !== province.code) throw regionMismatch(`「${city.name}」不属于「${province.name}」，请重新选择省市区`, 'cityCode');
    const countyCount = Number(by.get('#children')?.name ?? 0);
    if (countyCode) {
      if (!county || county.level !== 'county') throw regionMismatch(`未知的县级行政区划代码 ${countyCode}`, 'countyCode');
      if (county.parent_code !== city.code)
        throw regionMismatch(`「${county.name}」不属于「${province.name}${city.name}」，请重新选择省市区`, 'countyCode');
    } else if (countyCount > 0) {
      throw regionMismatch('请选择区/县', 'countyCode');
    }
    return { provinceCode, cityCode, countyCode, province: province.name, city: city.name, district: county?.name ?? '' };
  }
  const province = input.province?.trim() ?? '';
  const city = input.city?.trim() ?? '';
  const district = input.district?.trim() ?? '';
  if (province.length < 2) throw badInput('请选择省份', 'province');
  if (district.length < 2) throw badInput('请选择区/县', 'district');
  const [match] = (await query(MATCH_ADDRESS_REGION_SQL, [province, city, district])) as {
    province_code: string;
    city_code: string;
    county_code: string;
  }[];
  return {
    provinceCode: match?.province_code ?? null,
    cityCode: match?.city_code ?? null,
    countyCode: match?.county_code ?? null,
    province,
    city,
    district,
  };
}
