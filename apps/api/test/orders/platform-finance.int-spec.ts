import { createTestApp, TestApp } from '@yigou/server/testing';
import { addAddress, canteenBankTransfer, placeFirst, PlacedOrder, Sku, skuOf } from './order-helpers';

// Boots the API on a shared 2-core machine: give hooks room.
jest.setTimeout(60_000);
describe('platform finance (平台财务) runs the finance desk; the county finance bureau does not touch money', () => {
  let t: TestApp;
  let purchaser: string;
  let platformFinance: string;
  let platformFinanceId: string;
  let countyFinance: string;
  let admin: string;
  let beads: Sku;
  let address: string;

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    [purchaser, platformFinance, countyFinance, admin] = await Promise.all(
      ['purchaser', 'platform-finance', 'finance', 'admin'].map((l) => t.loginAs(l)),
    );
    platformFinanceId = (await t.gql<{ me: { id: string } }>(`{ me { id } }`, {}, platformFinance)).data!.me.id;
    beads = await skuOf(t, 'bead-ornament');
    address = await addAddress(t, purchaser);
  });
  afterAll(() => t.close());

  const bankOrder = (quantity: number) => placeFirst(t, purchaser, canteenBankTransfer(beads, quantity, address));
  const RECORD = `mutation($input: RecordTransferInput!) { recordBankTransfer(input: $input) { id } }`;
  const recordTransfer = (token: string, bankTxnNo: string, amountFen: number, memo = '') =>
    t.gql<{ recordBankTransfer: { id: string } }>(
      RECORD,
      { input: { bankTxnNo, payerName: '汾西县第一中学', amountFen: String(amountFen), memo, receivedAt: new Date().toISOString() } },
      token,
    );
  const match = (token: string, transferId: string, orderId: string, amountFen: number) =>
    t.gql<{ matchBankTransfer: { matchedFen: string; unmatchedFen: string } }>(
      `mutation($id: ID!, $a: [TransferAllocationInput!]!) { matchBankTransfer(transferId: $id, allocations: $a) { matchedFen unmatchedFen } }`,
      { id: transferId, a: [{ orderId, amountFen: String(amountFen) }] },
      token,
    );
  const refund = (token: string, o: PlacedOrder, quantity: number) =>
    t.gql<{ refundOrder: { amountFen: string; status: string } }>(
      `mutation($i: RefundOrderInput!) { refundOrder(input: $i) { amountFen status } }`,
      { i: { orderId: o.id, lines: [{ lineId: o.lines[0].id, quantity }], reason: '单位退回多订的数量', restock: false } },
      token,
    );
  const IMPORT = `mutation($csv: String!) { importBankStatement(csv: $csv) { imported duplicates autoMatched errors } }`;
  type Timeline = { action: string; toStatus: string; actorRole: string; actorId: string | null }[];
  const order = async (id: string, token: string) =>
    t.gql<{ order: { status: string; paymentStatus: string; paidFen: string; refundedFen: string; timeline: Timeline } }>(
      `query($id: ID!) { order(id: $id) { status paymentStatus paidFen refundedFen timeline { action toStatus actorRole actorId } } }`,
      { id },
      token,
    );

  it('the platform-finance demo account records a transfer, matches it, sees the timeline as platform_finance and refunds', async () => {
    const o = await bankOrder(3);
    const total = Number(o.totalFen);

    const desk = await t.gql<{ platformOrders: { totalCount: number; edges: { node: { id: string } }[] } }>(
      `query($q: String) { platformOrders(first: 10, search: $q) { totalCount edges { node { id } } } }`,
      { q: o.remittanceRef },
      platformFinance,
    );
    expect(desk.errors).toBeUndefined();
    expect(desk.data!.platformOrders.edges.map((e) => e.node.id)).toEqual([o.id]);

    const recorded = await recordTransfer(platformFinance, 'TXN-PF-1', total, o.remittanceRef);
    expect(recorded.errors).toBeUndefined();
    const transferId = recorded.data!.recordBankTransfer.id;
    const listed = await t.gql<{ bankTransfers: { edges: { node: { id: string } }[] } }>(
      `{ bankTransfers(onlyOpen: true, first: 100) { edges { node { id } } } }`,
      {},
      platformFinance,
    );
    expect(listed.data!.bankTransfers.edges.map((x) => x.node.id)).toContain(transferId);

    const matched = await match(platformFinance, transferId, o.id, total);
    expect(matched.errors).toBeUndefined();
    expect(matched.data!.matchBankTransfer).toEqual({ matchedFen: String(total), unmatchedFen: '0' });
    const [row] = await t.db.query(
      `SELECT t.recorded_by, m.actor_id FROM bank_transfer t JOIN transfer_match m ON m.transfer_id = t.id WHERE t.id = $1`,
      [transferId],
    );
    expect(row).toEqual({ recorded_by: platformFinanceId, actor_id: platformFinanceId });

    const paid = await order(o.id, platformFinance);
    expect(paid.errors).toBeUndefined();
    expect(paid.data!.order).toMatchObject({ status: 'to_ship', paymentStatus: 'paid', paidFen: String(total) });
    expect(paid.data!.order.timeline.map((s) => [s.action, s.actorRole])).toEqual([
      ['place', 'unit_purchaser'],
      ['pay', 'platform_finance'],
    ]);
    expect(paid.data!.order.timeline[1].actorId).toBe(platformFinanceId);

    const r = await refund(platformFinance, o, 1);
    expect(r.errors).toBeUndefined();
    expect(r.data!.refundOrder).toEqual({ amountFen: String(beads.priceFen), status: 'succeeded' });
    const after = (await order(o.id, purchaser)).data!.order;
    expect(after).toMatchObject({ paymentStatus: 'partially_refunded', refundedFen: String(beads.priceFen) });
    expect(after.timeline.at(-1)).toEqual({
      action: 'refund',
      toStatus: 'to_ship',
      actorRole: 'platform_finance',
      actorId: platformFinanceId,
    });
  });

  it('platform finance imports a bank statement; a memo naming the order matches it automatically, on the timeline as platform_finance', async () => {
    const o = await bankOrder(1);
    const csv = `交易流水号,交易日期,付款人户名,付款账号,金额,附言\nTXN-PF-CSV,2026-11-30,汾西县第一中学,,${(Number(o.totalFen) / 100).toFixed(2)},货款 ${o.remittanceRef}`;
    const r = await t.gql<{ importBankStatement: unknown }>(IMPORT, { csv }, platformFinance);
    expect(r.errors).toBeUndefined();
    expect(r.data!.importBankStatement).toEqual({ imported: 1, duplicates: 0, autoMatched: 1, errors: [] });
    const v = (await order(o.id, platformFinance)).data!.order;
    expect(v.paymentStatus).toBe('paid');
    expect(v.timeline.at(-1)).toMatchObject({ action: 'pay', actorRole: 'platform_finance', actorId: platformFinanceId });
  });

  it('a transfer whose memo names two orders by 汇款识别码 suggests both, its balance spent in order-number order; none once matched', async () => {
    const [a, b] = [await bankOrder(1), await bankOrder(2)];
    const [ta, tb] = [Number(a.totalFen), Number(b.totalFen)];
    const other = await bankOrder(1); // not named: never suggested
    // Less than both owe: the first named order in full, the second with what is left.
    const paid = ta + Math.floor(tb / 2);
    const id = (await recordTransfer(platformFinance, 'TXN-SUGGEST-1', paid, `货款 ${b.remittanceRef.toLowerCase()} 及 ${a.remittanceRef}`))
      .data!.recordBankTransfer.id;
    type S = { orderId: string; orderNo: string; owedFen: string; amountFen: string };
    const suggested = async (): Promise<S[]> => {
      const r = await t.gql<{ bankTransfers: { edges: { node: { id: string; suggestions: S[] } }[] } }>(
        `{ bankTransfers(first: 100) { edges { node { id suggestions { orderId orderNo owedFen amountFen } } } } }`,
        {},
        platformFinance,
      );
      expect(r.errors).toBeUndefined();
      return r.data!.bankTransfers.edges.find((x) => x.node.id === id)!.node.suggestions;
    };
    const [first, second] = [a, b].sort((x, y) => x.orderNo.localeCompare(y.orderNo));
    const expected = [
      { orderId: first.id, orderNo: first.orderNo, owedFen: first.totalFen, amountFen: String(Math.min(Number(first.totalFen), paid)) },
      {
        orderId: second.id,
        orderNo: second.orderNo,
        owedFen: second.totalFen,
        amountFen: String(paid - Math.min(Number(first.totalFen), paid)),
      },
    ];
    const got = await suggested();
    expect(got).toEqual(expected);
    expect(got.map((x) => x.orderId)).not.toContain(other.id);
    // Following the suggestion matches the whole transfer; then nothing is suggested.
    for (const x of got) expect((await match(platformFinance, id, x.orderId, Number(x.amountFen))).errors).toBeUndefined();
    expect(await suggested()).toEqual([]);
    // County finance sees no suggestions (no desk at all).
    const denied = await t.gql(`{ bankTransfers { edges { node { id suggestions { orderId } } } } }`, {}, countyFinance);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('platform finance may not approve suppliers or binding changes: those stay with the platform admin', async () => {
    const [{ id: supplierId }] = await t.db.query(`SELECT id FROM supplier LIMIT 1`);
    const approve = await t.gql(
      `mutation($i: SupplierDecisionInput!) { approveSupplier(input: $i) { id } }`,
      { i: { supplierId } },
      platformFinance,
    );
    expect(approve.errors![0].extensions!.code).toBe('FORBIDDEN');

    const o = await bankOrder(1);
    const [{ id: otherUnit }] = await t.db.query(`SELECT id FROM work_unit WHERE id <> $1 LIMIT 1`, [o.unitId]);
    const req = await t.gql<{ requestBindingChange: { id: string } }>(
      `mutation($o: ID!, $u: ID!) { requestBindingChange(orderId: $o, toUnitId: $u, reason: "工会统一采购，应计入上级单位") { id } }`,
      { o: o.id, u: otherUnit },
      purchaser,
    );
    const requestId = req.data!.requestBindingChange.id;
    expect((await t.gql(`{ pendingBindingChanges { id } }`, {}, platformFinance)).errors![0].extensions!.code).toBe('FORBIDDEN');
    const decide = await t.gql(
      `mutation($id: ID!) { decideBindingChange(requestId: $id, approve: true) { status } }`,
      { id: requestId },
      platformFinance,
    );
    expect(decide.errors![0].extensions!.code).toBe('FORBIDDEN');
    const [{ status }] = await t.db.query(`SELECT status FROM order_binding_change WHERE id = $1`, [requestId]);
    expect(status).toBe('pending');
    expect(
      (await t.gql(`mutation($id: ID!) { decideBindingChange(requestId: $id, approve: true) { status } }`, { id: requestId }, admin))
        .errors,
    ).toBeUndefined();
  });

  it('the county finance bureau (finance_reviewer) cannot see the desk, record, import or match transfers, nor refund', async () => {
    const o = await bankOrder(2);
    const total = Number(o.totalFen);
    const forbidden = (r: { errors?: { extensions?: { code?: string } }[] }) => expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    forbidden(await recordTransfer(countyFinance, 'TXN-COUNTY', total, o.remittanceRef));
    forbidden(await t.gql(IMPORT, { csv: `TXN-COUNTY-CSV,2026-11-30,汾西县第一中学,,1.00,${o.remittanceRef}` }, countyFinance));
    forbidden(await t.gql(`{ bankTransfers { totalCount } }`, {}, countyFinance));
    forbidden(await t.gql(`{ platformOrders(first: 10) { totalCount } }`, {}, countyFinance));
    expect((await order(o.id, countyFinance)).errors![0].extensions!.code).toBe('NOT_FOUND');
    const transferId = (await recordTransfer(platformFinance, 'TXN-COUNTY-OK', total)).data!.recordBankTransfer.id;
    forbidden(await match(countyFinance, transferId, o.id, total));
    expect((await match(platformFinance, transferId, o.id, total)).errors).toBeUndefined();
    forbidden(await refund(countyFinance, o, 1));

    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM bank_transfer WHERE bank_txn_no LIKE 'TXN-COUNTY%'`);
    expect(n).toBe(1); // only the one platform finance recorded
    expect((await order(o.id, purchaser)).data!.order).toMatchObject({ paymentStatus: 'paid', refundedFen: '0' });
  });
});
