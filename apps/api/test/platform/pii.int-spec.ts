import ExcelJS from 'exceljs';
import { HouseholdAccessLogService } from '@yigou/server/attribution';
import {
  createTestApp,
  idsOnDays,
  MARCH_RANGE,
  MARCH_STAMPS,
  restampLog,
  sameMillisecond,
  TestApp,
  walkPages,
} from '@yigou/server/testing';

jest.setTimeout(60_000);

const FENXI = '141034';
const JIAOCHENG = '141122';
const PHONE = '13800000004';

describe('personal data: supplier contacts, household reveals and their access log', () => {
  let t: TestApp;
  let tokens: Record<string, string>;
  let supplierId: string;
  let households: string[];

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    const logins = ['buyer', 'supplier', 'county-admin', 'admin', 'auditor', 'host'];
    tokens = Object.fromEntries(await Promise.all(logins.map(async (l) => [l, await t.loginAs(l)] as const)));
    [{ id: supplierId }] = await t.db.query(`SELECT id FROM supplier WHERE demo_key = 'gaohan'`);
    await t.db.query(`UPDATE supplier SET contact_name = '刘师傅', contact_phone = $2 WHERE id = $1`, [supplierId, PHONE]);
    households = (await t.db.query(`SELECT id FROM household WHERE county_code = $1 ORDER BY household_no LIMIT 30`, [FENXI])).map(
      (r: { id: string }) => r.id,
    );
  });
  afterAll(() => t.close());

  it('anonymous and unrelated callers see the supplier’s phone masked; its staff, its county admin and platform admins see it in full', async () => {
    const one = `query($id: ID!) { supplier(id: $id) { contactPhone } }`;
    const list = `{ suppliers(first: 100) { edges { node { id contactPhone } } } }`;
    const phoneFor = async (token?: string) =>
      (await t.gql<{ supplier: { contactPhone: string } }>(one, { id: supplierId }, token)).data?.supplier.contactPhone;
    expect(await phoneFor()).toBe('138****0004');
    const anonList = await t.gql<{ suppliers: { edges: { node: { id: string; contactPhone: string | null } }[] } }>(list);
    expect(anonList.data?.suppliers.edges.find((e) => e.node.id === supplierId)?.node.contactPhone).toBe('138****0004');
    expect(JSON.stringify(anonList.data)).not.toContain(PHONE);
    expect(await phoneFor(tokens.buyer)).toBe('138****0004');
    expect(await phoneFor(tokens.host)).toBe('138****0004');
    expect(await phoneFor(tokens.supplier)).toBe(PHONE);
    expect(await phoneFor(tokens['county-admin'])).toBe(PHONE);
    expect(await phoneFor(tokens.admin)).toBe(PHONE);
  });

  const REVEAL = `mutation($id: ID!, $reason: String!) { revealHousehold(id: $id, reason: $reason) { idNumber } }`;
  const reveals = async () =>
    (await t.db.query(`SELECT count(*)::int AS n FROM household_access_log WHERE action = 'reveal'`))[0].n as number;

  it('a reveal needs a reason of 2–200 characters; without one nothing is shown or logged', async () => {
    const before = await reveals();
    for (const [reason, message] of [
      ['  ', '请说明查看原因（至少 2 个字）'],
      ['查', '请说明查看原因（至少 2 个字）'],
      ['查'.repeat(201), '查看原因最多 200 个字'],
    ]) {
      const r = await t.gql(REVEAL, { id: households[0], reason }, tokens['county-admin']);
      expect(r.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
      expect(r.data).toBeNull();
    }
    expect(await reveals()).toBe(before);
  });

  it('reveals are limited to 20 per person per hour, counted in the database even when asked all at once', async () => {
    const [{ id: me }] = await t.db.query(`SELECT id FROM app_user WHERE username = 'county-admin'`);
    const already = (
      await t.db.query(`SELECT count(*)::int AS n FROM household_access_log WHERE user_id = $1 AND action = 'reveal'`, [me])
    )[0].n as number;
    const results = await Promise.all(
      households.slice(0, 25).map((id) => t.gql(REVEAL, { id, reason: '入户核查收入' }, tokens['county-admin'])),
    );
    const ok = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(ok).toHaveLength(20 - already);
    expect(new Set(refused.map((r) => r.errors![0].extensions?.code))).toEqual(new Set(['TOO_MANY_ATTEMPTS']));
    expect(refused[0].errors![0].message).toMatch(/^查看明文过于频繁：每人每小时最多 20 次，请 \d+ 分钟后再试$/);
    expect(
      (await t.db.query(`SELECT count(*)::int AS n FROM household_access_log WHERE user_id = $1 AND action = 'reveal'`, [me]))[0].n,
    ).toBe(20);
    // another person keeps their own allowance
    expect((await t.gql(REVEAL, { id: households[0], reason: '入户核查收入' }, tokens.admin)).errors).toBeUndefined();
  });

  const LOG = `query($county: String!, $first: Int, $after: String) { householdAccessLog(countyCode: $county, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id action householdNo userName detail createdAt } } } }`;
  type LogPage = {
    householdAccessLog: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: { id: string; action: string; householdNo: string | null; userName: string; detail: string } }[];
    };
  };

  it('the county admin and the county’s auditor read the access log page by page, newest first', async () => {
    const total = (await t.db.query(`SELECT count(*)::int AS n FROM household_access_log WHERE county_code = $1`, [FENXI]))[0].n as number;
    expect(total).toBeGreaterThan(10);
    for (const who of ['county-admin', 'auditor']) {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: { data?: LogPage | null } = await t.gql<LogPage>(LOG, { county: FENXI, first: 7, after }, tokens[who]);
        const conn = page.data!.householdAccessLog;
        expect(conn.totalCount).toBe(total);
        seen.push(...conn.edges.map((e) => e.node.id));
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
    }
    const first = (await t.gql<LogPage>(LOG, { county: FENXI, first: 1 }, tokens.auditor)).data!.householdAccessLog.edges[0].node;
    expect(first).toMatchObject({ action: 'reveal', userName: '平台管理员', detail: '入户核查收入' });
    expect(first.householdNo).toBeTruthy();
  });

  it('the auditor exports the log as XLSX, reads the county’s figures, and can change nothing nor read another county', async () => {
    const file = await t.gql<{ exportHouseholdAccessLog: { filename: string; contentBase64: string } }>(
      `query($c: String!) { exportHouseholdAccessLog(countyCode: $c) { filename contentBase64 } }`,
      { c: FENXI },
      tokens.auditor,
    );
    expect(file.data?.exportHouseholdAccessLog.filename).toBe(`household-access-${FENXI}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.data!.exportHouseholdAccessLog.contentBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).values).toEqual([undefined, '时间', '操作', '操作人', '户编号', '原因/内容', 'IP']);
    const total = (await t.db.query(`SELECT count(*)::int AS n FROM household_access_log WHERE county_code = $1`, [FENXI]))[0].n as number;
    expect(ws.rowCount).toBe(total + 1);
    expect(ws.getRow(2).getCell(2).value).toBe('查看明文');

    const report = await t.gql(`query($r: String!) { attributionReport(regionCode: $r) { households } }`, { r: FENXI }, tokens.auditor);
    expect(report.errors).toBeUndefined();
    const ranking = await t.gql(
      `query($r: String!) { jurisdictionRanking(regionCode: $r, year: 2026) { totalCount } }`,
      { r: FENXI },
      tokens.auditor,
    );
    expect(ranking.errors).toBeUndefined();
    const workbook = await t.gql(
      `mutation($r: String!) { exportAttributionReport(regionCode: $r) { filename } }`,
      { r: FENXI },
      tokens.auditor,
    );
    expect(workbook.errors).toBeUndefined();

    const before = (await t.db.query(`SELECT count(*)::int AS n FROM household_access_log`))[0].n as number;
    expect((await t.gql(REVEAL, { id: households[1], reason: '审计抽查' }, tokens.auditor)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (await t.gql(`query($c: String!) { households(countyCode: $c) { totalCount } }`, { c: FENXI }, tokens.auditor)).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect((await t.db.query(`SELECT count(*)::int AS n FROM household_access_log`))[0].n).toBe(before);
    const other = await t.gql(LOG, { county: JIAOCHENG }, tokens.auditor);
    expect(other.errors?.[0]).toMatchObject({ message: '您无权查看其他县的农户信息访问日志', extensions: { code: 'FORBIDDEN' } });
    expect((await t.gql(LOG, { county: FENXI }, tokens.buyer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(LOG, { county: FENXI })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('the access log pages through every entry exactly once, entries written within one millisecond too', async () => {
    const latest: string[] = (
      await t.db.query(`SELECT id FROM household_access_log WHERE county_code = $1 ORDER BY created_at DESC LIMIT 5`, [FENXI])
    ).map((r: { id: string }) => r.id);
    expect(latest).toHaveLength(5);
    // the log is append-only; the test restamps its newest entries as if they had been written within one millisecond
    await t.db.query(`ALTER TABLE household_access_log DISABLE TRIGGER household_access_log_append_only`);
    await sameMillisecond(t, 'household_access_log', latest);
    await t.db.query(`ALTER TABLE household_access_log ENABLE TRIGGER household_access_log_append_only`);
    const total = (await t.db.query(`SELECT count(*)::int AS n FROM household_access_log WHERE county_code = $1`, [FENXI]))[0].n as number;
    const ids = `query($county: String!, $first: Int, $after: String) { householdAccessLog(countyCode: $county, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
    const oneList = (await walkPages(t, ids, { county: FENXI }, tokens.auditor, 100)).ids;
    expect(oneList).toHaveLength(total);
    // newest first, ties by id: the five share a millisecond, so their microseconds decide (reverse id order)
    expect(oneList.filter((id) => latest.includes(id))).toEqual([...latest].sort());
    for (const first of [1, 2, 3]) {
      const walked = await walkPages(t, ids, { county: FENXI }, tokens['county-admin'], first);
      expect(walked.ids).toEqual(oneList);
      expect(walked.total).toBe(total);
    }
  });
  it('an export with more lines than one file holds is refused with the cap and no file; a shorter range exports whole', async () => {
    const EXPORT = `query($c: String!, $from: String, $to: String) {
      exportHouseholdAccessLog(countyCode: $c, from: $from, to: $to) { filename contentBase64 } }`;
    const lines = async (from: string | null, to: string | null) => {
      const r = await t.gql<{ exportHouseholdAccessLog: { filename: string; contentBase64: string } }>(
        EXPORT,
        { c: FENXI, from, to },
        tokens.auditor,
      );
      expect(r.errors).toBeUndefined();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(r.data!.exportHouseholdAccessLog.contentBase64, 'base64') as unknown as ArrayBuffer);
      return { filename: r.data!.exportHouseholdAccessLog.filename, rows: wb.worksheets[0].rowCount - 1 };
    };
    // three of the oldest entries were written in January (the log is append-only: restamped as the test's set-up)
    const old: string[] = (
      await t.db.query(`SELECT id FROM household_access_log WHERE county_code = $1 ORDER BY created_at LIMIT 3`, [FENXI])
    ).map((r: { id: string }) => r.id);
    await t.db.query(`ALTER TABLE household_access_log DISABLE TRIGGER household_access_log_append_only`);
    await t.db.query(`UPDATE household_access_log SET created_at = timestamptz '2026-01-15 09:30:00+08' WHERE id = ANY($1)`, [old]);
    await t.db.query(`ALTER TABLE household_access_log ENABLE TRIGGER household_access_log_append_only`);
    const total = (await t.db.query(`SELECT count(*)::int AS n FROM household_access_log WHERE county_code = $1`, [FENXI]))[0].n as number;
    const service = t.api.app.get(HouseholdAccessLogService);
    expect(service.exportMaxRows).toBe(50_000);
    expect((await lines(null, null)).rows).toBe(total);
    service.exportMaxRows = total - 1;
    try {
      const refused = await t.gql(EXPORT, { c: FENXI, from: null, to: null }, tokens.auditor);
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]).toMatchObject({
        message: `访问日志超过 ${total - 1} 条，超出一次导出的上限，未生成文件；请选择较短的日期范围分批导出`,
        extensions: { code: 'EXPORT_TOO_LARGE', field: 'from', limit: total - 1 },
      });
      // January alone fits: all of its lines, named in the file's name; and the rest of the year
      expect(await lines('2026-01-01', '2026-01-31')).toEqual({
        filename: `household-access-${FENXI}-2026-01-01_2026-01-31.xlsx`,
        rows: 3,
      });
      expect((await lines('2026-02-01', null)).rows).toBe(total - 3);
      service.exportMaxRows = 2;
      expect((await t.gql(EXPORT, { c: FENXI, from: '2026-01-01', to: '2026-01-31' }, tokens.auditor)).errors?.[0]).toMatchObject({
        message: '该日期范围内的访问日志超过 2 条，超出一次导出的上限，未生成文件；请选择较短的日期范围分批导出',
      });
    } finally {
      service.exportMaxRows = 50_000;
    }
    const backwards = await t.gql(EXPORT, { c: FENXI, from: '2026-02-01', to: '2026-01-01' }, tokens.auditor);
    expect(backwards.errors?.[0]).toMatchObject({ message: '开始日期不能晚于结束日期', extensions: { field: 'from' } });
    const notADay = await t.gql(EXPORT, { c: FENXI, from: '2026-02-30', to: null }, tokens.auditor);
    expect(notADay.errors?.[0]).toMatchObject({ message: '开始日期不是有效日期', extensions: { field: 'from' } });
  });

  it('the on-screen log lists the Shanghai days asked for, both included, paged, its total counting that range alone', async () => {
    // six reveals, restamped onto days around 10–12 March 2025 (the log is append-only: the test's set-up)
    for (const i of MARCH_STAMPS.keys()) {
      expect((await t.gql(REVEAL, { id: households[20 + i], reason: '三月抽查' }, tokens.admin)).errors).toBeUndefined();
    }
    const mine: string[] = (
      await t.db.query(`SELECT id FROM household_access_log WHERE county_code = $1 AND detail = '三月抽查' ORDER BY created_at`, [FENXI])
    ).map((r: { id: string }) => r.id);
    expect(mine).toHaveLength(MARCH_STAMPS.length);
    await restampLog(t, 'household_access_log', mine, MARCH_STAMPS);
    const all: { id: string; created_at: Date }[] = await t.db.query(
      `SELECT id, created_at FROM household_access_log WHERE county_code = $1 ORDER BY created_at DESC, id DESC`,
      [FENXI],
    );
    const expected = idsOnDays(all, MARCH_RANGE.from, MARCH_RANGE.to);
    expect(expected).toEqual([mine[4], mine[3], mine[2], mine[1]]);

    const LIST = `query($county: String!, $first: Int, $after: String, $from: String, $to: String) {
      householdAccessLog(countyCode: $county, first: $first, after: $after, from: $from, to: $to) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id detail } } } }`;
    const range = { county: FENXI, ...MARCH_RANGE };
    const firstPage = await t.gql<{ householdAccessLog: { totalCount: number; edges: { node: { id: string } }[] } }>(
      LIST,
      { ...range, first: 50 },
      tokens.auditor,
    );
    expect(firstPage.errors).toBeUndefined();
    expect(firstPage.data!.householdAccessLog.totalCount).toBe(expected.length);
    expect(firstPage.data!.householdAccessLog.edges.map((e) => e.node.id)).toEqual(expected);
    for (const first of [1, 3]) expect(await walkPages(t, LIST, range, tokens['county-admin'], first)).toEqual({ ids: expected, total: 4 });
    // one open end: from the 12th on is the 12th's two, the 13th's one and everything written since
    const since = await walkPages(t, LIST, { county: FENXI, from: '2025-03-12', to: null }, tokens.auditor, 50);
    expect(since.ids).toEqual(all.filter((r) => r.created_at >= new Date('2025-03-12T00:00:00+08:00')).map((r) => r.id));
    expect(since.total).toBe(since.ids.length);
    // without a range the list is the whole county's log, as before
    expect((await walkPages(t, LIST, { county: FENXI }, tokens.auditor, 100)).total).toBe(all.length);

    const backwards = await t.gql(LIST, { county: FENXI, from: '2025-03-12', to: '2025-03-10' }, tokens.auditor);
    expect(backwards.data).toBeNull();
    expect(backwards.errors?.[0]).toMatchObject({
      message: '开始日期不能晚于结束日期',
      extensions: { code: 'BAD_USER_INPUT', field: 'from' },
    });
    const badDay = await t.gql(LIST, { county: FENXI, from: null, to: '2025-02-29' }, tokens.auditor);
    expect(badDay.errors?.[0]).toMatchObject({ message: '结束日期不是有效日期', extensions: { field: 'to' } });
  });
});
