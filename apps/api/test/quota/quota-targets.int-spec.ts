import { ORDER_EVENTS } from '@yigou/server/events';
import { QuotaTargetService } from '@yigou/server/quota';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { DemoIds, demoIds, OrderEventPlayer } from './quota-helpers';
import { shanghaiYear } from '@yigou/shared/time';

jest.setTimeout(60_000);

const YEAR = shanghaiYear(new Date());
const RANKING = `query($regionCode: String!, $year: Int!, $search: String, $first: Int) {
  jurisdictionRanking(regionCode: $regionCode, year: $year, search: $search, first: $first) {
    totalCount totals { targetFen orderedFen completedFen }
    rows { unitId name targetFen targetProvisional filingStatus orderedFen completedFen rate rank
           rolledUp { unitCount targetFen orderedFen completedFen rate } } } }`;
const FILE = `mutation($input: FileQuotaInput!) { fileQuota(input: $input) { id status targetFen } }`;
const REVIEW = `mutation($id: ID!, $approve: Boolean!) { reviewQuotaFiling(filingId: $id, approve: $approve) { status } }`;
const SETTING = `mutation($input: QuotaYearSettingInput!) { setQuotaYearSetting(input: $input) { filingClosesAt } }`;
const RULE = `mutation($input: QuotaRuleInput!) { upsertQuotaRule(input: $input) { kind } }`;
const DASH = `query($unitId: ID!, $year: Int!) { unitQuotaDashboard(unitId: $unitId, year: $year) { targetFen rolledUp { unitCount targetFen orderedFen completedFen } } }`;

interface RollUp {
  unitCount: number;
  targetFen: string;
  orderedFen: string;
  completedFen: string;
  rate: number;
}
interface Row {
  unitId: string;
  name: string;
  targetFen: string;
  targetProvisional: boolean;
  filingStatus: string;
  orderedFen: string;
  completedFen: string;
  rate: number;
  rank: number;
  rolledUp: RollUp;
}
interface RankingData {
  jurisdictionRanking: { totalCount: number; totals: { targetFen: string; orderedFen: string; completedFen: string }; rows: Row[] };
}

