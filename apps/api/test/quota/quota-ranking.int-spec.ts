import ExcelJS from 'exceljs';
import { ORDER_EVENTS } from '@yigou/server/events';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { DemoIds, demoIds, OrderEventPlayer } from './quota-helpers';
import { shanghaiYear } from '@yigou/shared/time';

jest.setTimeout(60_000);

const YEAR = shanghaiYear(new Date());
const RANKING = `query($regionCode: String!, $year: Int!, $sort: RankingSort, $descending: Boolean, $status: PaceStatus, $search: String, $first: Int, $after: String) {
  jurisdictionRanking(regionCode: $regionCode, year: $year, sort: $sort, descending: $descending, status: $status, search: $search, first: $first, after: $after) {
    pace totalCount totals { targetFen orderedFen completedFen rate }
    rows { unitId name parentName hasCanteen targetFen orderedFen completedFen rate rank tied status filingStatus }
    pageInfo { hasNextPage endCursor } } }`;

interface Row {
  unitId: string;
  name: string;
  parentName: string | null;
  hasCanteen: boolean;
  targetFen: string;
  orderedFen: string;
  completedFen: string;
  rate: number;
  rank: number;
  tied: boolean;
  status: string;
}
interface RankingData {
  jurisdictionRanking: {
    pace: number;
    totalCount: number;
    totals: { targetFen: string; orderedFen: string; completedFen: string; rate: number };
    rows: Row[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('jurisdiction ranking, reminders and the monthly bulletin', () => {
  let t: TestApp;
  let ids: DemoIds;
  let finance: string;
  let player: OrderEventPlayer;
  const ranking = async (vars: Record<string, unknown> = {}, token = finance) => {
    const r = await t.gql<RankingData>(RANKING, { regionCode: '141034', year: YEAR, first: 50, ...vars }, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.jurisdictionRanking;
  };

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    ids = await demoIds(t);
    finance = await t.loginAs('finance');
    player = new OrderEventPlayer(t);
  });
  afterAll(() => t.close());

  it('lists every unit of the county with target and rank; an order for 汾西县第一中学 moves it to the top', async () => {
    const before = await ranking();
    expect(before.totalCount).toBe(6);
    const school = before.rows.find((r) => r.name === '汾西县第一中学')!;
    expect(school).toMatchObject({ parentName: '汾西县教育局', hasCanteen: true, targetFen: String(210 * 30000), orderedFen: '0' });
    const pear = ids.products['玉露香梨'];
    const o = player.order({
      unitId: school.unitId,
      buyerId: ids.users['buyer'],
      supplierId: pear.supplierId,
      lines: [{ productId: pear.id, quantity: 100, amountFen: 680000, certified: true }],
    });
    await player.emit(ORDER_EVENTS.paid, o.payload);
    await player.emit(ORDER_EVENTS.received, o.payload);
    const after = await ranking();
    const moved = after.rows.find((r) => r.unitId === school.unitId)!;
    expect(moved).toMatchObject({ rank: 1, orderedFen: '680000', completedFen: '680000' });
    expect(moved.rate).toBeCloseTo(680000 / (210 * 30000), 10);
    expect(after.rows[0].unitId).toBe(school.unitId);
    expect(after.totals.completedFen).toBe('680000');
    expect(Number(after.totals.targetFen)).toBe(after.rows.reduce((s, r) => s + Number(r.targetFen), 0));
    // 并列: tied exactly when another unit has the same rate and completed amount (so the same rank)
    for (const r of after.rows) {
      const others = after.rows.filter((o) => o.unitId !== r.unitId && o.rate === r.rate && o.completedFen === r.completedFen);
      expect({ name: r.name, tied: r.tied }).toEqual({ name: r.name, tied: others.length > 0 });
      for (const o of others) expect(o.rank).toBe(r.rank);
    }
    expect(moved.tied).toBe(false);
    expect(after.rows.filter((r) => r.tied).length).toBeGreaterThan(1);
  });

  it('sorts, filters by status and name, and pages with a cursor', async () => {
    const byName = await ranking({ sort: 'target', descending: true });
    const targets = byName.rows.map((r) => Number(r.targetFen));
    expect(targets).toEqual([...targets].sort((a, b) => b - a));
    const red = await ranking({ status: 'red' });
    expect(red.rows.every((r) => r.status === 'red')).toBe(true);
    const search = await ranking({ search: '医院' });
    expect(search.rows.map((r) => r.name)).toEqual(['汾西县人民医院']);
    const p1 = await ranking({ first: 4 });
    const p2 = await ranking({ first: 4, after: p1.pageInfo.endCursor });
    expect(p1.pageInfo.hasNextPage).toBe(true);
    expect([...p1.rows, ...p2.rows].map((r) => r.rank)).toEqual((await ranking()).rows.map((r) => r.rank));
    expect(p2.pageInfo.hasNextPage).toBe(false);
  });

  it('is only for finance and county admins of the jurisdiction', async () => {
    const buyer = await t.loginAs('buyer');
    const r = await t.gql(RANKING, { regionCode: '141034', year: YEAR }, buyer);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const other = await t.gql(RANKING, { regionCode: '141122', year: YEAR }, finance);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const county = await t.gql<RankingData>(RANKING, { regionCode: '141034', year: YEAR }, await t.loginAs('county-admin'));
    expect(county.data?.jurisdictionRanking.totalCount).toBe(6);
  });

  it('the exported XLSX workbook, read back, has the numbers of the API, with totals', async () => {
    const api = await ranking();
    const r = await t.gql<{ quotaBulletin: { filename: string; contentBase64: string } }>(
      `query($y: Int!) { quotaBulletin(regionCode: "141034", year: $y, format: xlsx) { filename mimeType contentBase64 } }`,
      { y: YEAR },
      finance,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.quotaBulletin.filename).toMatch(new RegExp(`^以购代捐通报-汾西县-${YEAR}-\\d{4}-\\d{2}\\.xlsx$`));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.data!.quotaBulletin.contentBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(values(1)[0]).toBe(`${YEAR} 年以购代捐完成情况通报（汾西县）`);
    expect(values(2)).toEqual(['单位', '主管部门', '是否有食堂', '年度目标（元）', '已下单（元）', '已完成（元）', '完成率', '排名']);
    const fen = (yuan: unknown) => Math.round(Number(yuan) * 100);
    api.rows.forEach((row, i) => {
      const [name, parent, canteen, target, ordered, completed, rate, rank] = values(3 + i);
      expect({
        name,
        parent: parent || null,
        canteen,
        target: fen(target),
        ordered: fen(ordered),
        completed: fen(completed),
        rate,
        rank,
      }).toEqual({
        name: row.name,
        parent: row.parentName,
        canteen: row.hasCanteen ? '是' : '否',
        target: Number(row.targetFen),
        ordered: Number(row.orderedFen),
        completed: Number(row.completedFen),
        rate: row.rate,
        rank: row.rank,
      });
    });
    const totals = values(3 + api.rows.length);
    expect(totals[0]).toBe('合计');
    expect([fen(totals[3]), fen(totals[4]), fen(totals[5])]).toEqual([
      Number(api.totals.targetFen),
      Number(api.totals.orderedFen),
      Number(api.totals.completedFen),
    ]);
  });

  it('the CSV bulletin has the same rows and totals in yuan', async () => {
    const api = await ranking();
    const r = await t.gql<{ quotaBulletin: { contentBase64: string } }>(
      `query($y: Int!) { quotaBulletin(regionCode: "141034", year: $y, format: csv) { contentBase64 } }`,
      { y: YEAR },
      finance,
    );
    const lines = Buffer.from(r.data!.quotaBulletin.contentBase64, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('单位,主管部门,是否有食堂,年度目标（元）,已下单（元）,已完成（元）,完成率,排名');
    expect(lines).toHaveLength(api.rows.length + 2);
    expect(lines[1].split(',')[0]).toBe(api.rows[0].name);
    expect(lines[1].split(',')[4]).toBe((Number(api.rows[0].orderedFen) / 100).toFixed(2));
    expect(lines.at(-1)!.split(',')[5]).toBe((Number(api.totals.completedFen) / 100).toFixed(2));
  });

  it('sends in-app reminders to units behind pace that have people to tell, at most once a day, and the unit admin reads them', async () => {
    const api = await ranking();
    const [{ behind }]: { behind: number }[] = await t.db.query(
      `SELECT count(*)::int AS behind FROM (SELECT unit_id FROM app_user WHERE unit_id = ANY($1::uuid[])
         UNION SELECT unit_id FROM role_grant WHERE role = 'unit_admin' AND unit_id = ANY($1::uuid[])) x`,
      [api.rows.filter((r) => r.status !== 'green').map((r) => r.unitId)],
    );
    const sent = await t.gql<{ sendQuotaReminders: number }>(
      `mutation($y: Int!) { sendQuotaReminders(regionCode: "141034", year: $y) }`,
      { y: YEAR },
      finance,
    );
    expect(sent.data?.sendQuotaReminders).toBe(behind);
    const again = await t.gql<{ sendQuotaReminders: number }>(
      `mutation($y: Int!) { sendQuotaReminders(regionCode: "141034", year: $y) }`,
      { y: YEAR },
      finance,
    );
    expect(again.data?.sendQuotaReminders).toBe(0);
    const unitAdmin = await t.loginAs('unit-admin');
    const mine = await t.gql<{ myQuotaReminders: { message: string }[] }>(`{ myQuotaReminders { message } }`, {}, unitAdmin);
    const schoolBehind = api.rows.find((r) => r.name === '汾西县第一中学')!.status !== 'green';
    expect(mine.data?.myQuotaReminders.length).toBe(schoolBehind ? 1 : 0);
  });

  it('shows member contributions to the unit admin only', async () => {
    const q = `query($u: ID!, $y: Int!) { unitQuotaDashboard(unitId: $u, year: $y) { orderedFen members { displayName orderedFen } } }`;
    const unitId = ids.units['fenxi-no1-school'];
    const admin = await t.gql<{ unitQuotaDashboard: { members: unknown[] | null } }>(
      q,
      { u: unitId, y: YEAR },
      await t.loginAs('unit-admin'),
    );
    expect(admin.data?.unitQuotaDashboard.members).toHaveLength(1);
    const member = await t.gql<{ unitQuotaDashboard: { members: unknown[] | null } }>(q, { u: unitId, y: YEAR }, await t.loginAs('buyer'));
    expect(member.data?.unitQuotaDashboard.members).toBeNull();
    const stranger = await t.gql(q, { u: ids.units['fenxi-hospital'], y: YEAR }, await t.loginAs('buyer'));
    expect(stranger.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
