import { randomUUID } from 'node:crypto';
import { createTestApp, registerPerson, TestApp } from '@yigou/server/testing';
// The fake invoice files are shared with the orders library's unit spec and are no part of its public index.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { fakeInvoicePdf } from '../../../../libs/server/orders/src/invoices/testing/invoice-files.fixture';
import { tempDataDir } from '../suppliers/supplier-fixtures';
import { addAddress, canteenBankTransfer, placeFirst, PlacedOrder, skuOf } from '../orders/order-helpers';

jest.setTimeout(120_000);

type Answer = { code?: string; message?: string; field?: unknown; data?: unknown };

/**
 * An order the caller may not see is not found: every operation that takes an order id answers another buyer, another
 * unit's purchaser and admin, and another shop's supplier staff exactly as it answers an id that names no order, or
 * is no UUID at all. A different answer (FORBIDDEN, a format error) would tell a stranger that the order exists.
 * The victim: 汾西县第一中学's purchaser's bank-transfer order of 高寒's walnuts (scope-probes' order).
 */
describe('an order the caller may not see answers as one that does not exist', () => {
  let t: TestApp;
  let victim: PlacedOrder;
  let hospital: string;
  const callers: Record<string, string> = {};

  const GRANT = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`;
  const member = async (admin: string, name: string, unitId: string) => {
    const p = await registerPerson(t, name);
    const inv = await t.gql<{ createUnitInvite: { code: string } }>(
      `mutation($u: ID!) { createUnitInvite(input: { unitId: $u }) { code } }`,
      { u: unitId },
      admin,
    );
    const joined = await t.gql(
      `mutation($c: String!) { joinUnitByCode(input: { code: $c }) { id } }`,
      { c: inv.data!.createUnitInvite.code },
      p.token,
    );
    if (joined.errors) throw new Error(JSON.stringify(joined.errors));
    return p;
  };

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false, dataDir: tempDataDir() });
    const admin = await t.loginAs('admin');
    const purchaser = await t.loginAs('purchaser');
    const one = async (sql: string) => (await t.db.query(sql))[0].id as string;
    hospital = await one(`SELECT id FROM work_unit WHERE demo_key = 'fenxi-hospital'`);
    const hongchang = await one(`SELECT id FROM supplier WHERE name = '汾西县洪昌养殖有限公司'`);

    callers.buyer = (await registerPerson(t, '另一位买家')).token;
    const hp = await member(admin, '医院采购员', hospital);
    const g = await t.gql(GRANT, { input: { userId: hp.id, role: 'unit_purchaser', unitId: hospital, reason: '医院食堂采购' } }, admin);
    if (g.errors) throw new Error(JSON.stringify(g.errors));
    callers.purchaser = hp.token;
    const ha = await registerPerson(t, '医院管理员');
    const ga = await t.gql(GRANT, { input: { userId: ha.id, role: 'unit_admin', unitId: hospital, reason: '医院管理员' } }, admin);
    if (ga.errors) throw new Error(JSON.stringify(ga.errors));
    callers.unitAdmin = ha.token;
    const staff = await registerPerson(t, '洪昌员工');
    const gs = await t.gql(
      GRANT,
      { input: { userId: staff.id, role: 'supplier_staff', supplierId: hongchang, reason: '洪昌员工' } },
      admin,
    );
    if (gs.errors) throw new Error(JSON.stringify(gs.errors));
    callers.supplier = staff.token;

    const walnut = await skuOf(t, 'walnut');
    await t.db.query(`UPDATE product_sku SET stock_available = stock_available + 5 WHERE id = $1`, [walnut.skuId]);
    victim = await placeFirst(t, purchaser, {
      ...canteenBankTransfer(walnut, 1, await addAddress(t, purchaser)),
      paymentTerm: 'pay_first',
    });
  });
  afterAll(() => t.close());

  /** Every GraphQL operation that takes an order id, with the rest of its arguments valid. */
  const OPERATIONS: [string, (o: string) => Record<string, unknown>][] = [
    [`query($o: ID!) { order(id: $o) { id } }`, (o) => ({ o })],
    [`query($o: ID!) { bindingChangeTargets(orderId: $o) { id } }`, (o) => ({ o })],
    [`query($o: ID!) { procurementList(orderId: $o) { title } }`, (o) => ({ o })],
    [`query($o: ID!) { procurementListXlsx(orderId: $o) { filename } }`, (o) => ({ o })],
    [`query($o: ID!) { paymentReceipt(orderId: $o) { receiptNo } }`, (o) => ({ o })],
    [`mutation($o: ID!) { cancelOrder(orderId: $o) { id } }`, (o) => ({ o })],
    [`mutation($o: ID!) { confirmReceipt(orderId: $o) { id } }`, (o) => ({ o })],
    [`mutation($o: ID!) { extendPaymentTerm(orderId: $o) { id } }`, (o) => ({ o })],
    [`mutation($o: ID!) { rateOrder(input: { orderId: $o, rating: 5 }) { id } }`, (o) => ({ o })],
    [`mutation($o: ID!) { requestInvoice(orderId: $o, input: { title: "冒名抬头" }) { id } }`, (o) => ({ o })],
    [
      `mutation($o: ID!, $u: ID!) { requestBindingChange(orderId: $o, toUnitId: $u, reason: "计入本单位") { id } }`,
      (o) => ({ o, u: hospital }),
    ],
    [`mutation($o: ID!) { startPayment(orderIds: [$o]) { __typename } }`, (o) => ({ o })],
    [`mutation($o: ID!) { checkPayment(orderId: $o) { __typename } }`, (o) => ({ o })],
    [`mutation($o: ID!) { setShipDeadline(orderId: $o, days: 7) { id } }`, (o) => ({ o })],
    [`mutation($o: ID!) { shipOrder(input: { orderId: $o, carrier: "顺丰", trackingNo: "SF1234567890" }) { id } }`, (o) => ({ o })],
    [
      `mutation($o: ID!) { addOrderParcel(input: { orderId: $o, parcel: { carrierCode: "SF", trackingNo: "SF1234567890" } }) { id } }`,
      (o) => ({ o }),
    ],
    [
      `mutation($o: ID!) { shipOrderParcels(input: { orderId: $o, parcels: [{ carrierCode: "SF", trackingNo: "SF1234567890" }] }) { id } }`,
      (o) => ({ o }),
    ],
    [`mutation($o: ID!) { issueInvoiceThroughProvider(orderId: $o) { invoiceNo } }`, (o) => ({ o })],
  ];

  const gqlAnswer = async (query: string, variables: Record<string, unknown>, token: string): Promise<Answer> => {
    const r = await t.gql(query, variables, token);
    const e = (r.errors as { message?: string; extensions?: { code?: string; field?: unknown } }[] | undefined)?.[0];
    return e ? { code: e.extensions?.code, message: e.message, field: e.extensions?.field } : { data: r.data };
  };
  const httpAnswer = async (method: 'GET' | 'POST', orderId: string, token: string): Promise<Answer & { status: number }> => {
    const init: RequestInit = { method, headers: { authorization: `Bearer ${token}` } };
    if (method === 'POST') {
      const form = new FormData();
      form.append('invoiceNo', '26142000000000000999');
      form.append('file', new Blob([new Uint8Array(fakeInvoicePdf())], { type: 'application/pdf' }), 'invoice.pdf');
      init.body = form;
    }
    const res = await fetch(`${t.url}/uploads/invoices/${encodeURIComponent(orderId)}`, init);
    const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
    return { status: res.status, code: body.code, message: body.message };
  };

  it('every operation taking an order id answers another buyer, unit and shop as it answers a random UUID and a non-UUID', async () => {
    const ids = { victim: '', random: randomUUID(), malformed: 'not-a-uuid' };
    ids.victim = victim.id;
    const differ: unknown[] = [];
    for (const [who, token] of Object.entries(callers))
      for (const [query, vars] of OPERATIONS) {
        const [seen, random, malformed] = await Promise.all(Object.values(ids).map((id) => gqlAnswer(query, vars(id), token)));
        const op = query.replace(/^[^{]*\{\s*/, '').split('(')[0];
        if (JSON.stringify(seen) !== JSON.stringify(random) || JSON.stringify(random) !== JSON.stringify(malformed) || seen.data)
          differ.push({ who, op, seen, random, malformed });
      }
    expect(differ).toEqual([]);
    // and the answers name no order: the ones a caller's role reaches are '订单不存在'
    for (const token of [callers.buyer, callers.purchaser, callers.supplier]) {
      expect(await gqlAnswer(OPERATIONS[11][0], { o: victim.id }, token)).toEqual({ code: 'NOT_FOUND', message: '订单不存在' });
      expect(await gqlAnswer(OPERATIONS[12][0], { o: victim.id }, token)).toEqual({ code: 'NOT_FOUND', message: '订单不存在' });
    }
    // nothing happened to the order
    const [row] = await t.db.query(`SELECT status, invoice->>'title' AS title, pay_deadline FROM shop_order WHERE id = $1`, [victim.id]);
    expect(row).toMatchObject({ status: victim.status, title: '汾西县第一中学', pay_deadline: new Date(victim.payDeadline!) });
  });

  it('a paid-for list of several orders, one of them another buyer’s, is refused as not found without paying any', async () => {
    const walnut = await skuOf(t, 'walnut');
    const ownId = (await placeFirst(t, callers.purchaser, canteenBankTransfer(walnut, 1, await addAddress(t, callers.purchaser)))).id;
    const START = `mutation($ids: [ID!]!) { startPayment(orderIds: $ids) { __typename } }`;
    for (const other of [victim.id, randomUUID(), 'not-a-uuid'])
      expect(await gqlAnswer(START, { ids: [ownId, other] }, callers.purchaser)).toEqual({ code: 'NOT_FOUND', message: '订单不存在' });
    expect((await gqlAnswer(START, { ids: [ownId] }, callers.purchaser)).data).toBeDefined();
  });

  it('the invoice file of an order is not found, for download or upload, by another buyer, unit or shop', async () => {
    for (const [who, token] of Object.entries(callers))
      for (const method of ['GET', 'POST'] as const) {
        const [seen, random, malformed] = await Promise.all(
          [victim.id, randomUUID(), 'not-a-uuid'].map((id) => httpAnswer(method, id, token)),
        );
        expect({ who, method, seen, random }).toEqual({ who, method, seen: random, random: malformed });
        expect({ who, method, ...seen }).toEqual({ who, method, status: 404, code: 'NOT_FOUND', message: '订单不存在' });
      }
    expect((await t.db.query(`SELECT count(*)::int AS n FROM order_invoice WHERE order_id = $1`, [victim.id]))[0].n).toBe(0);
  });
});
