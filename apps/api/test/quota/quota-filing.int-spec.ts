import { createTestApp, TestApp } from '@yigou/server/testing';
import { DemoIds, demoIds } from './quota-helpers';
import { shanghaiYear } from '@yigou/shared/time';

jest.setTimeout(60_000);

const YEAR = shanghaiYear(new Date());
const FILE = `mutation($input: FileQuotaInput!) { fileQuota(input: $input) { id status targetFen returnReason } }`;
const REVIEW = `mutation($id: ID!, $approve: Boolean!, $reason: String) { reviewQuotaFiling(filingId: $id, approve: $approve, reason: $reason) { id status targetFen returnReason } }`;
const RULE = `mutation($input: QuotaRuleInput!) { upsertQuotaRule(input: $input) { kind amountPerPersonFen ratioPercent fixedAmountFen notLessThanLastYear } }`;
const SETTING = `mutation($input: QuotaYearSettingInput!) { setQuotaYearSetting(input: $input) { filingOpensAt filingClosesAt } }`;
const DASH = `query($unitId: ID!, $year: Int!) { unitQuotaDashboard(unitId: $unitId, year: $year) { targetFen targetProvisional filingStatus } }`;

describe('quota rules, filing windows and the finance review', () => {
  let t: TestApp;
  let ids: DemoIds;
  let unitAdmin: string;
  let finance: string;
  let school: string;
  const filingCount = async () => (await t.db.query(`SELECT count(*)::int AS n FROM quota_filing`))[0].n as number;
  const window = (opens: number, closes: number) => ({
    regionCode: '141034',
    year: YEAR,
    filingOpensAt: new Date(Date.now() + opens * 86400_000).toISOString(),
    filingClosesAt: new Date(Date.now() + closes * 86400_000).toISOString(),
    completionRequiresRating: false,
  });
  const filing = (over: Record<string, unknown> = {}) => ({
    unitId: school,
    year: YEAR,
    headcount: 200,
    canteenMode: 'own',
    canteenBudgetFen: '100000000',
    unionBudgetFen: '2000000',
    ...over,
  });

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    unitAdmin = await t.loginAs('unit-admin');
    finance = await t.loginAs('finance');
    school = ids.units['fenxi-no1-school'];
  });
  afterAll(() => t.close());

  it('refuses a filing when no window is open, and one after the window closed, writing nothing', async () => {
    let r = await t.gql(FILE, { input: filing() }, unitAdmin);
    expect(r.errors?.[0].extensions?.code).toBe('FILING_WINDOW_CLOSED');
    expect((await t.gql(SETTING, { input: window(-30, -1) }, finance)).errors).toBeUndefined();
    r = await t.gql(FILE, { input: filing() }, unitAdmin);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'FILING_WINDOW_CLOSED', field: 'year' });
    expect(r.errors?.[0].message).toMatch(/不在填报期内/);
    expect(await filingCount()).toBe(0);
  });

  it('refuses negative headcount or budget, a ratio over 100% and a filing for another unit, writing nothing', async () => {
    await t.gql(SETTING, { input: window(-1, 30) }, finance);
    const cases: [Record<string, unknown>, string][] = [
      [{ headcount: -1 }, 'BAD_USER_INPUT'],
      [{ canteenBudgetFen: '-100' }, 'BAD_USER_INPUT'],
      [{ unionBudgetFen: '-1' }, 'BAD_USER_INPUT'],
      [{ ratioPercent: 120 }, 'BAD_USER_INPUT'],
      [{ unitId: ids.units['fenxi-hospital'] }, 'FORBIDDEN'],
    ];
    for (const [over, code] of cases) {
      const r = await t.gql(FILE, { input: filing(over) }, unitAdmin);
      expect([over, r.errors?.[0].extensions?.code]).toEqual([over, code]);
    }
    const rule = await t.gql(RULE, { input: { regionCode: '141034', year: YEAR, kind: 'canteen_ratio', ratioPercent: 150 } }, finance);
    expect(rule.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(rule.errors?.[0].message).toMatch(/100%/);
    expect(await filingCount()).toBe(0);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM quota_rule WHERE region_code = '141034' AND year = $1`, [YEAR]))[0].n).toBe(1);
  });

  it('each rule kind adds its amount to the filed target, by its own strategy', async () => {
    // per capita 300 yuan (demo) + 15% of the canteen budget + fixed 5,000 yuan + 30% of the union budget
    for (const input of [
      { kind: 'canteen_ratio', ratioPercent: 15 },
      { kind: 'fixed_amount', fixedAmountFen: '500000' },
      { kind: 'union_reserve', ratioPercent: 30 },
    ]) {
      const r = await t.gql(RULE, { input: { regionCode: '141034', year: YEAR, ...input } }, finance);
      expect(r.errors).toBeUndefined();
    }
    const r = await t.gql<{ fileQuota: { targetFen: string; status: string } }>(FILE, { input: filing() }, unitAdmin);
    expect(r.errors).toBeUndefined();
    expect(r.data?.fileQuota).toMatchObject({ status: 'submitted', targetFen: String(200 * 30000 + 15_000_000 + 500_000 + 600_000) });
    // the unit commits to 20% for its canteen: the higher ratio counts; without a canteen it owes no canteen share
    const own = await t.gql<{ fileQuota: { targetFen: string } }>(FILE, { input: filing({ ratioPercent: 20 }) }, unitAdmin);
    expect(own.data?.fileQuota.targetFen).toBe(String(200 * 30000 + 20_000_000 + 500_000 + 600_000));
    const none = await t.gql<{ fileQuota: { targetFen: string } }>(FILE, { input: filing({ canteenMode: 'none' }) }, unitAdmin);
    expect(none.data?.fileQuota.targetFen).toBe(String(200 * 30000 + 500_000 + 600_000));
  });

  it('finance returns a filing with a reason, the unit refiles, finance approves and the approved filing fixes the target', async () => {
    const filed = await t.gql<{ fileQuota: { id: string; targetFen: string } }>(FILE, { input: filing() }, unitAdmin);
    const id = filed.data!.fileQuota.id;
    const pending = await t.gql<{
      quotaFilings: { totalCount: number; edges: { node: { id: string; unitName: string; status: string } }[] };
    }>(
      `query($y: Int!) { quotaFilings(regionCode: "141034", year: $y, status: "submitted") { totalCount edges { node { id unitName status } } } }`,
      { y: YEAR },
      finance,
    );
    expect(pending.data?.quotaFilings).toEqual({
      totalCount: 1,
      edges: [{ node: { id, unitName: '汾西县第一中学', status: 'submitted' } }],
    });
    const noReason = await t.gql(REVIEW, { id, approve: false, reason: ' ' }, finance);
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const notFinance = await t.gql(REVIEW, { id, approve: true }, unitAdmin);
    expect(notFinance.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const returned = await t.gql<{ reviewQuotaFiling: { status: string; returnReason: string } }>(
      REVIEW,
      { id, approve: false, reason: '在编人数与编办数据不符' },
      finance,
    );
    expect(returned.data?.reviewQuotaFiling).toMatchObject({ status: 'returned', returnReason: '在编人数与编办数据不符' });
    let d = await t.gql<{ unitQuotaDashboard: { targetFen: string; targetProvisional: boolean; filingStatus: string } }>(
      DASH,
      { unitId: school, year: YEAR },
      unitAdmin,
    );
    expect(d.data?.unitQuotaDashboard).toMatchObject({ targetProvisional: true, filingStatus: 'returned' });
    const refiled = await t.gql<{ fileQuota: { id: string; targetFen: string; status: string } }>(
      FILE,
      { input: filing({ headcount: 210 }) },
      unitAdmin,
    );
    expect(refiled.data?.fileQuota).toMatchObject({ id, status: 'submitted' });
    const approved = await t.gql<{ reviewQuotaFiling: { status: string; targetFen: string } }>(REVIEW, { id, approve: true }, finance);
    expect(approved.data?.reviewQuotaFiling.status).toBe('approved');
    d = await t.gql(DASH, { unitId: school, year: YEAR }, unitAdmin);
    expect(d.data?.unitQuotaDashboard).toEqual({
      targetFen: refiled.data!.fileQuota.targetFen,
      targetProvisional: false,
      filingStatus: 'approved',
    });
    const again = await t.gql(FILE, { input: filing() }, unitAdmin);
    expect(again.errors?.[0].message).toMatch(/已审核通过/);
  });

  it('"not less than last year" keeps a unit at last year’s approved target', async () => {
    const last = (await t.db.query(`SELECT target_fen FROM quota_filing WHERE unit_id = $1 AND year = $2`, [school, YEAR]))[0]
      .target_fen as string;
    await t.gql(
      RULE,
      { input: { regionCode: '141034', year: YEAR + 1, kind: 'per_capita', amountPerPersonFen: '10000', notLessThanLastYear: true } },
      finance,
    );
    await t.gql(SETTING, { input: { ...window(-1, 30), year: YEAR + 1 } }, finance);
    const r = await t.gql<{ fileQuota: { targetFen: string } }>(FILE, { input: filing({ year: YEAR + 1 }) }, unitAdmin);
    expect(r.errors).toBeUndefined();
    expect(r.data?.fileQuota.targetFen).toBe(last);
  });
});
