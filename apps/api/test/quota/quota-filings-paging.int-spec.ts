import { createTestApp, TestApp, walkPages } from '@yigou/server/testing';
import { shanghaiYear } from '@yigou/shared/time';

jest.setTimeout(120_000);

const YEAR = shanghaiYear(new Date());
/** More than the 500 the list used to stop at, without a word. */
const UNITS = 620;
const LIST = `query($status: String, $first: Int, $after: String) {
  quotaFilings(regionCode: "141034", year: ${YEAR}, status: $status, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id unitName status } }
  }
}`;

interface FilingPage {
  quotaFilings: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; unitName: string | null; status: string } }[];
  };
}

describe('the finance reviewer’s list of a region’s filings, a page at a time', () => {
  let t: TestApp;
  let finance: string;

  beforeAll(async () => {
    t = await createTestApp();
    finance = await t.loginAs('finance');
    const [{ id: filer }] = await t.db.query(`SELECT id FROM app_user WHERE username = 'finance'`);
    // 620 units of 汾西县, each with a filing; many share a filing time to the microsecond (the id breaks the tie),
    // every tenth is approved; and 30 filings of another county that must not appear
    await t.db.query(
      `WITH u AS (
         INSERT INTO work_unit (name, region_code, headcount, has_canteen, canteen_budget_fen)
         SELECT '汾西县分页单位 ' || g, CASE WHEN g <= $2 THEN '141034' ELSE '141033' END, 10, false, 0
           FROM generate_series(1, $2 + 30) g
         RETURNING id, name, region_code)
       INSERT INTO quota_filing (unit_id, year, region_code, headcount, canteen_mode, canteen_budget_fen, union_budget_fen, target_fen,
                                 status, filed_by, filed_at)
       SELECT u.id, $1, u.region_code, 10, 'none', 0, 0, 300000,
              CASE WHEN split_part(u.name, ' ', 2)::int % 10 = 0 THEN 'approved' ELSE 'submitted' END, $3,
              timestamptz '2026-03-02 09:00:00.123456+08' + (split_part(u.name, ' ', 2)::int % 173) * interval '1 microsecond'
         FROM u`,
      [YEAR, UNITS, filer],
    );
  });
  afterAll(() => t.close());

  const expected = async (status: string | null): Promise<string[]> =>
    (
      await t.db.query(
        `SELECT id FROM quota_filing WHERE region_code LIKE '141034%' AND year = $1 AND ($2::text IS NULL OR status = $2) ORDER BY filed_at, id`,
        [YEAR, status],
      )
    ).map((r: { id: string }) => r.id);

  it('reaches every submitted filing past 500, each once, oldest first in a stable order, with the total', async () => {
    const want = await expected('submitted');
    expect(want.length).toBe(UNITS - UNITS / 10);
    expect(want.length).toBeGreaterThan(500);
    const { ids, total } = await walkPages(t, LIST, { status: 'submitted' }, finance, 100);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(want);
    expect(total).toBe(want.length);
    // the same walk again gives the same order
    expect((await walkPages(t, LIST, { status: 'submitted' }, finance, 100)).ids).toEqual(want);
    // what a reviewer reads on a page: the unit's name and the status asked for
    const last = await t.gql<FilingPage>(LIST, { status: 'submitted', first: 100, after: null }, finance);
    const nodes = last.data!.quotaFilings.edges.map((e) => e.node);
    expect(nodes.every((n) => n.status === 'submitted' && n.unitName?.startsWith('汾西县分页单位'))).toBe(true);
    expect(last.data!.quotaFilings.totalCount).toBe(want.length);
  });

  it('all statuses of the region at a page size that does not divide them; another county’s filings never appear', async () => {
    const want = await expected(null);
    expect(want.length).toBe(UNITS);
    const { ids, total } = await walkPages(t, LIST, { status: null }, finance, 37);
    expect(ids).toEqual(want);
    expect(total).toBe(UNITS);
  });

  it('a filing that arrives while the reviewer pages is at the end, and no row already shown comes again', async () => {
    const first = await t.gql<FilingPage>(LIST, { status: 'submitted', first: 100, after: null }, finance);
    const shown = first.data!.quotaFilings.edges.map((e) => e.node.id);
    const [{ id: filer }] = await t.db.query(`SELECT id FROM app_user WHERE username = 'finance'`);
    const [{ id: late }] = await t.db.query(
      `WITH u AS (INSERT INTO work_unit (name, region_code, headcount, has_canteen, canteen_budget_fen)
                  VALUES ('汾西县迟交单位', '141034', 10, false, 0) RETURNING id)
       INSERT INTO quota_filing (unit_id, year, region_code, headcount, canteen_mode, canteen_budget_fen, union_budget_fen, target_fen,
                                 status, filed_by, filed_at)
       SELECT u.id, $1, '141034', 10, 'none', 0, 0, 300000, 'submitted', $2, now() FROM u RETURNING id`,
      [YEAR, filer],
    );
    let after = first.data!.quotaFilings.pageInfo.endCursor;
    const rest: string[] = [];
    while (after) {
      const r = await t.gql<FilingPage>(LIST, { status: 'submitted', first: 100, after }, finance);
      rest.push(...r.data!.quotaFilings.edges.map((e) => e.node.id));
      after = r.data!.quotaFilings.pageInfo.hasNextPage ? r.data!.quotaFilings.pageInfo.endCursor : null;
    }
    expect(rest.filter((id) => shown.includes(id))).toEqual([]);
    expect(rest.at(-1)).toBe(late);
    expect([...shown, ...rest]).toEqual(await expected('submitted'));
  });

  it('refuses a page size over 100 and a cursor it did not make', async () => {
    const big = await t.gql(LIST, { status: null, first: 101, after: null }, finance);
    expect(big.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await t.gql(LIST, { status: null, first: 10, after: 'bm90LWEtY3Vyc29y' }, finance);
    expect(forged.errors?.[0].extensions?.code).toBe('INVALID_CURSOR');
  });
});
