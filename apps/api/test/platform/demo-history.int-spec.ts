import { DataSource } from 'typeorm';
import { DemoHistoryLoader } from '@yigou/server/demo-data';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { loadDemoData } from '../../src/bootstrap/demo-accounts';
import { shanghaiYear } from '@yigou/shared/time';

jest.setTimeout(240_000);

const REPORT = `query($regionCode: String!, $year: Int) { attributionReport(regionCode: $regionCode, year: $year) { year totalFen households byMonth { key amountFen } } }`;
const RANKING = `query($regionCode: String!, $year: Int!) { jurisdictionRanking(regionCode: $regionCode, year: $year, first: 50) { totalCount rows { name orderedFen completedFen rank } } }`;
const RECONCILE = `mutation { runReconciliation { clean differenceCount ordersChecked differences { figure } } }`;

// `npm start`'s demo data with a year of orders, loaded through the real order paths into the suite's fresh database
// (the template holds the demo catalogue and accounts, and no order: the history is off under NODE_ENV=test).
describe('demo data with a year of history', () => {
  let t: TestApp;
  let db: DataSource;
  let loadMs = 0;
  let loadedAt = new Date();

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    db = t.db;
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM shop_order`);
    expect(n).toBe(0);
    const started = Date.now();
    loadedAt = new Date();
    const { result, queries } = await t.countQueries(() => t.api.app.get(DemoHistoryLoader).loadOnce(loadedAt));
    loadMs = Date.now() - started;
    expect(result?.refused).toEqual([]);
    console.log(`demo history loaded in ${loadMs} ms with ${queries} SQL statements: ${JSON.stringify(result)}`);
  });
  afterAll(() => t.close());

  it('places a year of orders through every path: paid, shipped, received (some automatically), rated, cancelled, refunded, re-bound, live', async () => {
    const [facts] = await db.query(`
      SELECT count(*)::int AS orders,
             count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
             count(*) FILTER (WHERE payment_term = 'ship_first')::int AS ship_first,
             count(*) FILTER (WHERE live_session_id IS NOT NULL)::int AS live,
             count(*) FILTER (WHERE rating IS NOT NULL)::int AS rated,
             count(DISTINCT to_char(created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'))::int AS months
        FROM shop_order`);
    expect(facts.orders).toBeGreaterThan(150);
    expect(facts.cancelled).toBeGreaterThan(0);
    expect(facts.ship_first).toBeGreaterThan(0);
    expect(facts.live).toBeGreaterThan(0);
    expect(facts.rated).toBeGreaterThan(0);
    expect(facts.months).toBeGreaterThanOrEqual(12); // 13 in a month's first days
    const actions: { action: string; n: number }[] = await db.query(
      `SELECT action, count(*)::int AS n FROM order_transition GROUP BY action`,
    );
    const has = (a: string) => (actions.find((x) => x.action === a)?.n ?? 0) > 0;
    for (const a of ['place', 'pay', 'ship', 'receive', 'auto_receive', 'complete', 'cancel', 'expire', 'rebind'])
      expect([a, has(a)]).toEqual([a, true]);
    const [refunds] = await db.query(
      `SELECT count(*)::int AS n, count(DISTINCT order_id)::int AS orders FROM refund WHERE status = 'succeeded'`,
    );
    expect(refunds.n).toBeGreaterThan(3);
    const [ended] = await db.query(
      `SELECT count(*)::int AS n FROM live_session WHERE status = 'ended' AND ended_at < now() - interval '7 days'`,
    );
    expect(ended.n).toBeGreaterThan(5);
    // every event was delivered
    const [lag] = await db.query(`SELECT count(*)::int AS n FROM event_dead_letter`);
    expect(lag.n).toBe(0);
    expect(loadMs).toBeGreaterThan(0);
  });

  it('the county report shows twelve months of households’ income, the ranking figures, and reconciliation is clean', async () => {
    const county = await t.loginAs('county-admin');
    const now = new Date();
    const months = new Map<string, number>();
    for (const year of [shanghaiYear(now) - 1, shanghaiYear(now)]) {
      const r = await t.gql<{ attributionReport: { totalFen: string; byMonth: { key: string; amountFen: string }[] } }>(
        REPORT,
        { regionCode: '141034', year },
        county,
      );
      expect(r.errors).toBeUndefined();
      for (const m of r.data!.attributionReport.byMonth) if (Number(m.amountFen) > 0) months.set(`${year}-${m.key}`, Number(m.amountFen));
    }
    expect(months.size).toBeGreaterThanOrEqual(12);

    const finance = await t.loginAs('finance');
    const ranking = await t.gql<{
      jurisdictionRanking: { rows: { name: string; orderedFen: string; completedFen: string; rank: number }[] };
    }>(RANKING, { regionCode: '141034', year: shanghaiYear(now) }, finance);
    expect(ranking.errors).toBeUndefined();
    const rows = ranking.data!.jurisdictionRanking.rows;
    expect(rows.filter((r) => Number(r.completedFen) > 0).length).toBeGreaterThanOrEqual(3);

    const admin = await t.loginAs('admin');
    const rec = await t.gql<{
      runReconciliation: { clean: boolean; differenceCount: number; ordersChecked: number; differences: unknown[] };
    }>(RECONCILE, {}, admin);
    expect(rec.errors).toBeUndefined();
    expect(rec.data!.runReconciliation.differences).toEqual([]);
    expect(rec.data!.runReconciliation).toMatchObject({ clean: true, differenceCount: 0 });
    expect(rec.data!.runReconciliation.ordersChecked).toBeGreaterThan(150);
  });

  it('is deterministic: a second fresh database gets the same orders, dates, amounts and outcomes', async () => {
    // every order with its dates, amounts, outcome, unit, supplier, timeline and lines, in a stable order
    const fingerprint = async (d: DataSource): Promise<string[]> => {
      const rows: { r: string }[] = await d.query(`
        SELECT concat_ws('|', o.created_at, o.status, o.payment_term, o.total_fen, o.paid_fen, o.refunded_fen, o.rating, u.demo_key, s.demo_key, o.live_session_id IS NOT NULL,
                         (SELECT string_agg(concat_ws(':', t.action, t.created_at), ',' ORDER BY t.created_at, t.id) FROM order_transition t WHERE t.order_id = o.id),
                         (SELECT string_agg(concat_ws(':', l.product_name, l.quantity, l.amount_fen, l.refunded_quantity), ',' ORDER BY l.product_name) FROM order_line l WHERE l.order_id = o.id)) AS r
          FROM shop_order o JOIN supplier s ON s.id = o.supplier_id LEFT JOIN work_unit u ON u.id = o.unit_id
         ORDER BY r`);
      return rows.map((x) => x.r);
    };
    const other = await createTestApp({ eventsAutoDeliver: false });
    try {
      // at the same moment: the history is laid out backwards from it
      await other.api.app.get(DemoHistoryLoader).loadOnce(loadedAt);
      const a = await fingerprint(db);
      expect(a.length).toBeGreaterThan(150);
      expect(await fingerprint(other.db)).toEqual(a);
    } finally {
      await other.close();
    }
  });

  it('is loaded once: a second start adds nothing', async () => {
    const [before] = await db.query(`SELECT count(*)::int AS n FROM shop_order`);
    expect(await t.api.app.get(DemoHistoryLoader).loadOnce()).toBeNull();
    await loadDemoData(t.api.app, { history: true });
    const [after] = await db.query(`SELECT count(*)::int AS n FROM shop_order`);
    expect(after.n).toBe(before.n);
  });
});
