import { EventDispatcher, ORDER_EVENTS } from '@yigou/server/events';
import { QuotaCountingService } from '@yigou/server/quota';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { DemoIds, demoIds, OrderEventPlayer } from './quota-helpers';
import { shanghaiYear } from '@yigou/shared/time';

jest.setTimeout(60_000);

const YEAR = shanghaiYear(new Date());
const DASH = `query($unitId: ID!, $year: Int!) { unitQuotaDashboard(unitId: $unitId, year: $year) {
  targetFen orderedFen completedFen remainingFen rate daysLeft status
  rolledUp { unitCount orderedFen completedFen }
  months { month orderedFen completedFen }
  topProducts { name orderedFen } topSuppliers { name orderedFen }
  members { displayName orderedFen completedFen } } }`;

describe('quota counting from order events', () => {
  let t: TestApp;
  let ids: DemoIds;
  let player: OrderEventPlayer;
  let counting: QuotaCountingService;
  let unitAdmin: string;
  let pear: { id: string; supplierId: string };
  let school: string;

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    ids = await demoIds(t);
    player = new OrderEventPlayer(t);
    counting = t.api.app.get(QuotaCountingService);
    unitAdmin = await t.loginAs('unit-admin');
    pear = ids.products['玉露香梨'];
    school = ids.units['fenxi-no1-school'];
  });
  afterAll(() => t.close());

  const dashboard = async (unitId: string, token = unitAdmin) => {
    const r = await t.gql<{ unitQuotaDashboard: Record<string, unknown> & { rolledUp: Record<string, unknown> } }>(
      DASH,
      { unitId, year: YEAR },
      token,
    );
    if (!r.data?.unitQuotaDashboard) throw new Error(JSON.stringify(r.errors));
    return r.data.unitQuotaDashboard;
  };

  /** An order of 玉露香梨 counting for `unitId`, bought by the demo buyer unless told: each line its quantity, amount and certification. */
  const pearOrder = (
    unitId: string | null,
    lines: { quantity: number; amountFen: number; certified: boolean }[],
    buyerId = ids.users['buyer'],
  ) => player.order({ unitId, buyerId, supplierId: pear.supplierId, lines: lines.map((l) => ({ productId: pear.id, ...l })) });

  it('counts the ordered amount on paid and the completed amount on received, certified lines only, exactly once', async () => {
    const o = pearOrder(school, [
      { quantity: 2, amountFen: 13600, certified: true },
      { quantity: 1, amountFen: 5000, certified: false },
    ]);
    await player.emit(ORDER_EVENTS.paid, o.payload);
    await t.api.app.get(EventDispatcher).drain(); // a second round delivers nothing again
    let d = await dashboard(school);
    expect(d.orderedFen).toBe('13600');
    expect(d.completedFen).toBe('0');
    await player.emit(ORDER_EVENTS.received, o.payload);
    d = await dashboard(school);
    expect(d.completedFen).toBe('13600');
    expect(d.targetFen).toBe(String(210 * 30000));
    expect(d.remainingFen).toBe(String(210 * 30000 - 13600));
    expect(d.topProducts).toEqual([{ name: '玉露香梨', orderedFen: '13600' }]);
    expect(d.members).toEqual([{ displayName: expect.any(String), orderedFen: '13600', completedFen: '13600' }]);
    const rows = await counting.ledgerOfOrder(o.orderId);
    expect(rows.map((r) => [r.kind, r.amountFen])).toEqual([
      ['ordered', 13600],
      ['completed', 13600],
    ]);
  });

  it('a partial refund writes reversal rows pointing at what they reverse; a cancellation reverses the rest', async () => {
    const o = pearOrder(school, [{ quantity: 5, amountFen: 34000, certified: true }]);
    const before = await dashboard(school);
    await player.emit(ORDER_EVENTS.paid, o.payload);
    await player.emit(ORDER_EVENTS.received, o.payload);
    await player.emit(ORDER_EVENTS.refunded, {
      ...o.payload,
      lines: [{ ...o.lines[0], quantity: 1, amountFen: 6800 }],
      refundId: 'r1',
      refundFen: 6800,
    });
    const rows = await counting.ledgerOfOrder(o.orderId);
    expect(rows.map((r) => [r.kind, r.amountFen, r.reversesId ? rows.find((x) => x.id === r.reversesId)?.kind : null])).toEqual([
      ['ordered', 34000, null],
      ['completed', 34000, null],
      ['ordered', -6800, 'ordered'],
      ['completed', -6800, 'completed'],
    ]);
    const after = await dashboard(school);
    expect(Number(after.orderedFen) - Number(before.orderedFen)).toBe(34000 - 6800);
    expect(Number(after.completedFen) - Number(before.completedFen)).toBe(34000 - 6800);
    // a refund larger than what is left never reverses more than was counted
    await player.emit(ORDER_EVENTS.cancelled, o.payload);
    await player.emit(ORDER_EVENTS.refunded, { ...o.payload, refundId: 'r2', refundFen: 34000 });
    const final = await dashboard(school);
    expect(final.orderedFen).toBe(before.orderedFen);
    expect(final.completedFen).toBe(before.completedFen);
  });

  it('does not count an order of only non-certified products, nor one without a unit', async () => {
    const before = await dashboard(school);
    const o = pearOrder(school, [{ quantity: 1, amountFen: 9900, certified: false }]);
    await player.emit(ORDER_EVENTS.paid, o.payload);
    await player.emit(ORDER_EVENTS.received, o.payload);
    const n = pearOrder(null, [{ quantity: 1, amountFen: 9900, certified: true }]);
    await player.emit(ORDER_EVENTS.paid, n.payload);
    expect(await counting.ledgerOfOrder(o.orderId)).toEqual([]);
    const after = await dashboard(school);
    expect(after.orderedFen).toBe(before.orderedFen);
  });

  it('rolls subordinate units up into their parents (学校 → 教育局 → 县政府办)', async () => {
    const finance = await t.loginAs('finance');
    const education = ids.units['fenxi-education'];
    const gov = ids.units['fenxi-gov-office'];
    const school1 = await dashboard(school);
    const edu = await dashboard(education, finance);
    const top = await dashboard(gov, finance);
    expect(edu.orderedFen).toBe('0');
    expect(edu.rolledUp.orderedFen).toBe(school1.orderedFen);
    expect(edu.rolledUp.unitCount).toBe(2);
    expect(top.rolledUp.unitCount).toBe(6);
    expect(top.rolledUp.orderedFen).toBe(school1.orderedFen);
  });

  it('where the jurisdiction requires a rating, receipt alone does not complete; order.completed does', async () => {
    const finance = await t.loginAs('admin');
    const r = await t.gql(
      `mutation($input: QuotaYearSettingInput!) { setQuotaYearSetting(input: $input) { completionRequiresRating } }`,
      {
        input: {
          regionCode: '141122',
          year: YEAR,
          filingOpensAt: new Date(Date.UTC(YEAR, 0, 1)).toISOString(),
          filingClosesAt: new Date(Date.UTC(YEAR, 11, 31)).toISOString(),
          completionRequiresRating: true,
        },
      },
      finance,
    );
    expect(r.errors).toBeUndefined();
    const unit = ids.units['jiaocheng-agri'];
    const o = pearOrder(unit, [{ quantity: 1, amountFen: 4200, certified: true }]);
    await player.emit(ORDER_EVENTS.paid, o.payload);
    await player.emit(ORDER_EVENTS.received, o.payload);
    let d = await dashboard(unit, finance);
    expect([d.orderedFen, d.completedFen]).toEqual(['4200', '0']);
    await player.emit(ORDER_EVENTS.completed, o.payload);
    d = await dashboard(unit, finance);
    expect([d.orderedFen, d.completedFen]).toEqual(['4200', '4200']);
  });

  it('past orders keep counting for the unit they were bound to after the buyer leaves; their refunds reverse that unit', async () => {
    const o = pearOrder(school, [{ quantity: 3, amountFen: 20400, certified: true }]);
    await player.emit(ORDER_EVENTS.paid, o.payload);
    const before = await dashboard(school);
    const buyer = await t.loginAs('buyer');
    const left = await t.gql(`mutation { leaveUnit }`, {}, buyer);
    expect(left.errors).toBeUndefined();
    expect((await dashboard(school)).orderedFen).toBe(before.orderedFen);
    // the refund arrives after leaving (the event no longer names a unit): it still reverses the school
    await player.emit(ORDER_EVENTS.refunded, { ...o.payload, unitId: null, refundId: 'r3', refundFen: 20400 });
    expect(Number((await dashboard(school)).orderedFen)).toBe(Number(before.orderedFen) - 20400);
  });

  it('the dashboard’s monthly trend, top products and members equal the unit’s ledger rows summed here, after paid → received → refunded', async () => {
    const o = pearOrder(school, [{ quantity: 3, amountFen: 20400, certified: true }], ids.users['purchaser'] ?? ids.users['buyer']);
    await player.emit(ORDER_EVENTS.paid, o.payload);
    await player.emit(ORDER_EVENTS.received, o.payload);
    await player.emit(ORDER_EVENTS.refunded, {
      ...o.payload,
      lines: [{ ...o.lines[0], quantity: 1, amountFen: 6800 }],
      refundId: 'r-dash',
      refundFen: 6800,
    });
    const d = await dashboard(school);
    const sum = (rows: { kind: string; amount_fen: string }[], kind: string) =>
      rows.filter((r) => r.kind === kind).reduce((a, r) => a + Number(r.amount_fen), 0);
    const ledger: { kind: string; amount_fen: string; product_id: string; buyer_id: string; month: number }[] = await t.db.query(
      `SELECT kind, amount_fen, product_id, buyer_id, extract(month FROM occurred_at AT TIME ZONE 'Asia/Shanghai')::int AS month FROM quota_ledger WHERE unit_id = $1 AND year = $2`,
      [school, YEAR],
    );
    expect(ledger.length).toBeGreaterThan(3);
    const months = Array.from({ length: 12 }, (_, i) => {
      const rows = ledger.filter((r) => r.month === i + 1);
      return { month: i + 1, orderedFen: String(sum(rows, 'ordered')), completedFen: String(sum(rows, 'completed')) };
    });
    expect(d.months).toEqual(months);
    expect(d.orderedFen).toBe(String(sum(ledger, 'ordered')));
    expect(d.topProducts).toEqual([
      {
        name: '玉露香梨',
        orderedFen: String(
          sum(
            ledger.filter((r) => r.product_id === pear.id),
            'ordered',
          ),
        ),
      },
    ]);
    const buyers = [...new Set(ledger.map((r) => r.buyer_id))];
    const members = buyers
      .map((b) => ({
        orderedFen: sum(
          ledger.filter((r) => r.buyer_id === b),
          'ordered',
        ),
        completedFen: sum(
          ledger.filter((r) => r.buyer_id === b),
          'completed',
        ),
      }))
      .sort((a, b) => b.orderedFen - a.orderedFen);
    expect(
      (d.members as { orderedFen: string; completedFen: string }[]).map((m) => ({
        orderedFen: Number(m.orderedFen),
        completedFen: Number(m.completedFen),
      })),
    ).toEqual(members);
  });

  it('the ledger index the dashboard reads carries its columns (the migration, which the entity cannot declare), so a unit’s rows are an index-only scan', async () => {
    const [{ indexdef }] = await t.db.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'quota_ledger_unit_year_idx'`);
    expect(indexdef).toMatch(/\(unit_id, year, occurred_at\) INCLUDE \(kind, amount_fen, product_id, supplier_id, buyer_id\)/);
  });

  it('rebuilding the totals from the order events gives the ledger and the running totals to the fen', async () => {
    const rebuilt = await counting.rebuildUnitTotals();
    const ledger = await counting.ledgerTotals();
    const running: { unit_id: string; year: number; ordered_fen: string; completed_fen: string }[] =
      await t.db.query(`SELECT * FROM quota_unit_total`);
    const runningMap = new Map(
      running.map((r) => [`${r.unit_id}:${r.year}`, { orderedFen: Number(r.ordered_fen), completedFen: Number(r.completed_fen) }]),
    );
    expect(rebuilt.size).toBeGreaterThan(1);
    expect(Object.fromEntries(rebuilt)).toEqual(Object.fromEntries(ledger));
    expect(Object.fromEntries(runningMap)).toEqual(Object.fromEntries(ledger));
  });

  it('the ledger is append-only: updates and deletes are refused by the database', async () => {
    await expect(t.db.query(`UPDATE quota_ledger SET amount_fen = 1`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM quota_ledger`)).rejects.toThrow(/append-only/);
  });
});