describe('stored unit targets, the SQL ranking and its roll-up', () => {
  let t: TestApp;
  let ids: DemoIds;
  let finance: string;
  let unitAdmin: string;
  let player: OrderEventPlayer;
  const ranking = async (vars: Record<string, unknown> = {}) => {
    const r = await t.gql<RankingData>(RANKING, { regionCode: '141034', year: YEAR, first: 50, ...vars }, finance);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.jurisdictionRanking;
  };
  const row = async (unitId: string) => (await ranking()).rows.find((r) => r.unitId === unitId)!;
  const stored = async (unitId: string, year = YEAR) =>
    (
      await t.db.query(`SELECT target_fen, provisional, filing_status FROM quota_unit_target WHERE unit_id = $1 AND year = $2`, [
        unitId,
        year,
      ])
    )[0] as { target_fen: string; provisional: boolean; filing_status: string } | undefined;
  const buy = async (unitId: string, amountFen: number, complete: boolean) => {
    const pear = ids.products['玉露香梨'];
    const o = player.order({
      unitId,
      buyerId: ids.users['buyer'],
      supplierId: pear.supplierId,
      lines: [{ productId: pear.id, quantity: 10, amountFen, certified: true }],
    });
    await player.emit(ORDER_EVENTS.paid, o.payload);
    if (complete) await player.emit(ORDER_EVENTS.received, o.payload);
  };

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    ids = await demoIds(t);
    finance = await t.loginAs('finance');
    unitAdmin = await t.loginAs('unit-admin');
    player = new OrderEventPlayer(t);
  });
  afterAll(() => t.close());

  it('stores each unit’s target; filing shows as submitted, and approving the filing changes the ranking’s target', async () => {
    const school = ids.units['fenxi-no1-school'];
    const before = await row(school);
    expect(before).toMatchObject({ targetFen: String(210 * 30000), targetProvisional: true, filingStatus: 'missing' });
    expect(await stored(school)).toEqual({ target_fen: String(210 * 30000), provisional: true, filing_status: 'missing' });
    await t.gql(
      SETTING,
      {
        input: {
          regionCode: '141034',
          year: YEAR,
          filingOpensAt: new Date(Date.now() - 86400_000).toISOString(),
          filingClosesAt: new Date(Date.now() + 30 * 86400_000).toISOString(),
          completionRequiresRating: false,
        },
      },
      finance,
    );
    const filed = await t.gql<{ fileQuota: { id: string; targetFen: string } }>(
      FILE,
      { input: { unitId: school, year: YEAR, headcount: 250, canteenMode: 'own', canteenBudgetFen: '0', unionBudgetFen: '0' } },
      unitAdmin,
    );
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.fileQuota.targetFen).toBe(String(250 * 30000));
    // submitted, not approved: the ranking still uses the unit record's figures
    expect(await row(school)).toMatchObject({ targetFen: String(210 * 30000), targetProvisional: true, filingStatus: 'submitted' });
    const approved = await t.gql<{ reviewQuotaFiling: { status: string } }>(
      REVIEW,
      { id: filed.data!.fileQuota.id, approve: true },
      finance,
    );
    expect(approved.data?.reviewQuotaFiling.status).toBe('approved');
    expect(await row(school)).toMatchObject({ targetFen: String(250 * 30000), targetProvisional: false, filingStatus: 'approved' });
    expect(await stored(school)).toEqual({ target_fen: String(250 * 30000), provisional: false, filing_status: 'approved' });
  });

  it('a rule change rewrites the stored targets of the jurisdiction, except approved filings', async () => {
    const school = ids.units['fenxi-no1-school'];
    const hospital = ids.units['fenxi-hospital'];
    const before = await row(hospital);
    const r = await t.gql(RULE, { input: { regionCode: '141034', year: YEAR, kind: 'fixed_amount', fixedAmountFen: '500000' } }, finance);
    expect(r.errors).toBeUndefined();
    expect((await row(hospital)).targetFen).toBe(String(Number(before.targetFen) + 500000));
    expect((await row(school)).targetFen).toBe(String(250 * 30000));
    const all = await ranking();
    expect(Number(all.totals.targetFen)).toBe(all.rows.reduce((s, x) => s + Number(x.targetFen), 0));
  });

  it('a 主管单位 row rolls up its subordinates, consistent with the unit dashboard; rank and own figures stay the unit’s own', async () => {
    const school = ids.units['fenxi-no1-school'];
    const education = ids.units['fenxi-education'];
    const gov = ids.units['fenxi-gov-office'];
    await buy(school, 680000, true);
    await buy(ids.units['fenxi-hospital'], 120000, false);
    const all = await ranking();
    const byId = new Map(all.rows.map((x) => [x.unitId, x]));
    const edu = byId.get(education)!;
    const s = byId.get(school)!;
    expect(edu).toMatchObject({ orderedFen: '0', completedFen: '0' });
    expect(edu.rolledUp).toMatchObject({
      unitCount: 2,
      orderedFen: '680000',
      completedFen: '680000',
      targetFen: String(Number(edu.targetFen) + Number(s.targetFen)),
    });
    expect(edu.rolledUp.rate).toBeCloseTo(680000 / (Number(edu.targetFen) + Number(s.targetFen)), 10);
    expect(s.rolledUp).toEqual({
      unitCount: 1,
      targetFen: s.targetFen,
      orderedFen: s.orderedFen,
      completedFen: s.completedFen,
      rate: s.rate,
    });
    const top = byId.get(gov)!;
    expect(top.rolledUp).toMatchObject({ unitCount: 6, orderedFen: '800000', completedFen: '680000', targetFen: all.totals.targetFen });
    // the rank is by each unit's own completion: the school leads, its 主管单位 (own figures 0) does not ride on it
    expect(s.rank).toBe(1);
    expect(edu.rank).toBeGreaterThan(1);
    const dash = await t.gql<{ unitQuotaDashboard: { rolledUp: Omit<RollUp, 'rate'> } }>(DASH, { unitId: education, year: YEAR }, finance);
    expect(dash.data?.unitQuotaDashboard.rolledUp).toEqual({
      unitCount: 2,
      targetFen: edu.rolledUp.targetFen,
      orderedFen: edu.rolledUp.orderedFen,
      completedFen: edu.rolledUp.completedFen,
    });
  });

  it('a unit added to the directory enters the ranking on recompute; a region change moves it and its running totals', async () => {
    const before = await ranking();
    const [{ id }] = await t.db.query(
      `INSERT INTO work_unit (name, region_code, headcount, has_canteen, canteen_budget_fen, parent_id) VALUES ('汾西县新设单位', '141034', 10, false, 0, $1) RETURNING id`,
      [ids.units['fenxi-gov-office']],
    );
    const n = await t.gql<{ recomputeQuotaTargets: number }>(
      `mutation($y: Int!) { recomputeQuotaTargets(regionCode: "141034", year: $y) }`,
      { y: YEAR },
      finance,
    );
    expect(n.data?.recomputeQuotaTargets).toBe(before.totalCount + 1);
    const after = await ranking();
    expect(after.totalCount).toBe(before.totalCount + 1);
    expect(after.rows.find((x) => x.unitId === id)).toMatchObject({ name: '汾西县新设单位', targetFen: String(10 * 30000 + 500000) });
    expect(after.rows.find((x) => x.unitId === ids.units['fenxi-gov-office'])!.rolledUp.unitCount).toBe(7);
    const unitAdminOfOther = await t.gql(
      `mutation($y: Int!) { recomputeQuotaTargets(regionCode: "141034", year: $y) }`,
      { y: YEAR },
      unitAdmin,
    );
    expect(unitAdminOfOther.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    await buy(id, 5000, false);
    await t.db.query(`UPDATE work_unit SET region_code = '141122' WHERE id = $1`, [id]);
    const targets = t.api.app.get(QuotaTargetService);
    await targets.recompute('141034', YEAR);
    await targets.recompute('141122', YEAR);
    expect((await t.db.query(`SELECT region_code FROM quota_unit_total WHERE unit_id = $1 AND year = $2`, [id, YEAR]))[0].region_code).toBe(
      '141122',
    );
    expect(
      (await t.db.query(`SELECT region_code FROM quota_unit_target WHERE unit_id = $1 AND year = $2`, [id, YEAR]))[0].region_code,
    ).toBe('141122');
    expect((await ranking()).totalCount).toBe(before.totalCount);
  });

  it('the unit dashboard reads the stored target; a unit without a stored row or with an edited record has it computed and stored on first read', async () => {
    const [{ id }] = await t.db.query(
      `INSERT INTO work_unit (name, region_code, headcount, has_canteen, canteen_budget_fen) VALUES ('汾西县看板新单位', '141034', 10, false, 0) RETURNING id`,
    );
    expect(await stored(id)).toBeUndefined();
    const dash = async () => {
      const r = await t.gql<{ unitQuotaDashboard: { targetFen: string; rolledUp: { unitCount: number; targetFen: string } } }>(
        DASH,
        { unitId: id, year: YEAR },
        finance,
      );
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return r.data.unitQuotaDashboard;
    };
    const first = await dash();
    expect(await stored(id)).toEqual({ target_fen: first.targetFen, provisional: true, filing_status: 'missing' });
    expect(first.rolledUp).toEqual({ unitCount: 1, targetFen: first.targetFen, orderedFen: '0', completedFen: '0' });
    // the region recompute (the rule strategies over the directory) stores the same figure
    await t.api.app.get(QuotaTargetService).recompute('141034', YEAR);
    expect((await stored(id))!.target_fen).toBe(first.targetFen);

    // the stored row is what the dashboard shows (not a live computation) while the unit's record is unchanged
    await t.db.query(`UPDATE quota_unit_target SET target_fen = 123456 WHERE unit_id = $1 AND year = $2`, [id, YEAR]);
    expect((await dash()).targetFen).toBe('123456');

    // a headcount edit differs from the stored snapshot: the dashboard recomputes and stores the target at once
    await t.db.query(`UPDATE work_unit SET headcount = 20 WHERE id = $1`, [id]);
    const edited = await dash();
    expect(Number(edited.targetFen)).toBeGreaterThan(Number(first.targetFen));
    expect(await stored(id)).toEqual({ target_fen: edited.targetFen, provisional: true, filing_status: 'missing' });
    await t.api.app.get(QuotaTargetService).recompute('141034', YEAR);
    expect((await stored(id))!.target_fen).toBe(edited.targetFen);
    await t.db.query(`DELETE FROM quota_unit_target WHERE unit_id = $1`, [id]);
    await t.db.query(`DELETE FROM work_unit WHERE id = $1`, [id]);
  });
});
