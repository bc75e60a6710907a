import { type Queryable, queryNamed } from '@yigou/server/database';
import { regionMismatch } from '../errors';
import { MATCH_ADDRESS_REGION, REGIONS_OF_ADDRESS } from '../sql/address-region.sql';

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

const CODE = /^\d{6}$/;
/** The longest free-text 省/市/区 name taken. */
const NAME_MAX = 20;

/**
 * The region part of an address: by codes (checked to nest: county under city under province, names taken
 * from the table) or, for old clients, by names (codes filled in when the names match one county).
 * Refuses codes that are unknown or do not nest, and names missing or too long, as REGION_MISMATCH naming the field,
 * in Chinese, before anything is written.
 */
export async function resolveAddressRegion(db: Queryable, input: AddressRegionInput): Promise<ResolvedAddressRegion> {
  // Bounded whichever way the region comes (the names are not read when codes are given, but never taken unbounded).
  for (const [field, label] of [
    ['province', '省份'],
    ['city', '城市'],
    ['district', '区/县'],
  ] as const)
    if ((input[field]?.length ?? 0) > NAME_MAX) throw regionMismatch(`请选择${label}`, field);
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
    const rows = await queryNamed(db, REGIONS_OF_ADDRESS, { codes: codes.filter((c): c is string => c !== null), cityCode });
    const by = new Map(rows.map((r) => [r.code, r]));
    const province = by.get(provinceCode);
    const city = by.get(cityCode);
    const county = countyCode ? by.get(countyCode) : undefined;
    if (!province || province.level !== 'province') throw regionMismatch(`未知的省级行政区划代码 ${provinceCode}`, 'provinceCode');
    if (!city || city.level !== 'city') throw regionMismatch(`未知的市级行政区划代码 ${cityCode}`, 'cityCode');
    if (city.parent_code !== province.code)
      throw regionMismatch(`「${city.name}」不属于「${province.name}」，请重新选择省市区`, 'cityCode');
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
  if (province.length < 2) throw regionMismatch('请选择省份', 'province');
  if (district.length < 2) throw regionMismatch('请选择区/县', 'district');
  const [match] = await queryNamed(db, MATCH_ADDRESS_REGION, { province, city, district });
  return {
    provinceCode: match?.province_code ?? null,
    cityCode: match?.city_code ?? null,
    countyCode: match?.county_code ?? null,
    province,
    city,
    district,
  };
}
