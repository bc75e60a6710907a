import { LINE_MOVEMENTS } from '@yigou/server/attribution';
import { EventDispatcher } from '@yigou/server/events';
import { QuotaCountingService } from '@yigou/server/quota';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { splitLargestRemainder } from '@yigou/shared/money';
import { liveSessionWithPear, liveUnionOrder } from '../livestream/live-fixtures';
import { addAddress, line, PLACE, PlacedOrder, Sku, skuOf } from '../orders/order-helpers';
import { shanghaiYear } from '@yigou/shared/time';

jest.setTimeout(120_000);

const FENXI = '141034';
const YEAR = shanghaiYear();
/** 玉露香梨 5kg: the demo rule gives its linked households 18.00 yuan per box. */
const PER_BOX = 1800;

const DASH = `query($u: ID!, $y: Int!) { unitQuotaDashboard(unitId: $u, year: $y) { orderedFen completedFen months { month orderedFen completedFen } } }`;
const REPORT = `query($r: String!, $y: Int) { attributionReport(regionCode: $r, year: $y) { totalFen byUnit { key amountFen } byMonth { key amountFen } } }`;
const RANKING = `query($r: String!, $y: Int!) { jurisdictionRanking(regionCode: $r, year: $y, first: 100) { rows { unitId orderedFen completedFen } } }`;
const SESSION = `query($id: ID!) { liveSessionReport(sessionId: $id) { orders items paidSalesFen pendingSalesFen buyers } }`;

interface Quota {
  ordered: number;
  completed: number;
  months: Map<number, { ordered: number; completed: number }>;
}
interface Attribution {
  total: number;
  byUnit: Map<string, number>;
  byMonth: Map<string, number>;
}

/**
 * Every order path of the counting rule (docs/counting.md), driven through the
 * real API as the buyer (a unit purchaser), the supplier, platform finance and
 * the platform admin; the unit dashboards, the county attribution report and
 * the live-session report must show the exact fen figures.
 */
