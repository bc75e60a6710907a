import { randomUUID } from 'node:crypto';
import {
  EventDispatcher,
  EventOutbox,
  EventPayloads,
  ORDER_EVENTS,
  OrderCountingState,
  OrderEventPayload,
  OrderEventType,
  OrderRefundedPayload,
} from '@yigou/server/events';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { MIGRATIONS } from '@yigou/server/database';
import { HOUSEHOLD_MOVES_SQL } from '@yigou/server/attribution';
import type { MigrationInterface } from 'typeorm';
import { idNumberCheckChar } from '@yigou/shared/validation';
import { advanceCountingState, freshCountingState } from '../quota/quota-helpers';
import { shanghaiYear } from '@yigou/shared/time';

const FENXI = '141034';
const JIAOCHENG = '141122';
const YEAR = shanghaiYear(new Date());
/** The ledger's household amounts: each movement expanded per household of its line's split (moves of 0 left out). */
const ENTRIES = `(${HOUSEHOLD_MOVES_SQL})`;

function idNumber(seq: number): string {
  const first17 = `${FENXI}1970${String((seq % 12) + 1).padStart(2, '0')}15${String(seq % 1000).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

const CREATE = `mutation($c: String!, $i: HouseholdInput!) { createHousehold(countyCode: $c, input: $i) { id householdNo headNameMasked idNumberMasked members } }`;
const LINK = `mutation($i: BenefitLinkInput!) { createBenefitLink(input: $i) { id weight } }`;
const RULE = `mutation($i: AttributionRuleInput!) { createAttributionRule(input: $i) { id kind percent fenPerUnit } }`;
const REPORT = `query($r: String!, $y: Int) { attributionReport(regionCode: $r, year: $y) {
  households people totalFen averagePerHouseholdFen sentence
  byCategory { key label households people amountFen } byVillage { key amountFen } bySupplier { key label amountFen households }
  byProduct { key label amountFen households } byUnit { key label amountFen households } bySession { key label amountFen } byMonth { key amountFen } } }`;
const INCOME = `query($id: ID!, $y: Int) { householdIncome(id: $id, year: $y) { attributedFen otherIncomeFen totalFen recordedPerCapitaFen addedPerCapitaFen perCapitaFen basis status recentEntries { amountFen reversesId } household { headNameMasked } } }`;

describe('household attribution', () => {
  let t: TestApp;
  let outbox: EventOutbox;
  let dispatcher: EventDispatcher;
  let county: string;
  let jiaocheng: string;
  let admin: string;
  let village: string;
  let hongchang: { id: string };
  let breast: { id: string; skuId: string };
  let pear: { id: string; skuId: string; supplierId: string };
  let unitId: string;
  const created: string[] = [];

  // the orders domain's counting facts per order, advanced by each event played
  const states = new Map<string, OrderCountingState>();
  async function append<T extends OrderEventType>(type: T, payload: EventPayloads[T]) {
    const state = advanceCountingState(states.get(payload.orderId) ?? freshCountingState(payload), type, payload);
    states.set(payload.orderId, state);
    await t.db.transaction((em) =>
      outbox.append(em, { type, aggregateType: 'order', aggregateId: payload.orderId, payload: { ...payload, state } }),
    );
  }

  function order(
    supplierId: string,
    lines: { lineId: string; productId: string; skuId: string; quantity: number; unitPriceFen: number; certified?: boolean }[],
    extra: Partial<OrderEventPayload> = {},
  ): OrderEventPayload {
    const ls = lines.map((l) => ({ ...l, amountFen: l.quantity * l.unitPriceFen, certified: l.certified ?? true }));
    const total = ls.reduce((a, l) => a + l.amountFen, 0);
    return {
      orderId: randomUUID(),
      orderNo: `T${Date.now()}${Math.floor(Math.random() * 1000)}`,
      buyerId: randomUUID(),
      unitId,
      supplierId,
      liveSessionId: null,
      totalFen: total,
      paidFen: total,
      lines: ls,
      occurredAt: new Date().toISOString(),
      ...extra,
    };
  }

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    outbox = t.api.app.get(EventOutbox);
    dispatcher = t.api.app.get(EventDispatcher);
    // a second county admin, for 交城县, playing the other county's office
    await t.db.query(
      `INSERT INTO role_grant (user_id, role, region_code) SELECT id, 'county_admin', $1 FROM app_user WHERE username = 'host'`,
      [JIAOCHENG],
    );
    [county, jiaocheng, admin] = await Promise.all([t.loginAs('county-admin'), t.loginAs('host'), t.loginAs('admin')]);
    village = (await t.db.query(`SELECT code FROM region WHERE level = 'village' AND code LIKE $1 ORDER BY code LIMIT 1`, [`${FENXI}%`]))[0]
      .code;
    hongchang = (await t.db.query(`SELECT id FROM supplier WHERE demo_key = 'hongchang'`))[0];
    breast = (
      await t.db.query(
        `SELECT p.id, s.id AS "skuId" FROM product p JOIN product_sku s ON s.product_id = p.id WHERE p.demo_key = 'broiler-breast' LIMIT 1`,
      )
    )[0];
    pear = (
      await t.db.query(
        `SELECT p.id, p.supplier_id AS "supplierId", s.id AS "skuId" FROM product p JOIN product_sku s ON s.product_id = p.id WHERE p.demo_key = 'yulu-pear-5kg' LIMIT 1`,
      )
    )[0];
    // the unit of the demo unit admin (汾西县第一中学): orders in these tests count for it
    unitId = (
      await t.db.query(
        `SELECT g.unit_id FROM role_grant g JOIN app_user u ON u.id = g.user_id WHERE u.username = 'unit-admin' AND g.role = 'unit_admin'`,
      )
    )[0].unit_id;
  });
  afterAll(() => t.close());

  it('registers households with the ID number encrypted and the name and ID masked in every response', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await t.gql<{ createHousehold: { id: string; headNameMasked: string; idNumberMasked: string } }>(
        CREATE,
        {
          c: FENXI,
          i: {
            villageCode: village,
            householdNo: `T-HH-${i}`,
            headName: `王小${'文武斌'[i]}`,
            idNumber: idNumber(i),
            members: i + 2,
            category: 'lifted',
            incomePerCapitaFen: '500000',
            helpers: ['李干部'],
          },
        },
        county,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.createHousehold.headNameMasked).toBe(`王*${'文武斌'[i]}`);
      expect(r.data!.createHousehold.idNumberMasked).toBe(`${idNumber(i).slice(0, 4)}**********${idNumber(i).slice(-4)}`);
      created.push(r.data!.createHousehold.id);
    }
    const stored = await t.db.query(`SELECT head_id_number_enc FROM household WHERE id = $1`, [created[0]]);
    expect(stored[0].head_id_number_enc).not.toContain(idNumber(0));
    const list = await t.gql<{ households: { totalCount: number; edges: { node: { headNameMasked: string; idNumberMasked: string } }[] } }>(
      `query { households(countyCode: "${FENXI}", search: "T-HH", first: 10) { totalCount edges { node { headNameMasked idNumberMasked } } } }`,
      {},
      county,
    );
    expect(list.data!.households.totalCount).toBe(3);
    expect(JSON.stringify(list.data)).not.toMatch(/王小|\d{17}[\dX]/);
  });

  it('refuses a wrong check digit, a household number used twice, zero or negative weights, a percentage over 100 and overlapping rules, writing nothing', async () => {
    const before = await t.db.query(
      `SELECT (SELECT count(*) FROM household)::int AS h, (SELECT count(*) FROM benefit_link)::int AS l, (SELECT count(*) FROM attribution_rule)::int AS r`,
    );
    const bad = idNumber(7).slice(0, 17) + (idNumber(7)[17] === '0' ? '1' : '0');
    const base = { villageCode: village, headName: '张三', members: 3, category: 'marginal', incomePerCapitaFen: '450000' };
    let r = await t.gql(CREATE, { c: FENXI, i: { ...base, householdNo: 'T-BAD-1', idNumber: bad } }, county);
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idNumber' });
    r = await t.gql(CREATE, { c: FENXI, i: { ...base, householdNo: 'T-HH-0', idNumber: idNumber(8) } }, county);
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'householdNo' });
    for (const weight of [0, -2]) {
      r = await t.gql(
        LINK,
        {
          i: {
            supplierId: hongchang.id,
            productId: breast.id,
            householdId: created[0],
            type: 'contract_farming',
            weight,
            validFrom: '2020-01-01',
          },
        },
        county,
      );
      expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weight' });
    }
    r = await t.gql(
      RULE,
      { i: { supplierId: hongchang.id, productId: breast.id, kind: 'revenue_share', percent: 100.5, validFrom: '2020-01-01' } },
      county,
    );
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'percent' });
    // the demo data has a per-unit rule for 玉露香梨 from 2020 on: another one overlapping it is refused
    r = await t.gql(
      RULE,
      {
        i: {
          supplierId: pear.supplierId,
          productId: pear.id,
          kind: 'per_unit',
          fenPerUnit: '1000',
          validFrom: '2024-01-01',
          validTo: '2024-12-31',
        },
      },
      county,
    );
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validFrom' });
    const after = await t.db.query(
      `SELECT (SELECT count(*) FROM household)::int AS h, (SELECT count(*) FROM benefit_link)::int AS l, (SELECT count(*) FROM attribution_rule)::int AS r`,
    );
    expect(after).toEqual(before);
  });

  it('keeps each county admin to their own county: 交城 cannot see, read, reveal or report on 汾西 households', async () => {
    const list = await t.gql(`query { households(countyCode: "${FENXI}") { totalCount edges { node { id } } } }`, {}, jiaocheng);
    expect(list.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(list.data).toBeNull();
    const one = await t.gql(`query($id: ID!) { household(id: $id) { householdNo } }`, { id: created[0] }, jiaocheng);
    // by id, another county's household is answered like one that does not exist
    expect(one.errors![0].extensions!.code).toBe('NOT_FOUND');
    const reveal = await t.gql(
      `mutation($id: ID!) { revealHousehold(id: $id, reason: "核查") { idNumber } }`,
      { id: created[0] },
      jiaocheng,
    );
    expect(reveal.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(JSON.stringify(reveal)).not.toContain(idNumber(0));
    const report = await t.gql(REPORT, { r: FENXI }, jiaocheng);
    expect(report.errors![0].extensions!.code).toBe('FORBIDDEN');
    const own = await t.gql<{ households: { totalCount: number } }>(
      `query { households(countyCode: "${JIAOCHENG}") { totalCount } }`,
      {},
      jiaocheng,
    );
    expect(own.data!.households.totalCount).toBeGreaterThan(0);
    const buyer = await t.loginAs('buyer');
    const asBuyer = await t.gql(`query { households(countyCode: "${FENXI}") { totalCount } }`, {}, buyer);
    expect(asBuyer.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('reveals a name and ID number only through the logged mutation', async () => {
    const r = await t.gql<{ revealHousehold: { headName: string; idNumber: string } }>(
      `mutation($id: ID!) { revealHousehold(id: $id, reason: "入户核查") { headName idNumber } }`,
      { id: created[0] },
      county,
    );
    expect(r.data!.revealHousehold).toEqual({ headName: '王小文', idNumber: idNumber(0) });
    const log = await t.db.query(
      `SELECT l.action, l.detail, u.username FROM household_access_log l JOIN app_user u ON u.id = l.user_id WHERE l.household_id = $1`,
      [created[0]],
    );
    expect(log).toEqual([{ action: 'reveal', detail: '入户核查', username: 'county-admin' }]);
    const exp = await t.gql<{ exportHouseholds: { contentBase64: string } }>(
      `mutation { exportHouseholds(countyCode: "${FENXI}") { filename contentBase64 } }`,
      {},
      county,
    );
    expect(exp.data!.exportHouseholds.contentBase64.length).toBeGreaterThan(100);
    const exports = await t.db.query(`SELECT count(*)::int AS n FROM household_access_log WHERE action = 'export' AND county_code = $1`, [
      FENXI,
    ]);
    expect(exports[0].n).toBe(1);
  });

  it('keeps each edit of a household as a revision', async () => {
    const r = await t.gql<{ updateHousehold: { version: number; members: number } }>(
      `mutation($id: ID!) { updateHousehold(id: $id, input: { members: 5, category: "unstable" }) { version members } }`,
      { id: created[2] },
      county,
    );
    expect(r.data!.updateHousehold).toEqual({ version: 2, members: 5 });
    const revs = await t.gql<{ householdRevisions: { version: number; changedFields: string[] }[] }>(
      `query($id: ID!) { householdRevisions(id: $id) { version changedFields } }`,
      { id: created[2] },
      county,
    );
    expect(revs.data!.householdRevisions).toEqual([{ version: 2, changedFields: ['members', 'category'] }]);
    const stored = await t.db.query(`SELECT before, after FROM household_revision WHERE household_id = $1`, [created[2]]);
    expect(stored[0]).toEqual({ before: { members: 4, category: 'lifted' }, after: { members: 5, category: 'unstable' } });
  });

  it('attributes a received order by weight, reverses a partial refund proportionally, and the reports match the ledger', async () => {
    for (const [i, weight] of [
      [0, 1],
      [1, 1],
      [2, 1],
    ] as const) {
      const r = await t.gql(
        LINK,
        {
          i: {
            supplierId: hongchang.id,
            productId: breast.id,
            householdId: created[i],
            type: 'contract_farming',
            weight,
            validFrom: '2020-01-01',
          },
        },
        county,
      );
      expect(r.errors).toBeUndefined();
    }
    const rule = await t.gql(
      RULE,
      { i: { supplierId: hongchang.id, productId: breast.id, kind: 'revenue_share', percent: 10, validFrom: '2020-01-01' } },
      county,
    );
    expect(rule.errors).toBeUndefined();
    const lineId = randomUUID();
    const o = order(hongchang.id, [
      { lineId, productId: breast.id, skuId: breast.skuId, quantity: 4, unitPriceFen: 2500 },
      { lineId: randomUUID(), productId: breast.id, skuId: breast.skuId, quantity: 1, unitPriceFen: 9999, certified: false },
    ]);
    await append(ORDER_EVENTS.paid, o);
    await append(ORDER_EVENTS.received, o);
    await dispatcher.drain();
    const rows = await t.db.query(
      `SELECT household_id, amount_fen::int AS amount FROM ${ENTRIES} e WHERE order_id = $1 ORDER BY household_id`,
      [o.orderId],
    );
    // 10% of 100.00 yuan = 1000 fen over three equal weights: 334 + 333 + 333; the uncertified line counts for nothing
    expect(rows.map((r: { amount: number }) => r.amount).sort()).toEqual([333, 333, 334]);
    // delivered once: draining again adds nothing
    await dispatcher.drain();
    expect((await t.db.query(`SELECT count(*)::int AS n FROM ${ENTRIES} e WHERE order_id = $1`, [o.orderId]))[0].n).toBe(3);
    // one ledger row for the line: its target from 0 to the whole 1000 fen
    const moves = () =>
      t.db.query(
        `SELECT id::text, target_before_fen::int AS before, target_after_fen::int AS after FROM attribution_movement WHERE order_id = $1 ORDER BY id`,
        [o.orderId],
      );
    expect((await moves()).map(({ before, after }: { before: number; after: number }) => ({ before, after }))).toEqual([
      { before: 0, after: 1000 },
    ]);

    // half of the certified line is refunded: 500 fen come back, split over what each still holds
    const refund: OrderRefundedPayload = {
      ...o,
      refundId: randomUUID(),
      refundFen: 5000,
      lines: [{ ...o.lines[0], quantity: 2, amountFen: 5000 }],
      occurredAt: new Date().toISOString(),
    };
    await append(ORDER_EVENTS.refunded, refund);
    await dispatcher.drain();
    const all: { household_id: string; amount: number }[] = await t.db.query(
      `SELECT household_id, amount_fen::int AS amount FROM ${ENTRIES} e WHERE order_id = $1 ORDER BY movement_id`,
      [o.orderId],
    );
    const reversals = all.filter((r) => r.amount < 0);
    expect(reversals.reduce((a, r) => a + r.amount, 0)).toBe(-500);
    for (const rev of reversals) {
      const orig = all.find((r) => r.household_id === rev.household_id && r.amount > 0)!;
      expect(orig.amount + rev.amount).toBeGreaterThanOrEqual(0);
    }
    // the refund is one more row: the target from 1000 to 500 fen
    const [receipt, refunded] = await moves();
    expect(refunded).toMatchObject({ before: 1000, after: 500 });
    const net = new Map<string, number>();
    for (const r of all) net.set(r.household_id, (net.get(r.household_id) ?? 0) + r.amount);
    expect([...net.values()].reduce((a, b) => a + b, 0)).toBe(500);

    // the household page shows the net attributed amount
    const inc = await t.gql<{
      householdIncome: { attributedFen: string; totalFen: string; perCapitaFen: string; status: string; recentEntries: unknown[] };
    }>(INCOME, { id: created[0], y: YEAR }, county);
    expect(inc.errors).toBeUndefined();
    expect(Number(inc.data!.householdIncome.attributedFen)).toBe(net.get(created[0]));
    // its entries: what the receipt gave it, and what the refund took back, naming the receipt's row
    const entries = inc.data!.householdIncome.recentEntries as { amountFen: string; reversesId: string | null }[];
    expect(entries.map((e) => [Number(e.amountFen) > 0, e.reversesId])).toEqual([
      [false, receipt.id],
      [true, null],
    ]);
    expect(entries.reduce((a, e) => a + Number(e.amountFen), 0)).toBe(net.get(created[0]));
    // Registered with ¥5,000 a person; 2 people: the sale adds net/2 a person. In the monitoring band (4,000–6,000), not under the line.
    expect(inc.data!.householdIncome).toMatchObject({
      recordedPerCapitaFen: '500000',
      addedPerCapitaFen: String(Math.floor(net.get(created[0])! / 2)),
      perCapitaFen: String(500000 + Math.floor(net.get(created[0])! / 2)),
      status: 'in_band',
    });
    expect((inc.data!.householdIncome as unknown as { basis: string }).basis).toContain('建档登记的人均纯收入');

    // the county report matches the ledger, bucket by bucket
    const rep = await t.gql<{
      attributionReport: Record<string, unknown> & {
        totalFen: string;
        households: number;
        people: number;
        bySupplier: { key: string; amountFen: string; households: number }[];
        byProduct: { key: string; amountFen: string; label: string }[];
        byUnit: { key: string; amountFen: string; households: number }[];
        byMonth: { amountFen: string }[];
        sentence: string;
      };
    }>(REPORT, { r: FENXI, y: YEAR }, county);
    expect(rep.errors).toBeUndefined();
    const report = rep.data!.attributionReport;
    const ledger = await t.db.query(
      `SELECT sum(amount_fen)::int AS total, count(DISTINCT household_id) FILTER (WHERE true)::int AS hh FROM ${ENTRIES} e WHERE county_code = $1 AND year = $2`,
      [FENXI, YEAR],
    );
    expect(Number(report.totalFen)).toBe(ledger[0].total);
    expect(Number(report.totalFen)).toBe(500);
    expect(report.households).toBe(3);
    expect(report.people).toBe(2 + 3 + 5);
    expect(report.sentence).toBe('带动脱贫户 3 户 10 人，平台销售归因 5 元，户均增收 1.67 元');
    expect(report.bySupplier).toEqual([expect.objectContaining({ key: hongchang.id, amountFen: '500', households: 3 })]);
    expect(report.byProduct[0]).toMatchObject({ key: breast.id, label: '鸡胸肉', amountFen: '500' });
    expect(report.byUnit[0]).toMatchObject({ key: unitId, amountFen: '500', households: 3 });
    expect(report.byMonth.reduce((a, m) => a + Number(m.amountFen), 0)).toBe(500);

    // the city and the province roll the county up
    const city = await t.gql<{ attributionReport: { totalFen: string } }>(REPORT, { r: '141000', y: YEAR }, admin);
    expect(city.data!.attributionReport.totalFen).toBe('500');
    const cityAsCounty = await t.gql(REPORT, { r: '141000', y: YEAR }, county);
    expect(cityAsCounty.errors![0].extensions!.code).toBe('FORBIDDEN');

    // refunding the rest brings every household back to zero
    await append(ORDER_EVENTS.refunded, { ...refund, refundId: randomUUID(), occurredAt: new Date().toISOString() });
    await dispatcher.drain();
    const left = await t.db.query(
      `SELECT household_id, sum(amount_fen)::int AS net FROM ${ENTRIES} e WHERE order_id = $1 GROUP BY household_id`,
      [o.orderId],
    );
    expect(left.map((r: { net: number }) => r.net)).toEqual([0, 0, 0]);
    const after = await t.gql<{ attributionReport: { totalFen: string; households: number } }>(REPORT, { r: FENXI, y: YEAR }, county);
    expect(after.data!.attributionReport).toMatchObject({ totalFen: '0', households: 0 });
  });

  it('attributes 18.00 yuan per box of 玉露香梨 across the linked member households, exactly, under the live session it sold in', async () => {
    const [session]: { id: string; title: string }[] = await t.db.query(`SELECT id, title FROM live_session ORDER BY starts_at LIMIT 1`);
    const o = order(pear.supplierId, [{ lineId: randomUUID(), productId: pear.id, skuId: pear.skuId, quantity: 3, unitPriceFen: 8800 }], {
      liveSessionId: session.id,
    });
    await append(ORDER_EVENTS.paid, o);
    await append(ORDER_EVENTS.received, o);
    await dispatcher.drain();
    const r = await t.db.query(
      `SELECT count(*)::int AS n, sum(amount_fen)::int AS total, min(amount_fen)::int AS min FROM ${ENTRIES} e WHERE order_id = $1`,
      [o.orderId],
    );
    expect(r[0].total).toBe(5400);
    expect(r[0].min).toBeGreaterThan(0);
    const rep = await t.gql<{ attributionReport: { totalFen: string; bySession: { key: string; label: string; amountFen: string }[] } }>(
      REPORT,
      { r: FENXI, y: YEAR },
      county,
    );
    expect(rep.data!.attributionReport.totalFen).toBe('5400');
    // the row is labelled with the session's title, which the report asks livestream for
    expect(rep.data!.attributionReport.bySession).toEqual([{ key: session.id, label: session.title, amountFen: '5400' }]);
  });

  it("tells a unit admin how many households the unit's purchases reached, and no other unit's", async () => {
    const unitAdmin = await t.loginAs('unit-admin');
    const q = `query($u: ID!, $y: Int) { unitAttribution(unitId: $u, year: $y) { label households people amountFen } }`;
    const r = await t.gql<{ unitAttribution: { households: number; amountFen: string; label: string } }>(
      q,
      { u: unitId, y: YEAR },
      unitAdmin,
    );
    expect(r.errors).toBeUndefined();
    const ledger = await t.db.query(
      `SELECT count(*)::int AS n FROM (SELECT household_id FROM ${ENTRIES} e WHERE unit_id = $1 AND year = $2 GROUP BY household_id HAVING sum(amount_fen) > 0) x`,
      [unitId, YEAR],
    );
    expect(r.data!.unitAttribution).toMatchObject({ label: '汾西县第一中学', amountFen: '5400', households: ledger[0].n });
    const other = (await t.db.query(`SELECT id FROM work_unit WHERE id <> $1 LIMIT 1`, [unitId]))[0].id;
    const denied = await t.gql(q, { u: other, y: YEAR }, unitAdmin);
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('records income outside sales on the household page and lists households under the line or in the band', async () => {
    const r = await t.gql(
      `mutation($i: OtherIncomeInput!) { recordOtherIncome(input: $i) { id amountFen } }`,
      { i: { householdId: created[0], year: YEAR, kind: 'wage', amountFen: '900000', note: '合作社务工' } },
      county,
    );
    expect(r.errors).toBeUndefined();
    const inc = await t.gql<{ householdIncome: { attributedFen: string; otherIncomeFen: string; perCapitaFen: string; status: string } }>(
      INCOME,
      { id: created[0], y: YEAR },
      county,
    );
    // ¥5,000 a person registered, plus (9,000 wages + what sales brought) for 2 people: above the monitoring line
    const added = Math.floor((900000 + Number(inc.data!.householdIncome.attributedFen)) / 2);
    expect(inc.data!.householdIncome).toMatchObject({ otherIncomeFen: '900000', perCapitaFen: String(500000 + added), status: 'above' });
    const alerts = await t.gql<{ incomeAlerts: { totalCount: number; edges: { node: { status: string; household: { id: string } } }[] } }>(
      `query { incomeAlerts(countyCode: "${FENXI}", first: 100) { totalCount edges { node { status perCapitaFen household { id } } } } }`,
      {},
      county,
    );
    expect(alerts.errors).toBeUndefined();
    const nodes = alerts.data!.incomeAlerts.edges.map((e) => e.node);
    // Recomputed from the tables: recorded income per person + (attributed entries + other income) ÷ members, under ¥6,000.
    const expected: { id: string; per: string }[] = await t.db.query(
      `WITH e AS (SELECT household_id, sum(amount_fen) AS fen FROM ${ENTRIES} x WHERE year = $2 GROUP BY household_id)
       SELECT h.id, (h.income_per_capita_fen + floor((COALESCE((SELECT e.fen FROM e WHERE e.household_id = h.id), 0)
                + COALESCE((SELECT sum(amount_fen) FROM household_other_income o WHERE o.household_id = h.id AND o.year = $2), 0)) / h.members))::bigint::text AS per
         FROM household h WHERE h.county_code = $1`,
      [FENXI, YEAR],
    );
    const flagged = expected.filter((x) => Number(x.per) < 600000);
    expect(alerts.data!.incomeAlerts.totalCount).toBe(flagged.length);
    expect(nodes.map((n) => n.household.id)).not.toContain(created[0]);
    for (const n of nodes) {
      const per = Number(expected.find((x) => x.id === n.household.id)!.per);
      expect(Number((n as unknown as { perCapitaFen: string }).perCapitaFen)).toBe(per);
      expect(n.status).toBe(per < 400000 ? 'under_line' : 'in_band');
    }

    // paged lowest first: every alert once at 1–3 a page, three households of one income per person in id order
    const tied = flagged.slice(0, 3);
    expect(tied).toHaveLength(3);
    let target = Math.min(...tied.map((x) => Number(x.per)));
    while (flagged.some((x) => Number(x.per) === target)) target--; // an income no other household has
    for (const x of tied) {
      await t.db.query(`UPDATE household SET income_per_capita_fen = income_per_capita_fen - $2 WHERE id = $1`, [
        x.id,
        Number(x.per) - target,
      ]);
    }
    try {
      const ALERT_IDS = `query($c: String!, $first: Int, $after: String) { incomeAlerts(countyCode: $c, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { household { id } } } } }`;
      type AlertPage = {
        incomeAlerts: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { household: { id: string } } }[];
        };
      };
      const walk = async (first: number, after: string | null = null) => {
        const seen: string[] = [];
        for (let pages = 0; pages < 300; pages++) {
          const r: { data?: AlertPage | null } = await t.gql<AlertPage>(ALERT_IDS, { c: FENXI, first, after }, county);
          expect(r.data!.incomeAlerts.totalCount).toBe(flagged.length);
          seen.push(...r.data!.incomeAlerts.edges.map((e) => e.node.household.id));
          if (!r.data!.incomeAlerts.pageInfo.hasNextPage) return seen;
          after = r.data!.incomeAlerts.pageInfo.endCursor;
        }
        throw new Error('the cursor does not advance');
      };
      const oneList = await walk(100);
      expect(new Set(oneList).size).toBe(flagged.length);
      expect(oneList).toHaveLength(flagged.length);
      const tiedIds = tied.map((x) => x.id).sort();
      const at = oneList.indexOf(tiedIds[0]);
      expect(oneList.slice(at, at + 3)).toEqual(tiedIds);
      for (const first of [1, 2, 3]) expect(await walk(first)).toEqual(oneList);
      // a cursor made before the shared helper ([per capita as a number, id]) starts after the same row
      const old = Buffer.from(JSON.stringify([target, tiedIds[0]])).toString('base64url');
      const rest = await t.gql<AlertPage>(ALERT_IDS, { c: FENXI, first: 2, after: old }, county);
      expect(rest.data!.incomeAlerts.edges.map((e) => e.node.household.id)).toEqual(tiedIds.slice(1));
      // one it did not make is refused as such (it reached PostgreSQL's uuid cast before)
      const forged = Buffer.from(JSON.stringify([target, 'not-a-uuid'])).toString('base64url');
      const refused = await t.gql(ALERT_IDS, { c: FENXI, first: 2, after: forged }, county);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'INVALID_CURSOR', field: 'after' });
    } finally {
      for (const x of tied) {
        await t.db.query(`UPDATE household SET income_per_capita_fen = income_per_capita_fen + $2 WHERE id = $1`, [
          x.id,
          Number(x.per) - target,
        ]);
      }
    }
  });

  it('rebuilds the ledger from the order events exactly, summaries included, even after later registry edits', async () => {
    // edits after the sales: a household changes category, a back-dated link and rule appear
    await t.gql(
      `mutation($id: ID!) { updateHousehold(id: $id, input: { category: "lifted", members: 6 }) { version } }`,
      { id: created[0] },
      county,
    );
    const r0 = await t.gql(
      LINK,
      {
        i: {
          supplierId: hongchang.id,
          productId: breast.id,
          householdId: created[0],
          type: 'employment',
          weight: 5,
          validFrom: '2020-01-01',
        },
      },
      county,
    );
    expect(r0.errors).toBeUndefined();
    const r = await t.gql<{
      rebuildAttribution: {
        ledgerMatches: boolean;
        summariesMatch: boolean;
        ledgerRows: number;
        rebuiltRows: number;
        differences: string[];
      };
    }>(`mutation { rebuildAttribution { eventsReplayed ledgerRows rebuiltRows ledgerMatches summariesMatch differences } }`, {}, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.rebuildAttribution.differences).toEqual([]);
    expect(r.data!.rebuildAttribution).toMatchObject({ ledgerMatches: true, summariesMatch: true });
    // one row per event, line and unit that moved (the 玉露香梨 receipt's 458 households are one of them)
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM attribution_movement`);
    expect(r.data!.rebuildAttribution.ledgerRows).toBe(n);
    expect(n).toBeGreaterThan(3);
    const asCounty = await t.gql(`mutation { rebuildAttribution { ledgerMatches } }`, {}, county);
    expect(asCounty.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  /** The county's income alerts and a rebuild: figures a ledger migration must leave as they were. */
  async function alertsAndRebuild() {
    return {
      alerts: (
        await t.gql(
          `query { incomeAlerts(countyCode: "${FENXI}", first: 100) { totalCount edges { node { perCapitaFen household { id } } } } }`,
          {},
          county,
        )
      ).data,
      rebuild: (await t.gql(`mutation { rebuildAttribution { ledgerMatches summariesMatch differences } }`, {}, admin)).data,
    };
  }

  it('moves existing household sums into one row per household and year in the migration, every figure unchanged', async () => {
    const sums = (sql: string) =>
      t.db.query(`SELECT county_code, year, dim, key, household_id::text, amount_fen::text FROM (${sql}) x ORDER BY 1, 2, 3, 4, 5`);
    const NEW_SHAPE = `SELECT county_code, year, dim, key, household_id, amount_fen FROM attribution_household_sum
      UNION ALL SELECT y.county_code, y.year, split_part(e.k, ':', 1), substr(e.k, strpos(e.k, ':') + 1), y.household_id, e.v::bigint
        FROM attribution_household_year y, jsonb_each_text(y.sums) AS e(k, v)`;
    const stored = await sums(NEW_SHAPE);
    // the households holding something this year (the household page and the alerts read their sums)
    const holding = stored
      .filter(
        (r: { county_code: string; dim: string; year: number; amount_fen: string }) =>
          r.county_code === FENXI && r.dim === 'total' && r.year === YEAR && Number(r.amount_fen) > 0,
      )
      .map((r: { household_id: string }) => r.household_id)
      .slice(0, 25);
    expect(holding.length).toBeGreaterThan(2);
    const figures = async () => ({
      report: (await t.gql(REPORT, { r: FENXI, y: YEAR }, county)).data,
      incomes: await Promise.all(holding.map(async (id: string) => (await t.gql(INCOME, { id, y: YEAR }, county)).data)),
      ...(await alertsAndRebuild()),
    });
    const before = await figures();
    expect(before.rebuild).toMatchObject({ rebuildAttribution: { ledgerMatches: true, summariesMatch: true } });
    expect(
      before.incomes.every((x) => Number((x as { householdIncome: { attributedFen: string } }).householdIncome.attributedFen) > 0),
    ).toBe(true);
    const migration = MIGRATIONS.find((m) => m.name === 'AttributionHouseholdYear1796520000000') as new () => MigrationInterface;
    const qr = t.db.createQueryRunner();
    try {
      // Back to the old shape (one row per household and bucket), then forward again: the rows the migration finds.
      await qr.startTransaction();
      await new migration().down(qr);
      await qr.commitTransaction();
      expect(await sums(`SELECT * FROM attribution_household_sum`)).toEqual(stored);
      await qr.startTransaction();
      await new migration().up(qr);
      await qr.commitTransaction();
    } finally {
      await qr.release();
    }
    expect((await t.db.query(`SELECT count(*)::int AS n FROM attribution_household_sum WHERE dim NOT IN ('unit', 'session')`))[0].n).toBe(
      0,
    );
    expect(await sums(NEW_SHAPE)).toEqual(stored);
    expect(await figures()).toEqual(before);
  });

  it('keeps each distinct split once, moves existing line splits over in the migration and finds them again by content', async () => {
    const PARTS = `to_json(part_household_ids)::text AS h, to_json(part_fen)::text AS f, to_json(part_county_codes)::text AS c,
      to_json(part_village_codes)::text AS v, to_json(part_categories)::text AS k, to_json(part_members)::text AS m`;
    const lineSplits = () =>
      t.db.query(
        `SELECT l.line_id, encode(l.split_digest, 'hex') AS digest, ${PARTS} FROM attribution_line l JOIN attribution_split s ON s.digest = l.split_digest ORDER BY l.line_id`,
      );
    // two 玉露香梨 orders of one quantity: one split between them (458 households), a third of another quantity: its own
    const pears = [3, 3, 4].map((quantity) =>
      order(pear.supplierId, [{ lineId: randomUUID(), productId: pear.id, skuId: pear.skuId, quantity, unitPriceFen: 8800 }]),
    );
    for (const o of pears) {
      await append(ORDER_EVENTS.paid, o);
      await append(ORDER_EVENTS.received, o);
    }
    await dispatcher.drain();
    const stored = await lineSplits();
    const digestOf = (o: OrderEventPayload) =>
      (stored.find((x: { line_id: string }) => x.line_id === o.lines[0].lineId) as { digest: string }).digest;
    expect(digestOf(pears[0])).toBe(digestOf(pears[1]));
    expect(digestOf(pears[2])).not.toBe(digestOf(pears[0]));
    const splitCount = async () => (await t.db.query(`SELECT count(*)::int AS n FROM attribution_split`))[0].n;
    const splits = await splitCount();
    expect(splits).toBe(new Set(stored.map((x: { digest: string }) => x.digest)).size);
    expect(splits).toBeLessThan(stored.length);
    const rebuild = async () =>
      (await t.gql(`mutation { rebuildAttribution { ledgerMatches summariesMatch differences } }`, {}, admin)).data;
    const before = { report: (await t.gql(REPORT, { r: FENXI, y: YEAR }, county)).data, rebuild: await rebuild() };
    expect(before.rebuild).toMatchObject({ rebuildAttribution: { ledgerMatches: true, summariesMatch: true } });
    const migration = (name: string) => new (MIGRATIONS.find((m) => m.name === name) as new () => MigrationInterface)();
    // the ledger's movements came after, and read the splits: back through them too
    const [splitOnce, movements] = [migration('AttributionSplitOnce1796555438179'), migration('AttributionMovementLedger1796556913973')];
    const qr = t.db.createQueryRunner();
    try {
      // Back to the old shape (the arrays on each line), then forward again: the splits the migration finds.
      await qr.startTransaction();
      await movements.down(qr);
      await splitOnce.down(qr);
      await qr.commitTransaction();
      const old = await t.db.query(`SELECT line_id, ${PARTS} FROM attribution_line ORDER BY line_id`);
      expect(old).toEqual(stored.map(({ digest: _, ...rest }: { digest: string }) => rest));
      await qr.startTransaction();
      await splitOnce.up(qr);
      await movements.up(qr);
      await qr.commitTransaction();
    } finally {
      await qr.release();
    }
    // the same digests as the consumer computed: the SQL digest and the JavaScript one agree
    expect(await lineSplits()).toEqual(stored);
    expect(await splitCount()).toBe(splits);
    expect({ report: (await t.gql(REPORT, { r: FENXI, y: YEAR }, county)).data, rebuild: await rebuild() }).toEqual(before);
    // and a new line with a split stored before the migration names it, adding no split
    const again = order(pear.supplierId, [
      { lineId: randomUUID(), productId: pear.id, skuId: pear.skuId, quantity: 3, unitPriceFen: 8800 },
    ]);
    await append(ORDER_EVENTS.paid, again);
    await append(ORDER_EVENTS.received, again);
    await dispatcher.drain();
    const [line] = await t.db.query(`SELECT encode(split_digest, 'hex') AS digest FROM attribution_line WHERE line_id = $1`, [
      again.lines[0].lineId,
    ]);
    expect(line.digest).toBe(digestOf(pears[0]));
    expect(await splitCount()).toBe(splits);
  });

  it('turns the per-household ledger into movements in the migration and back, every household amount and figure unchanged', async () => {
    // a partial refund of a 玉露香梨 line (a split of its target, not its whole parts) and a re-binding to another unit
    const [other] = await t.db.query(`SELECT id FROM work_unit WHERE id <> $1 ORDER BY name LIMIT 1`, [unitId]);
    const o = order(pear.supplierId, [{ lineId: randomUUID(), productId: pear.id, skuId: pear.skuId, quantity: 5, unitPriceFen: 8800 }]);
    await append(ORDER_EVENTS.paid, o);
    await append(ORDER_EVENTS.received, o);
    await append(ORDER_EVENTS.refunded, {
      ...o,
      refundId: randomUUID(),
      refundFen: 8800 * 2 + 137,
      lines: [{ ...o.lines[0], quantity: 0, amountFen: 8800 * 2 + 137 }],
      occurredAt: new Date().toISOString(),
    } as OrderRefundedPayload);
    await append(ORDER_EVENTS.rebound, {
      ...o,
      unitId: other.id,
      fromUnitId: unitId,
      bindingChangeId: randomUUID(),
      occurredAt: new Date().toISOString(),
    });
    await dispatcher.drain();
    const moved = await t.db.query(
      `SELECT unit_id, target_before_fen::int AS before, target_after_fen::int AS after FROM attribution_movement WHERE order_id = $1 ORDER BY id`,
      [o.orderId],
    );
    expect(moved.length).toBe(4);
    expect(moved[1].after).toBeGreaterThan(0);
    expect(moved[1].after).toBeLessThan(moved[1].before);
    const householdAmounts = (sql: string) =>
      t.db.query(
        `SELECT event_id::text, line_id, unit_id, household_id, sum(amount_fen)::text AS fen FROM (${sql}) x
          GROUP BY 1, 2, 3, 4 HAVING sum(amount_fen) <> 0 ORDER BY 1, 2, 3, 4`,
      );
    const MOVEMENTS = `SELECT event_id, event_type, order_id, order_no, line_id, supplier_id, product_id, unit_id, live_session_id, rule_id,
      target_before_fen, target_after_fen, year, month, occurred_at FROM attribution_movement ORDER BY event_id, line_id, unit_id`;
    const amounts = await householdAmounts(`SELECT * FROM ${ENTRIES} e`);
    const movements = await t.db.query(MOVEMENTS);
    const holding = amounts
      .filter((r: { household_id: string }) => created.includes(r.household_id))
      .map((r: { household_id: string }) => r.household_id)
      .slice(0, 5);
    const pearHouseholds = (
      await t.db.query(`SELECT DISTINCT household_id FROM ${ENTRIES} e WHERE order_id = $1 ORDER BY household_id LIMIT 5`, [o.orderId])
    ).map((r: { household_id: string }) => r.household_id);
    const figures = async () => ({
      report: (await t.gql(REPORT, { r: FENXI, y: YEAR }, county)).data,
      incomes: await Promise.all(
        [...holding, ...pearHouseholds].map(async (id: string) => {
          const x = (
            await t.gql<{
              householdIncome: Record<string, unknown> & { recentEntries: { amountFen: string; reversesId: string | null }[] };
            }>(INCOME, { id, y: YEAR }, county)
          ).data!.householdIncome;
          // entry ids are the ledger's own: the amounts, and which take back
          return { ...x, recentEntries: x.recentEntries.map((e) => [e.amountFen, e.reversesId !== null]) };
        }),
      ),
      ...(await alertsAndRebuild()),
    });
    const before = await figures();
    expect(before.rebuild).toMatchObject({ rebuildAttribution: { ledgerMatches: true, summariesMatch: true } });
    const migration = MIGRATIONS.find((m) => m.name === 'AttributionMovementLedger1796556913973') as new () => MigrationInterface;
    const qr = t.db.createQueryRunner();
    try {
      // Back to one row per household (reversals pointing at their originals), then forward again.
      await qr.startTransaction();
      await new migration().down(qr);
      await qr.commitTransaction();
      expect(await householdAmounts(`SELECT * FROM attribution_entry`)).toEqual(amounts);
      const wrong = await t.db.query(
        `SELECT r.id FROM attribution_entry r LEFT JOIN attribution_entry o ON o.id = r.reverses_id
          WHERE r.reverses_id IS NOT NULL AND (o.id IS NULL OR o.household_id <> r.household_id OR o.line_id <> r.line_id OR o.reverses_id IS NOT NULL
             OR o.amount_fen + (SELECT sum(x.amount_fen) FROM attribution_entry x WHERE x.reverses_id = o.id) < 0)`,
      );
      expect(wrong).toEqual([]);
      expect((await t.db.query(`SELECT count(*)::int AS n FROM attribution_entry WHERE amount_fen < 0 AND reverses_id IS NULL`))[0].n).toBe(
        0,
      );
      await qr.startTransaction();
      await new migration().up(qr);
      await qr.commitTransaction();
    } finally {
      await qr.release();
    }
    expect(await t.db.query(MOVEMENTS)).toEqual(movements);
    expect(await householdAmounts(`SELECT * FROM ${ENTRIES} e`)).toEqual(amounts);
    expect(await figures()).toEqual(before);
  });

  it('imports households from CSV all or nothing, listing each bad row, and links from XLSX', async () => {
    const header = '户编号,村,户主姓名,身份证号,家庭人口,户类别,上年人均纯收入(元),帮扶责任人';
    const bad = idNumber(21).slice(0, 17) + (idNumber(21)[17] === '0' ? '1' : '0');
    const csv = [
      header,
      `IMP-1,${village},赵大,${idNumber(20)},3,脱贫户,6500.5,李干部、王干部`,
      `IMP-1,${village},赵二,${idNumber(22)},2,脱贫户,6500,`,
      `IMP-3,${village},赵三,${bad},0,富裕户,abc,`,
    ].join('\n');
    const imp = `mutation($i: ImportFileInput!) { importHouseholds(input: $i) { id status totalRows processedRows createdRows errors { row field message } } }`;
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM household`))[0].n;
    const r1 = await t.gql<{ importHouseholds: { status: string; createdRows: number; errors: { row: number; field: string }[] } }>(
      imp,
      { i: { countyCode: FENXI, format: 'csv', contentBase64: Buffer.from(csv).toString('base64') } },
      county,
    );
    expect(r1.errors).toBeUndefined();
    expect(r1.data!.importHouseholds.status).toBe('failed');
    expect(r1.data!.importHouseholds.errors.map((e) => `${e.row}:${e.field}`)).toEqual([
      '3:户编号',
      '4:身份证号',
      '4:家庭人口',
      '4:户类别',
      '4:上年人均纯收入(元)',
    ]);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM household`))[0].n).toBe(before);

    const good = [
      header,
      `IMP-1,${village},赵大,${idNumber(20)},3,脱贫户,6500.5,李干部、王干部`,
      `IMP-2,${village},赵二,${idNumber(22)},2,边缘易致贫户,4500,`,
    ].join('\n');
    const r2 = await t.gql<{ importHouseholds: { id: string; status: string; createdRows: number; processedRows: number } }>(
      imp,
      { i: { countyCode: FENXI, format: 'csv', contentBase64: Buffer.from(good).toString('base64') } },
      county,
    );
    expect(r2.data!.importHouseholds).toMatchObject({ status: 'done', createdRows: 2, processedRows: 2 });
    const stored = await t.db.query(
      `SELECT income_per_capita_fen::int AS income, helpers, category FROM household WHERE household_no = 'IMP-1'`,
    );
    expect(stored[0]).toEqual({ income: 650050, helpers: ['李干部', '王干部'], category: 'lifted' });
    const progress = await t.gql<{ householdImport: { status: string } }>(
      `query($id: ID!) { householdImport(id: $id) { status } }`,
      { id: r2.data!.importHouseholds.id },
      county,
    );
    expect(progress.data!.householdImport.status).toBe('done');
    const other = await t.gql(`query($id: ID!) { householdImport(id: $id) { status } }`, { id: r2.data!.importHouseholds.id }, jiaocheng);
    // another county's job is answered like one that does not exist
    expect(other.errors![0]).toMatchObject({ message: '找不到该导入任务', extensions: { code: 'NOT_FOUND' } });

    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('links');
    ws.addRow(['户编号', '供应商统一社会信用代码', '产品', '联结方式', '权重', '起始日期', '截止日期']);
    ws.addRow(['IMP-1', '91141034MA03TK072A', '鸡胸肉', '合同养殖', 2, '2021-01-01', '']);
    ws.addRow(['IMP-2', '91141034MA03TK072A', '', '务工', 0, '2021-01-01', '']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const links = `mutation($i: ImportFileInput!) { importBenefitLinks(input: $i) { status createdRows errors { row field } } }`;
    const l1 = await t.gql<{ importBenefitLinks: { status: string; errors: { row: number; field: string }[] } }>(
      links,
      { i: { countyCode: FENXI, format: 'xlsx', contentBase64: xlsx } },
      county,
    );
    expect(l1.data!.importBenefitLinks).toEqual({ status: 'failed', createdRows: 0, errors: [{ row: 3, field: '权重' }] });
    ws.getRow(3).getCell(5).value = 1.5;
    const fixed = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const l2 = await t.gql<{ importBenefitLinks: { status: string; createdRows: number } }>(
      links,
      { i: { countyCode: FENXI, format: 'xlsx', contentBase64: fixed } },
      county,
    );
    expect(l2.data!.importBenefitLinks).toMatchObject({ status: 'done', createdRows: 2 });
  });

  it('refuses to change or delete ledger rows', async () => {
    await expect(
      t.db.query(`UPDATE attribution_movement SET target_after_fen = 0 WHERE id = (SELECT min(id) FROM attribution_movement)`),
    ).rejects.toThrow('append-only');
    await expect(t.db.query(`DELETE FROM attribution_movement`)).rejects.toThrow('append-only');
  });
});
