import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { NightlyReconciliationJob } from '@yigou/server/reconciliation';
import { LifecycleDriver } from './lifecycle-driver';

jest.setTimeout(120_000);

describe('reconciliation from orders alone', () => {
  let d: LifecycleDriver;

  beforeAll(async () => {
    d = await LifecycleDriver.start();
  });
  afterAll(() => d.close());

  /** A bank order of insoles (certified, attributed per pair), paid, shipped and received. */
  const completedOrder = async () => {
    const o = await d.place('purchaser', [{ sku: 'insoles', quantity: 3 }], { method: 'bank_transfer' });
    await d.payByTransfer(o, Number(o.totalFen));
    d.tick(30);
    await d.ship(o.id);
    d.tick(30);
    await d.receive(o.id, 'purchaser');
    await d.deliver();
    return o;
  };

  /** Edits an append-only ledger behind the application's back (its guard trigger off for the statement), as corruption would. */
  const tamper = (sql: string, params: unknown[]) =>
    d.t.db.transaction(async (em) => {
      await em.query(`ALTER TABLE quota_ledger DISABLE TRIGGER USER`);
      await em.query(sql, params);
      await em.query(`ALTER TABLE quota_ledger ENABLE TRIGGER USER`);
    });

  it('is clean after a paid, shipped and received order, and says so on the county dashboard', async () => {
    const o = await completedOrder();
    const run = await d.reconcile();
    expect(run.differences).toEqual([]);
    expect(run.clean).toBe(true);
    const county = await d.t.loginAs('county-admin');
    const status = await d.t.gql<{ reconciliationStatus: { clean: boolean; differenceCount: number; ranAt: string } }>(
      `{ reconciliationStatus { clean differenceCount ranAt } }`,
      {},
      county,
    );
    expect(status.data!.reconciliationStatus).toMatchObject({ clean: true, differenceCount: 0 });
    // the county sees only the status, not the platform's order numbers
    expect((await d.t.gql(`{ lastReconciliation { differences { orderNos } } }`, {}, county)).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect(o.orderNo).toMatch(/^YG/);
  });

  it('reports a corrupted quota ledger row as that exact difference, with the order number', async () => {
    d.now = new Date('2027-03-10T10:00:00+08:00');
    const o = await completedOrder();
    const amount = 3 * d.skus.insoles.priceFen;
    await tamper(`UPDATE quota_ledger SET amount_fen = amount_fen + 100 WHERE order_id = $1 AND kind = 'completed'`, [o.id]);
    const run = await d.reconcile();
    expect(run.clean).toBe(false);
    expect(run.differences).toEqual([
      {
        area: 'quota',
        figure: 'completed',
        subjectName: '汾西县第一中学',
        year: 2027,
        month: '2027-03',
        expected: String(amount),
        recorded: String(amount + 100),
        orderNos: [o.orderNo],
      },
      // and the unit's running total no longer matches its own ledger
      expect.objectContaining({
        area: 'quota_total',
        figure: 'completed',
        subjectName: '汾西县第一中学',
        year: 2027,
        expected: expect.any(String),
        recorded: expect.any(String),
        orderNos: [],
      }),
    ]);
    const [total] = run.differences.slice(1);
    expect(Number(total.expected) - Number(total.recorded)).toBe(100);
    await tamper(`UPDATE quota_ledger SET amount_fen = amount_fen - 100 WHERE order_id = $1 AND kind = 'completed'`, [o.id]);
    expect((await d.reconcile()).differences).toEqual([]);
  });

  it('reports a corrupted live-session ledger row with the session and the order number', async () => {
    const live = await d.liveSession();
    const o = await d.place('purchaser', [{ sku: 'pear', quantity: 2 }], {
      method: 'bank_transfer',
      liveSessionId: live.sessionId,
      livePriceFen: live.livePriceFen,
    });
    await d.payByTransfer(o, Number(o.totalFen));
    await d.deliver();
    await d.t.db.query(`UPDATE live_order_entry SET sales_delta_fen = sales_delta_fen - 1 WHERE order_id = $1`, [o.id]);
    const run = await d.reconcile();
    expect(run.differences).toEqual([
      {
        area: 'live',
        figure: 'sales',
        subjectName: expect.any(String),
        year: null,
        month: null,
        expected: o.totalFen,
        recorded: String(Number(o.totalFen) - 1),
        orderNos: [o.orderNo],
      },
    ]);
    await d.t.db.query(`UPDATE live_order_entry SET sales_delta_fen = sales_delta_fen + 1 WHERE order_id = $1`, [o.id]);
  });

  it('reports a household attribution the ledger lacks, with the order number', async () => {
    const o = await completedOrder();
    // the line's last movement, and the first household of its split with its part (the whole line counts)
    const [row]: { id: string; household_id: string; amount_fen: string; year: number }[] = await d.t.db.query(
      `SELECT m.id, s.part_household_ids[1] AS household_id, s.part_fen[1] AS amount_fen, m.year
         FROM attribution_movement m JOIN attribution_line l ON l.line_id = m.line_id JOIN attribution_split s ON s.digest = l.split_digest
        WHERE m.order_id = $1 AND m.target_after_fen = l.attributable_fen ORDER BY m.id DESC LIMIT 1`,
      [o.id],
    );
    expect(row).toBeDefined();
    // the ledger is append-only: a forged movement taking the line's target back to 0 is how its amounts go missing
    await d.t.db.query(
      `INSERT INTO attribution_movement (event_id, event_type, order_id, order_no, line_id, supplier_id, product_id, unit_id, live_session_id, rule_id, target_before_fen, target_after_fen, year, month, occurred_at)
       SELECT -1, 'forged', order_id, order_no, line_id, supplier_id, product_id, unit_id, live_session_id, rule_id, target_after_fen, 0, year, month, occurred_at
         FROM attribution_movement WHERE id = $1`,
      [row.id],
    );
    const [{ household_no }] = await d.t.db.query(`SELECT household_no FROM household WHERE id = $1`, [row.household_id]);
    const run = await d.reconcile();
    expect(run.differences).toContainEqual(
      expect.objectContaining({
        area: 'attribution',
        figure: 'attributed',
        subjectName: household_no,
        year: row.year,
        orderNos: [o.orderNo],
      }),
    );
    const diff = run.differences.find((x) => x.area === 'attribution' && x.subjectName === household_no)!;
    expect(Number(diff.expected) - Number(diff.recorded)).toBe(Number(row.amount_fen));
  });

  it('npm run reconcile prints the differences with order numbers and exits non-zero; the nightly job runs once a Shanghai day', async () => {
    const cli = promisify(execFile)('npm', ['run', '--silent', 'reconcile'], {
      env: { ...process.env, DATABASE_URL: d.t.api.databaseUrl, NODE_ENV: 'test', LOG_LEVEL: 'error' },
      cwd: process.cwd(),
    });
    const failed = await cli.then(
      () => null,
      (e: { code: number; stdout: string }) => e,
    );
    expect(failed).not.toBeNull();
    expect(failed!.code).toBe(1);
    expect(failed!.stdout).toMatch(/对账完成：检查订单 \d+ 笔，差异 \d+ 处/);
    expect(failed!.stdout).toMatch(/归因台账 .*（订单 YG\d+/);

    const job = d.t.api.app.get(NightlyReconciliationJob);
    expect(await job.runIfDue(new Date('2027-03-11T01:30:00+08:00'))).toBeNull(); // before 02:00 Shanghai
    const run = await job.runIfDue(new Date('2027-03-11T02:30:00+08:00'));
    expect(run).toMatchObject({ trigger: 'nightly', clean: false });
    expect(await job.runIfDue(new Date('2027-03-11T23:00:00+08:00'))).toBeNull(); // once a day
    const admin = await d.t.gql<{ lastReconciliation: { trigger: string; differenceCount: number } }>(
      `{ lastReconciliation { trigger differenceCount } }`,
      {},
      d.tokens.admin,
    );
    expect(admin.data!.lastReconciliation.trigger).toBe('nightly');
  });
});