describe('the counting rule on every order path', () => {
  let t: TestApp;
  let purchaser: string;
  let supplier: string;
  let admin: string;
  let finance: string;
  let county: string;
  let host: string;
  let address: string;
  let pear: Sku;
  let school: string;
  let education: string;

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    [purchaser, supplier, admin, finance, county, host] = await Promise.all(
      ['purchaser', 'supplier', 'admin', 'finance', 'county-admin', 'host'].map((l) => t.loginAs(l)),
    );
    address = await addAddress(t, purchaser);
    pear = await skuOf(t, 'yulu-pear-5kg');
    [{ id: school }] = await t.db.query(`SELECT id FROM work_unit WHERE demo_key = 'fenxi-no1-school'`);
    [{ id: education }] = await t.db.query(`SELECT parent_id AS id FROM work_unit WHERE id = $1`, [school]);
  });
  afterAll(() => t.close());

  const deliver = () => t.api.app.get(EventDispatcher).drain();
  const ok = <T>(r: { data?: T | null; errors?: unknown }): T => {
    if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };

  const placeOrder = async (quantity: number, extra: Record<string, unknown> = {}, token = purchaser): Promise<PlacedOrder> => {
    const r = await t.gql<{ placeOrder: PlacedOrder[] }>(
      PLACE,
      { input: { lines: [line(pear, quantity)], addressId: address, paymentMethod: 'bank_transfer', purpose: 'canteen', ...extra } },
      token,
    );
    return ok(r).placeOrder[0];
  };
  let txn = 0;
  const payByTransfer = async (o: PlacedOrder, token = admin) => {
    const rec = await t.gql<{ recordBankTransfer: { id: string } }>(
      `mutation($input: RecordTransferInput!) { recordBankTransfer(input: $input) { id } }`,
      {
        input: {
          bankTxnNo: `TXN-COUNT-${Date.now()}-${++txn}`,
          payerName: '汾西县第一中学',
          amountFen: o.totalFen,
          memo: o.remittanceRef,
          receivedAt: new Date().toISOString(),
        },
      },
      token,
    );
    const id = ok(rec).recordBankTransfer.id;
    ok(
      await t.gql(
        `mutation($id: ID!, $a: [TransferAllocationInput!]!) { matchBankTransfer(transferId: $id, allocations: $a) { matchedFen } }`,
        { id, a: [{ orderId: o.id, amountFen: o.totalFen }] },
        token,
      ),
    );
  };
  const ship = async (o: PlacedOrder, token = supplier) =>
    ok(
      await t.gql(
        `mutation($i: ShipOrderInput!) { shipOrder(input: $i) { status } }`,
        { i: { orderId: o.id, carrier: '顺丰速运', trackingNo: `SF${Date.now()}` } },
        token,
      ),
    );
  const receive = async (o: PlacedOrder, token = purchaser) =>
    ok(await t.gql(`mutation($id: ID!) { confirmReceipt(orderId: $id) { status } }`, { id: o.id }, token));
  const refund = async (o: PlacedOrder, quantity: number, restock = false, token = admin) =>
    ok(
      await t.gql(
        `mutation($i: RefundOrderInput!) { refundOrder(input: $i) { amountFen status } }`,
        { i: { orderId: o.id, lines: [{ lineId: o.lines[0].id, quantity }], restock, reason: '退货' } },
        token,
      ),
    );

  const quota = async (unitId: string, year = YEAR, token = finance): Promise<Quota> => {
    const d = ok(
      await t.gql<{
        unitQuotaDashboard: {
          orderedFen: string;
          completedFen: string;
          months: { month: number; orderedFen: string; completedFen: string }[];
        };
      }>(DASH, { u: unitId, y: year }, token),
    ).unitQuotaDashboard;
    return {
      ordered: Number(d.orderedFen),
      completed: Number(d.completedFen),
      months: new Map(d.months.map((m) => [m.month, { ordered: Number(m.orderedFen), completed: Number(m.completedFen) }])),
    };
  };
  const attribution = async (year = YEAR, token = county): Promise<Attribution> => {
    const r = ok(
      await t.gql<{
        attributionReport: {
          totalFen: string;
          byUnit: { key: string; amountFen: string }[];
          byMonth: { key: string; amountFen: string }[];
        };
      }>(REPORT, { r: FENXI, y: year }, token),
    ).attributionReport;
    return {
      total: Number(r.totalFen),
      byUnit: new Map(r.byUnit.map((u) => [u.key, Number(u.amountFen)])),
      byMonth: new Map(r.byMonth.map((m) => [m.key, Number(m.amountFen)])),
    };
  };
  /** The finance reviewer's ranking of the county: each unit's ordered and completed figures. */
  const ranking = async (year = YEAR, token = finance): Promise<Map<string, { ordered: number; completed: number }>> => {
    const rows = ok(
      await t.gql<{ jurisdictionRanking: { rows: { unitId: string; orderedFen: string; completedFen: string }[] } }>(
        RANKING,
        { r: FENXI, y: year },
        token,
      ),
    ).jurisdictionRanking.rows;
    return new Map(rows.map((r) => [r.unitId, { ordered: Number(r.orderedFen), completed: Number(r.completedFen) }]));
  };
  /** Figures now minus figures before, for a unit's quota and the county's attribution. */
  const quotaDelta = (a: Quota, b: Quota) => ({ ordered: b.ordered - a.ordered, completed: b.completed - a.completed });
  const attrDelta = (a: Attribution, b: Attribution, unitId: string) => ({
    total: b.total - a.total,
    unit: (b.byUnit.get(unitId) ?? 0) - (a.byUnit.get(unitId) ?? 0),
  });

  it('an approved re-binding moves the whole ordered and completed amount to the new unit, in quota and in attribution', async () => {
    const o = await placeOrder(2);
    const amount = Number(o.itemsFen);
    await payByTransfer(o);
    await ship(o);
    await receive(o);
    await deliver();
    const [s0, e0, a0, r0] = [await quota(school), await quota(education), await attribution(), await ranking()];
    const req = await t.gql<{ requestBindingChange: { id: string } }>(
      `mutation($o: ID!, $u: ID!) { requestBindingChange(orderId: $o, toUnitId: $u, reason: "食堂由教育局统一结算") { id } }`,
      { o: o.id, u: education },
      purchaser,
    );
    ok(
      await t.gql(
        `mutation($id: ID!) { decideBindingChange(requestId: $id, approve: true) { status } }`,
        { id: ok(req).requestBindingChange.id },
        admin,
      ),
    );
    await deliver();
    const [s1, e1, a1, r1] = [await quota(school), await quota(education), await attribution(), await ranking()];
    expect(quotaDelta(s0, s1)).toEqual({ ordered: -amount, completed: -amount });
    expect(quotaDelta(e0, e1)).toEqual({ ordered: amount, completed: amount });
    expect(attrDelta(a0, a1, school)).toEqual({ total: 0, unit: -2 * PER_BOX });
    expect(attrDelta(a0, a1, education)).toEqual({ total: 0, unit: 2 * PER_BOX });
    // the county ranking reads the same running totals
    expect(r1.get(school)!.completed - r0.get(school)!.completed).toBe(-amount);
    expect(r1.get(education)!.completed - r0.get(education)!.completed).toBe(amount);
    expect(r1.get(education)!.ordered - r0.get(education)!.ordered).toBe(amount);
    // delivering again moves nothing twice
    await deliver();
    expect(await quota(education)).toEqual(e1);
  });

  it('a ship-first order received before it is paid counts as completed once the transfer arrives; unpaid, it reaches no household', async () => {
    const [q0, a0] = [await quota(school), await attribution()];
    const o = await placeOrder(3, { paymentTerm: 'ship_first' });
    const amount = Number(o.itemsFen);
    await ship(o);
    await receive(o);
    await deliver();
    const [q1, a1] = [await quota(school), await attribution()];
    expect(quotaDelta(q0, q1)).toEqual({ ordered: 0, completed: 0 });
    expect(attrDelta(a0, a1, school)).toEqual({ total: 0, unit: 0 });
    await payByTransfer(o);
    await deliver();
    const [q2, a2] = [await quota(school), await attribution()];
    expect(quotaDelta(q0, q2)).toEqual({ ordered: amount, completed: amount });
    expect(attrDelta(a0, a2, school)).toEqual({ total: 3 * PER_BOX, unit: 3 * PER_BOX });
  });

  it('a refund before receipt is not attributed at receipt: attribution splits exactly the amount quota counts', async () => {
    // one linked household's page: its share by docs/counting.md — 36.00 yuan split by link weight, then the counted half of that split
    const links: { household_id: string; weight: string }[] = await t.db.query(
      `SELECT l.household_id, sum(l.weight)::text AS weight FROM benefit_link l JOIN product p ON p.id = l.product_id WHERE p.demo_key = 'yulu-pear-5kg' GROUP BY l.household_id ORDER BY l.household_id`,
    );
    // numeric(14,4) prints four decimals: the digits are the weight in 1/10,000ths, exactly
    const scaled = links.map((l) => BigInt(l.weight.replace('.', '')));
    const full = splitLargestRemainder(2 * PER_BOX, scaled);
    const kept = splitLargestRemainder(PER_BOX, full);
    const k = kept.indexOf(Math.max(...kept));
    const household = links[k].household_id;
    const income = async () =>
      Number(
        ok(
          await t.gql<{ householdIncome: { attributedFen: string } }>(
            `query($id: ID!, $y: Int) { householdIncome(id: $id, year: $y) { attributedFen } }`,
            { id: household, y: YEAR },
            county,
          ),
        ).householdIncome.attributedFen,
      );
    const h0 = await income();
    const [q0, a0] = [await quota(school), await attribution()];
    const o = await placeOrder(2);
    await payByTransfer(o);
    await refund(o, 1);
    await ship(o);
    await receive(o);
    await deliver();
    const [q1, a1] = [await quota(school), await attribution()];
    expect(quotaDelta(q0, q1)).toEqual({ ordered: pear.priceFen, completed: pear.priceFen });
    expect(attrDelta(a0, a1, school)).toEqual({ total: PER_BOX, unit: PER_BOX });
    expect(kept[k]).toBeGreaterThan(0);
    expect((await income()) - h0).toBe(kept[k]);
  });

  it('a refund after receipt reduces quota and attribution by the refunded part, exactly', async () => {
    const o = await placeOrder(3);
    await payByTransfer(o);
    await ship(o);
    await receive(o);
    await deliver();
    const [q0, a0] = [await quota(school), await attribution()];
    await refund(o, 1);
    await deliver();
    const [q1, a1] = [await quota(school), await attribution()];
    expect(quotaDelta(q0, q1)).toEqual({ ordered: -pear.priceFen, completed: -pear.priceFen });
    expect(attrDelta(a0, a1, school)).toEqual({ total: -PER_BOX, unit: -PER_BOX });
  });

  it('a January refund of a December order shows in January of the new year, in the unit trend and in the attribution months', async () => {
    const decYear = YEAR;
    const janYear = YEAR + 1;
    const clock = (iso: string) =>
      jest.useFakeTimers({
        now: new Date(iso),
        doNotFake: [
          'nextTick',
          'setImmediate',
          'clearImmediate',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
          'queueMicrotask',
          'hrtime',
          'performance',
        ],
      });
    try {
      clock(`${decYear}-12-20T10:00:00+08:00`);
      const [buyer, desk, ship1, fin, office] = await Promise.all(
        ['purchaser', 'admin', 'supplier', 'finance', 'county-admin'].map((l) => t.loginAs(l)),
      );
      const [d0, a0] = [await quota(school, decYear, fin), await attribution(decYear, office)];
      const o = await placeOrder(2, {}, buyer);
      await payByTransfer(o, desk);
      await ship(o, ship1);
      await receive(o, buyer);
      await deliver();
      clock(`${janYear}-01-05T10:00:00+08:00`);
      const [desk2, fin2, office2] = await Promise.all(['admin', 'finance', 'county-admin'].map((l) => t.loginAs(l)));
      const [j0, b0] = [await quota(school, janYear, fin2), await attribution(janYear, office2)];
      await refund(o, 1, false, desk2);
      await deliver();
      const [d1, a1, j1, b1] = [
        await quota(school, decYear, fin2),
        await attribution(decYear, office2),
        await quota(school, janYear, fin2),
        await attribution(janYear, office2),
      ];
      // December keeps what counted then
      expect(quotaDelta(d0, d1)).toEqual({ ordered: 2 * pear.priceFen, completed: 2 * pear.priceFen });
      expect((d1.months.get(12)?.completed ?? 0) - (d0.months.get(12)?.completed ?? 0)).toBe(2 * pear.priceFen);
      expect(a1.total - a0.total).toBe(2 * PER_BOX);
      expect((a1.byMonth.get(`${decYear}-12`) ?? 0) - (a0.byMonth.get(`${decYear}-12`) ?? 0)).toBe(2 * PER_BOX);
      // January takes the refund back
      expect(quotaDelta(j0, j1)).toEqual({ ordered: -pear.priceFen, completed: -pear.priceFen });
      expect((j1.months.get(1)?.ordered ?? 0) - (j0.months.get(1)?.ordered ?? 0)).toBe(-pear.priceFen);
      expect(b1.total - b0.total).toBe(-PER_BOX);
      expect((b1.byMonth.get(`${janYear}-01`) ?? 0) - (b0.byMonth.get(`${janYear}-01`) ?? 0)).toBe(-PER_BOX);
    } finally {
      jest.useRealTimers();
    }
  });

  it('the live-session report drops a fully refunded order and a restocking refund releases its claim: pending sales do not rise', async () => {
    const live = await liveSessionWithPear(t, host, { stockCap: 10 });
    const placeLive = async (quantity: number) =>
      ok(await t.gql<{ placeOrder: PlacedOrder[] }>(PLACE, { input: liveUnionOrder(live, quantity, address) }, purchaser)).placeOrder[0];
    const report = async () =>
      ok(
        await t.gql<{
          liveSessionReport: { orders: number; items: number; paidSalesFen: string; pendingSalesFen: string; buyers: number };
        }>(SESSION, { id: live.sessionId }, host),
      ).liveSessionReport;
    const kept = await placeLive(2);
    const gone = await placeLive(3);
    await deliver();
    expect(await report()).toMatchObject({ orders: 0, paidSalesFen: '0', pendingSalesFen: String(5 * live.livePriceFen) });
    await payByTransfer(kept);
    await payByTransfer(gone);
    await deliver();
    expect(await report()).toMatchObject({
      orders: 2,
      items: 5,
      paidSalesFen: String(5 * live.livePriceFen),
      pendingSalesFen: '0',
      buyers: 1,
    });
    // goods come back: first one box, then the rest of the order
    await refund(gone, 1, true);
    await deliver();
    expect(await report()).toMatchObject({ orders: 2, items: 4, paidSalesFen: String(4 * live.livePriceFen), pendingSalesFen: '0' });
    await refund(gone, 2, true);
    await deliver();
    expect(await report()).toMatchObject({
      orders: 1,
      items: 2,
      paidSalesFen: String(2 * live.livePriceFen),
      pendingSalesFen: '0',
      buyers: 1,
    });
    expect(Number((await t.db.query(`SELECT claimed FROM live_session_product WHERE session_id = $1`, [live.sessionId]))[0].claimed)).toBe(
      2,
    );
  });

  it('refuses a re-binding to a unit outside the buyer’s history and a second one while one is pending, in Chinese', async () => {
    const o = await placeOrder(1);
    const allowed = ok(
      await t.gql<{ bindingChangeTargets: { id: string }[] }>(
        `query($id: ID!) { bindingChangeTargets(orderId: $id) { id } }`,
        { id: o.id },
        purchaser,
      ),
    ).bindingChangeTargets.map((u) => u.id);
    expect(allowed).toContain(education);
    const [{ id: stranger }] = await t.db.query(`SELECT id FROM work_unit WHERE id <> ALL($1::uuid[]) ORDER BY name LIMIT 1`, [
      [school, ...allowed],
    ]);
    const ask = (u: string) =>
      t.gql<{ requestBindingChange: { id: string } }>(
        `mutation($o: ID!, $u: ID!) { requestBindingChange(orderId: $o, toUnitId: $u, reason: "改计") { id } }`,
        { o: o.id, u },
        purchaser,
      );
    const outside = await ask(stranger);
    expect(outside.errors![0]).toMatchObject({
      message: '只能变更为您现在或曾经所在的单位，或订单所计单位的主管单位',
      extensions: { code: 'BAD_USER_INPUT', field: 'toUnitId' },
    });
    expect(ok(await ask(education)).requestBindingChange.id).toBeTruthy();
    const second = await ask(education);
    expect(second.errors![0]).toMatchObject({
      message: '该订单已有待审批的变更申请，请等待审批后再申请',
      extensions: { field: 'orderId' },
    });
    expect((await t.db.query(`SELECT count(*)::int AS n FROM order_binding_change WHERE order_id = $1`, [o.id]))[0].n).toBe(1);
  });

  it('a repeated or late delivery of an order event (a lost consumption mark, a retry) counts nothing twice and writes nothing', async () => {
    const o = await placeOrder(2);
    await payByTransfer(o);
    await ship(o);
    await receive(o);
    await refund(o, 1);
    await deliver();
    const [q0, a0] = [await quota(school), await attribution()];
    const rows = async () =>
      (
        await t.db.query(
          `SELECT (SELECT count(*) FROM quota_ledger WHERE order_id = $1)::int AS q, (SELECT count(*) FROM attribution_movement WHERE order_id = $1)::int AS a`,
          [o.id],
        )
      )[0];
    const before = await rows();
    expect(before.q).toBeGreaterThan(0);
    const events: { id: string; type: string }[] = await t.db.query(
      `SELECT id::text, type FROM outbox_event WHERE aggregate_id = $1 ORDER BY id`,
      [o.id],
    );
    expect(events.map((e) => e.type)).toEqual(['order.paid', 'order.received', 'order.refunded']);
    // every consumer gets the three events again, oldest first: the paid and received facts are older than the refund already applied
    await t.db.query(`DELETE FROM event_consumption WHERE event_id = ANY($1::bigint[])`, [events.map((e) => e.id)]);
    // the dispatcher reads from each consumer's low-water mark: take it back so the events are really delivered again
    await t.db.query(`UPDATE event_consumer_state SET low_tx_id = 0`);
    await deliver();
    const marked: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM event_consumption WHERE event_id = ANY($1::bigint[])`,
      [events.map((e) => e.id)],
    );
    expect(marked[0].n).toBeGreaterThanOrEqual(events.length);
    expect(await rows()).toEqual(before);
    expect(await quota(school)).toEqual(q0);
    expect(await attribution()).toEqual(a0);
  });

  it('takes benefit-rule percentages as exact decimals: 8.2 % and 4.35 % are kept to the basis point', async () => {
    const [p] = await t.db.query(
      `SELECT p.id, p.supplier_id FROM product p JOIN supplier s ON s.id = p.supplier_id
        WHERE s.county_code = $1 AND NOT EXISTS (SELECT 1 FROM attribution_rule r WHERE r.product_id = p.id) ORDER BY p.name LIMIT 2`,
      [FENXI],
    );
    const RULE = `mutation($i: AttributionRuleInput!) { createAttributionRule(input: $i) { percent percentText basisPoints } }`;
    const a = await t.gql<{ createAttributionRule: { percent: number; percentText: string; basisPoints: number } }>(
      RULE,
      {
        i: {
          supplierId: p.supplier_id,
          productId: p.id,
          kind: 'revenue_share',
          percent: 8.2,
          validFrom: '2030-01-01',
          validTo: '2030-12-31',
        },
      },
      county,
    );
    expect(ok(a).createAttributionRule).toEqual({ percent: 8.2, percentText: '8.2', basisPoints: 820 });
    const b = await t.gql<{ createAttributionRule: { percentText: string; basisPoints: number } }>(
      RULE,
      {
        i: {
          supplierId: p.supplier_id,
          productId: p.id,
          kind: 'revenue_share',
          percentText: '4.35',
          validFrom: '2031-01-01',
          validTo: '2031-12-31',
        },
      },
      county,
    );
    expect(ok(b).createAttributionRule).toMatchObject({ percentText: '4.35', basisPoints: 435 });
    const bad = await t.gql(
      RULE,
      { i: { supplierId: p.supplier_id, productId: p.id, kind: 'revenue_share', percentText: '4.355', validFrom: '2032-01-01' } },
      county,
    );
    expect(bad.errors![0]).toMatchObject({ message: '比例必须是最多两位小数的数字', extensions: { field: 'percent' } });
  });

  it('reads a line’s movements through the ledger’s one key (line, event, unit), unique even without a unit', async () => {
    const defs: { indexname: string; indexdef: string }[] = await t.db.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'attribution_movement' ORDER BY indexname`,
    );
    expect(defs.find((d) => d.indexname === 'attribution_movement_key')?.indexdef).toMatch(
      /UNIQUE INDEX .*\(line_id, event_id, unit_id\) NULLS NOT DISTINCT/,
    );
    // the primary key and that key: nothing else written with every movement
    expect(defs.length).toBe(2);
    const plan: { 'QUERY PLAN': string }[] = await t.db.query(`EXPLAIN ${LINE_MOVEMENTS.text}`, [['00000000-0000-4000-8000-000000000000']]);
    const text = plan.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).not.toMatch(/Seq Scan on attribution_movement/);
    expect(text).toMatch(/attribution_movement_key/);
  });

  it('replaying every order event of these paths gives the attribution ledger and the quota totals again, to the fen', async () => {
    const r = await t.gql<{ rebuildAttribution: { ledgerMatches: boolean; summariesMatch: boolean; differences: string[] } }>(
      `mutation { rebuildAttribution { ledgerMatches summariesMatch differences } }`,
      {},
      admin,
    );
    expect(ok(r).rebuildAttribution).toEqual({ ledgerMatches: true, summariesMatch: true, differences: [] });
    const counting = t.api.app.get(QuotaCountingService);
    expect(Object.fromEntries(await counting.rebuildUnitTotals())).toEqual(Object.fromEntries(await counting.ledgerTotals()));
  });

  // last: the rebuild above replays with the settings of today, so it runs before the county changes its rule
  it('where the county requires a rating, neither quota nor attribution counts a received order as completed until it is rated', async () => {
    const set = await t.gql(
      `mutation($input: QuotaYearSettingInput!) { setQuotaYearSetting(input: $input) { completionRequiresRating } }`,
      {
        input: {
          regionCode: FENXI,
          year: YEAR,
          filingOpensAt: new Date(Date.UTC(YEAR, 0, 1)).toISOString(),
          filingClosesAt: new Date(Date.UTC(YEAR, 11, 31)).toISOString(),
          completionRequiresRating: true,
        },
      },
      admin,
    );
    ok(set);
    const [q0, a0] = [await quota(school), await attribution()];
    const o = await placeOrder(1);
    await payByTransfer(o);
    await ship(o);
    await receive(o);
    await deliver();
    const [q1, a1] = [await quota(school), await attribution()];
    expect(quotaDelta(q0, q1)).toEqual({ ordered: pear.priceFen, completed: 0 });
    expect(attrDelta(a0, a1, school)).toEqual({ total: 0, unit: 0 });
    ok(await t.gql(`mutation($i: RateOrderInput!) { rateOrder(input: $i) { status } }`, { i: { orderId: o.id, rating: 5 } }, purchaser));
    await deliver();
    const [q2, a2] = [await quota(school), await attribution()];
    expect(quotaDelta(q0, q2)).toEqual({ ordered: pear.priceFen, completed: pear.priceFen });
    expect(attrDelta(a0, a2, school)).toEqual({ total: PER_BOX, unit: PER_BOX });
  });
});
