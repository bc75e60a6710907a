import { SecondApi, startTwoApis, stopTwoApis, TestApp, until } from '@yigou/server/testing';
import { RegionService } from '@yigou/server/regions';

const FENXI = '141034';
/** A village code under 汾西县 that GB/T 2260 and the demo data do not use. */
const NEW_VILLAGE = '141034999999';
const REGION = `query($code: String!) { region(code: $code) { code name fullName level } }`;

type RegionAnswer = { region: { code: string; name: string; fullName: string; level: string } | null };

describe('regions are held in each API process and a change to the table reaches every process', () => {
  let t: TestApp;
  let other: SecondApi;
  beforeAll(async () => ({ t, other } = await startTwoApis()));
  afterAll(async () => {
    await t.db.query(`DELETE FROM region WHERE code = $1`, [NEW_VILLAGE]);
    await t.db.query(`UPDATE region SET name = '汾西县', full_name = '山西省临汾市汾西县' WHERE code = $1`, [FENXI]);
    await stopTwoApis({ t, other });
  });

  const nameAt = async (gql: TestApp['gql'], code: string): Promise<string | null> => {
    const res = await gql<RegionAnswer>(REGION, { code });
    expect(res.errors).toBeUndefined();
    return res.data!.region?.name ?? null;
  };

  it('answers a county filter and a region by code without reading the region table', async () => {
    expect(await nameAt(t.gql, FENXI)).toBe('汾西县');
    const county = `query { products(first: 20, countyCode: "${FENXI}") { edges { node { id county { name fullName } } } } }`;
    await t.gql(county);
    const { result, sql } = await t.countQueries(() =>
      t.gql<{ products: { edges: { node: { county: { fullName: string } } }[] } }>(county),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.products.edges.length).toBeGreaterThan(0);
    for (const e of result.data!.products.edges) expect(e.node.county.fullName).toBe('山西省临汾市汾西县');
    expect(sql.filter((s) => /FROM "region"/i.test(s))).toEqual([]);
    const reads = t.api.app.get(RegionService).readModel.tableReads;
    await t.gql(county);
    expect(t.api.app.get(RegionService).readModel.tableReads).toBe(reads);
  });

  it('a rename and a new region written behind both processes’ backs are seen by the other process too', async () => {
    // Both processes hold the table now.
    expect(await nameAt(other.gql, FENXI)).toBe('汾西县');
    expect(await nameAt(other.gql, NEW_VILLAGE)).toBeNull();
    expect(await nameAt(t.gql, NEW_VILLAGE)).toBeNull();

    await t.db.query(`UPDATE region SET name = '汾西县（改）', full_name = '山西省临汾市汾西县（改）' WHERE code = $1`, [FENXI]);
    await t.db.query(
      `INSERT INTO region (code, name, level, parent_code, full_name, served) VALUES ($1, '测试村', 'village', $2, '山西省临汾市汾西县测试村', true)`,
      [NEW_VILLAGE, FENXI],
    );
    await until('the other process to see the rename', async () => (await nameAt(other.gql, FENXI)) === '汾西县（改）');
    await until('the other process to see the new village', async () => (await nameAt(other.gql, NEW_VILLAGE)) === '测试村');
    await until('this process to see the rename', async () => (await nameAt(t.gql, FENXI)) === '汾西县（改）');
    expect(await nameAt(t.gql, NEW_VILLAGE)).toBe('测试村');

    await t.db.query(`DELETE FROM region WHERE code = $1`, [NEW_VILLAGE]);
    await until('the other process to forget the deleted village', async () => (await nameAt(other.gql, NEW_VILLAGE)) === null);
  });
});
