import { randomUUID } from 'node:crypto';
import { DomainEvent } from '@yigou/server/events';
import { OrderSweeper } from '@yigou/server/orders';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { addAddress, CANTEEN_ADDRESS, line, PLACE, PlacedOrder, setStock, Sku, skuOf, stockOf } from './order-helpers';

const DAY = 86_400_000;

// Boots the API on a shared 2-core machine: give hooks room.
jest.setTimeout(60_000);
describe('orders: checkout, bank transfer, fulfilment, refunds', () => {
  let t: TestApp;
  let buyer: string;
  let purchaser: string;
  let supplier: string;
  let admin: string;
  let pear: Sku;
  let broiler: Sku;
  let beads: Sku;
  let buyerAddress: string;
  let purchaserAddress: string;

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    [buyer, purchaser, supplier, admin] = await Promise.all(['buyer', 'purchaser', 'supplier', 'admin'].map((l) => t.loginAs(l)));
    pear = await skuOf(t, 'yulu-pear-5kg');
    broiler = await skuOf(t, 'broiler-whole');
    beads = await skuOf(t, 'bead-ornament');
    buyerAddress = await addAddress(t, buyer);
    purchaserAddress = await addAddress(t, purchaser);
  });
  afterAll(() => t.close());

  const place = (token: string, input: Record<string, unknown>) => t.gql<{ placeOrder: PlacedOrder[] }>(PLACE, { input }, token);
  const bankOrder = (lines: ReturnType<typeof line>[], extra: Record<string, unknown> = {}) =>
    place(purchaser, {
      lines,
      addressId: purchaserAddress,
      paymentMethod: 'bank_transfer',
      purpose: 'canteen',
      invoice: { title: '汾西县第一中学', taxNo: '12141034MB1234567X' },
      ...extra,
    });
  const order = async (id: string, token = purchaser) =>
    (
      await t.gql<{
        order: {
          status: string;
          paymentStatus: string;
          paidFen: string;
          refundedFen: string;
          timeline: { action: string; toStatus: string; actorRole: string; actorId: string | null; createdAt: string }[];
        };
      }>(
        `query($id: ID!) { order(id: $id) { status paymentStatus paidFen refundedFen timeline { action toStatus actorRole actorId createdAt } } }`,
        { id },
        token,
      )
    ).data!.order;
  const outbox = async (orderId: string): Promise<Pick<DomainEvent, 'type' | 'payload'>[]> =>
    t.db.query(`SELECT type, payload FROM outbox_event WHERE aggregate_id = $1 ORDER BY id`, [orderId]);
  const recordTransfer = async (bankTxnNo: string, amountFen: number, memo = '') => {
    const r = await t.gql<{ recordBankTransfer: { id: string } }>(
      `mutation($input: RecordTransferInput!) { recordBankTransfer(input: $input) { id } }`,
      { input: { bankTxnNo, payerName: '汾西县第一中学', amountFen: String(amountFen), memo, receivedAt: new Date().toISOString() } },
      admin,
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.recordBankTransfer.id;
  };
  const match = (transferId: string, allocations: { orderId: string; amountFen: number }[]) =>
    t.gql<{ matchBankTransfer: { matchedFen: string; unmatchedFen: string } }>(
      `mutation($id: ID!, $a: [TransferAllocationInput!]!) { matchBankTransfer(transferId: $id, allocations: $a) { matchedFen unmatchedFen } }`,
      { id: transferId, a: allocations.map((a) => ({ orderId: a.orderId, amountFen: String(a.amountFen) })) },
      admin,
    );

  it('one checkout of two suppliers makes two orders bound to the unit, each with its own lines, shipping and reserved stock', async () => {
    const before = await stockOf(t, pear.skuId);
    const r = await bankOrder([line(pear, 2), line(broiler, 1)]);
    expect(r.errors).toBeUndefined();
    const orders = r.data!.placeOrder;
    expect(orders).toHaveLength(2);
    expect(new Set(orders.map((o) => o.supplierId)).size).toBe(2);
    for (const o of orders) {
      expect(o.orderNo).toMatch(/^YG\d{8}\d{7}$/);
      expect(o.remittanceRef).toMatch(/^HK[0-9A-Z]{10}$/);
      expect(o.status).toBe('pending_payment');
      expect(o.paymentTerm).toBe('pay_first');
      expect(o.unitId).not.toBeNull();
      expect(Number(o.totalFen)).toBe(Number(o.itemsFen) + Number(o.shippingFen));
      expect(new Date(o.payDeadline!).getTime()).toBeGreaterThan(Date.now() + 29 * DAY);
    }
    const pearOrder = orders.find((o) => o.lines[0].skuId === pear.skuId)!;
    expect(pearOrder.itemsFen).toBe(String(pear.priceFen * 2));
    expect(pearOrder.shippingFen).toBe(pear.priceFen * 2 >= 9900 ? '0' : '1000');
    expect(pearOrder.lines.map((l) => l.skuId)).toEqual([pear.skuId]);
    expect(pearOrder.lines[0].certified).toBe(true);
    const broilerOrder = orders.find((o) => o.lines[0].skuId === broiler.skuId)!;
    expect(broilerOrder.lines.map((l) => l.skuId)).toEqual([broiler.skuId]);
    expect(broilerOrder.itemsFen).toBe(String(broiler.priceFen));
    expect(new Set(orders.map((o) => o.remittanceRef)).size).toBe(2);
    expect(await stockOf(t, pear.skuId)).toEqual({ a: before.a - 2, r: before.r + 2 });
  });

  it('bank transfer to two orders: one transfer matched, shipped, received, rated; the timeline shows every step with actor and time', async () => {
    const orders = (await bankOrder([line(pear, 1), line(broiler, 2)])).data!.placeOrder;
    const total = orders.reduce((s, o) => s + Number(o.totalFen), 0);
    const transfer = await recordTransfer('TXN-TWO-ORDERS', total + 500, orders.map((o) => o.remittanceRef).join(' '));
    const m = await match(
      transfer,
      orders.map((o) => ({ orderId: o.id, amountFen: Number(o.totalFen) })),
    );
    expect(m.errors).toBeUndefined();
    expect(m.data!.matchBankTransfer.unmatchedFen).toBe('500'); // the excess stays visible
    for (const o of orders) {
      const ship = await t.gql(
        `mutation($i: ShipOrderInput!) { shipOrder(input: $i) { status } }`,
        { i: { orderId: o.id, carrier: '顺丰速运', trackingNo: 'SF1234567890' } },
        o.lines[0].skuId === pear.skuId ? supplier : admin,
      );
      expect(ship.errors).toBeUndefined();
      expect(
        (await t.gql(`mutation($id: ID!) { confirmReceipt(orderId: $id) { status } }`, { id: o.id }, purchaser)).errors,
      ).toBeUndefined();
      const rated = await t.gql<{ rateOrder: { status: string } }>(
        `mutation($i: RateOrderInput!) { rateOrder(input: $i) { status } }`,
        { i: { orderId: o.id, rating: 5, comment: '很好' } },
        purchaser,
      );
      expect(rated.data!.rateOrder.status).toBe('completed');
      const view = await order(o.id);
      expect(view.timeline.map((s) => `${s.action}:${s.toStatus}`)).toEqual([
        'place:pending_payment',
        'pay:to_ship',
        'ship:shipped',
        'receive:received',
        'complete:completed',
      ]);
      // the purchaser placed, received and rated a canteen order as the unit's 单位采购员
      expect(view.timeline.map((s) => s.actorRole)).toEqual([
        'unit_purchaser',
        'platform_admin',
        expect.stringMatching(/supplier_staff/),
        'unit_purchaser',
        'unit_purchaser',
      ]);
      expect(view.timeline.every((s) => s.actorId && s.createdAt)).toBe(true);
      const events = await outbox(o.id);
      expect(events.map((e) => e.type)).toEqual(['order.paid', 'order.received', 'order.completed']);
      expect(events[0].payload).toMatchObject({
        orderId: o.id,
        unitId: o.unitId,
        liveSessionId: null,
        paidFen: Number(o.totalFen),
        lines: [expect.objectContaining({ certified: expect.any(Boolean) })],
      });
    }
    const sold = await stockOf(t, pear.skuId);
    expect(sold.r).toBeGreaterThanOrEqual(0);
    const notes = await t.gql<{ myNotifications: { edges: { node: { title: string; refType: string | null } }[] } }>(
      `{ myNotifications(first: 100) { edges { node { title refType } } } }`,
      {},
      purchaser,
    );
    const titles = notes.data!.myNotifications.edges.map((e) => e.node);
    expect(titles.some((n) => n.title.includes('已完成') && n.refType === 'order')).toBe(true);
  });

  it('a transfer cannot be matched twice to the same order nor beyond its amount; a partial amount leaves the order partly paid and visible', async () => {
    const [o] = (await bankOrder([line(beads, 1)])).data!.placeOrder;
    const total = Number(o.totalFen);
    const transfer = await recordTransfer('TXN-PARTIAL', total - 100);
    expect((await match(transfer, [{ orderId: o.id, amountFen: total - 100 }])).errors).toBeUndefined();
    let v = await order(o.id);
    expect(v).toMatchObject({ status: 'pending_payment', paymentStatus: 'partially_paid', paidFen: String(total - 100) });
    const twice = await match(transfer, [{ orderId: o.id, amountFen: 1 }]);
    expect(twice.errors![0].extensions!.code).toBe('TRANSFER_OVER_MATCHED');
    const second = await recordTransfer('TXN-REST', 100);
    const over = await match(second, [{ orderId: o.id, amountFen: 101 }]);
    expect(over.errors![0].extensions!.code).toBe('TRANSFER_OVER_MATCHED');
    expect((await match(second, [{ orderId: o.id, amountFen: 100 }])).errors).toBeUndefined();
    expect((await match(second, [{ orderId: o.id, amountFen: 1 }])).errors![0].extensions!.code).toBe('TRANSFER_OVER_MATCHED');
    v = await order(o.id);
    expect(v).toMatchObject({ status: 'to_ship', paymentStatus: 'paid', paidFen: String(total) });
    expect((await outbox(o.id)).filter((e) => e.type === 'order.paid')).toHaveLength(1);
  });

  it('imports a CSV statement once: known rows are skipped, references in the memo auto-match, bad rows write nothing', async () => {
    const [o] = (await bankOrder([line(beads, 2)])).data!.placeOrder;
    const csv = `交易流水号,交易日期,付款人户名,付款账号,金额,附言\nCSV-1,2026-11-20,汾西县第一中学,6222000011112222,"${(Number(o.totalFen) / 100).toFixed(2)}",货款 ${o.remittanceRef}\nCSV-2,2026-11-21,另一单位,,12.00,无附言\n`;
    const q = `mutation($csv: String!) { importBankStatement(csv: $csv) { imported duplicates autoMatched errors } }`;
    expect((await t.gql(q, { csv }, admin)).data!.importBankStatement).toEqual({ imported: 2, duplicates: 0, autoMatched: 1, errors: [] });
    expect((await t.gql(q, { csv }, admin)).data!.importBankStatement).toEqual({ imported: 0, duplicates: 2, autoMatched: 0, errors: [] });
    expect((await order(o.id)).paymentStatus).toBe('paid');
    const bad = await t.gql<{ importBankStatement: { imported: number; errors: string[] } }>(
      q,
      { csv: 'CSV-3,2026-11-21,某单位,,12.345,x\nCSV-4,2026-11-21,某单位,,5.00,y' },
      admin,
    );
    expect(bad.data!.importBankStatement.imported).toBe(0);
    expect(bad.data!.importBankStatement.errors[0]).toMatch(/第 1 行|第 2 行/);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM bank_transfer WHERE bank_txn_no = 'CSV-4'`))[0].n).toBe(0);
    expect((await t.gql(q, { csv }, buyer)).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses bad quantities, unknown and off-sale SKUs, changed prices; nothing is written', async () => {
    const countBefore = (await t.db.query(`SELECT count(*)::int AS n FROM shop_order`))[0].n;
    const input = (lines: unknown[]) => ({ lines, addressId: buyerAddress, paymentMethod: 'bank_transfer' });
    // Checkout's own input pipe refuses as the global one would: the decorators' Chinese message, naming the field.
    const quantities: [number, string][] = [
      [0, '数量至少为 1'],
      [-1, '数量至少为 1'],
      [1000, '数量不能超过 999'],
    ];
    for (const [quantity, message] of quantities) {
      const r = await place(purchaser, {
        ...input([line(pear, 1), { skuId: pear.skuId, quantity, expectedPriceFen: String(pear.priceFen) }]),
        addressId: purchaserAddress,
      });
      expect(r.errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field: 'lines.1.quantity' } });
    }
    const frac = await place(purchaser, {
      ...input([{ skuId: pear.skuId, quantity: 1.5, expectedPriceFen: String(pear.priceFen) }]),
      addressId: purchaserAddress,
    });
    expect(frac.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const none = await place(purchaser, { ...input([]), addressId: purchaserAddress });
    expect(none.errors![0]).toMatchObject({ message: '请至少选择一件商品', extensions: { code: 'BAD_USER_INPUT', field: 'lines' } });
    const badSku = await place(purchaser, {
      ...input([{ skuId: 'pear-1', quantity: 1, expectedPriceFen: '100' }]),
      addressId: purchaserAddress,
    });
    expect(badSku.errors![0]).toMatchObject({ message: '规格编号无效', extensions: { code: 'BAD_USER_INPUT', field: 'lines.0.skuId' } });
    const badAddress = await place(purchaser, { ...input([line(pear, 1)]), addressId: 'home' });
    expect(badAddress.errors![0]).toMatchObject({ message: '请选择收货地址', extensions: { code: 'BAD_USER_INPUT', field: 'addressId' } });
    const changed = await bankOrder([line(pear, 1, pear.priceFen - 1)]);
    expect(changed.errors![0]).toMatchObject({ extensions: { code: 'PRICE_CHANGED', currentPriceFen: String(pear.priceFen) } });
    expect(changed.errors![0].message).toContain('玉露香梨');
    await t.db.query(`UPDATE product SET status = 'off_sale' WHERE demo_key = 'walnut'`);
    const walnut = await skuOf(t, 'walnut');
    const off = await bankOrder([line(walnut, 1)]);
    expect(off.errors![0].extensions!.code).toBe('NOT_ON_SALE');
    const addToCart = await t.gql(`mutation { addToCart(input: { skuId: "${walnut.skuId}", quantity: 1 }) { id } }`, {}, buyer);
    expect(addToCart.errors![0].extensions!.code).toBe('NOT_ON_SALE');
    const unknown = await bankOrder([line(pear, 1), { skuId: randomUUID(), quantity: 1, expectedPriceFen: '100' }]);
    expect(unknown.errors![0]).toMatchObject({ message: '商品规格不存在', extensions: { code: 'BAD_USER_INPUT', field: 'lines.1.skuId' } });
    // The first line that fails decides the message.
    const offFirst = await bankOrder([line(walnut, 1), line(pear, 1, pear.priceFen - 1)]);
    expect(offFirst.errors![0].extensions!.code).toBe('NOT_ON_SALE');
    const otherAddress = await bankOrder([line(pear, 1)], { addressId: buyerAddress });
    expect(otherAddress.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'addressId' });
    expect((await t.db.query(`SELECT count(*)::int AS n FROM shop_order`))[0].n).toBe(countBefore);
  });

  it('a checkout from the cart stores the address and invoice, records the placing, tells the buyer, and empties only the bought cart lines', async () => {
    const addToCart = (sku: Sku, quantity: number) =>
      t.gql(
        `mutation($s: ID!, $q: Int!) { addToCart(input: { skuId: $s, quantity: $q }) { id } }`,
        { s: sku.skuId, q: quantity },
        purchaser,
      );
    await addToCart(pear, 1);
    await addToCart(beads, 1);
    const r = await bankOrder([line(pear, 1)], { fromCart: true });
    expect(r.errors).toBeUndefined();
    const [o] = r.data!.placeOrder;
    const cart = await t.gql<{ myCart: { skuId: string }[] }>(`{ myCart { skuId } }`, {}, purchaser);
    expect(cart.data!.myCart.map((c) => c.skuId)).toEqual([beads.skuId]);
    const [row] = await t.db.query(
      `SELECT address, invoice, purpose, payment_method, buyer_id, checkout_id, ship_deadline_days FROM shop_order WHERE id = $1`,
      [o.id],
    );
    expect(row).toMatchObject({
      address: { ...CANTEEN_ADDRESS, postalCode: null },
      invoice: { title: '汾西县第一中学', taxNo: '12141034MB1234567X' },
      purpose: 'canteen',
      payment_method: 'bank_transfer',
      ship_deadline_days: 7,
    });
    const transitions = await t.db.query(
      `SELECT action, from_status, to_status, actor_id, actor_role FROM order_transition WHERE order_id = $1`,
      [o.id],
    );
    expect(transitions).toEqual([
      { action: 'place', from_status: null, to_status: 'pending_payment', actor_id: row.buyer_id, actor_role: 'unit_purchaser' },
    ]);
    const notices = await t.db.query(`SELECT user_id, kind, title, body FROM notification WHERE ref_id = $1`, [o.id]);
    expect(notices).toEqual([{ user_id: row.buyer_id, kind: 'order.place', title: `订单 ${o.orderNo} 待付款`, body: '下单：待付款' }]);
    const movement = await t.db.query(`SELECT kind, available_delta, reserved_delta, reason FROM stock_movement WHERE ref_id = $1`, [o.id]);
    expect(movement).toEqual([{ kind: 'reserved', available_delta: -1, reserved_delta: 1, reason: `订单 ${o.orderNo}` }]);
    await t.gql(`mutation($s: [ID!]!) { removeFromCart(skuIds: $s) }`, { s: [beads.skuId] }, purchaser);
  });

  it('one line above the per-buyer limit is refused with the limit and writes nothing', async () => {
    expect((await t.gql(`mutation { setPurchaseLimit(skuId: "${pear.skuId}", perBuyer: 2) }`, {}, supplier)).errors).toBeUndefined();
    const countBefore = (await t.db.query(`SELECT count(*)::int AS n FROM shop_order`))[0].n;
    const stockBefore = await stockOf(t, broiler.skuId);
    const r = await bankOrder([line(pear, 3), line(broiler, 1)]);
    expect(r.errors![0].extensions!.code).toBe('PURCHASE_LIMIT_EXCEEDED');
    expect(r.errors![0].message).toContain(pear.productName);
    expect(r.errors![0].message).toContain('2');
    expect((await t.db.query(`SELECT count(*)::int AS n FROM shop_order`))[0].n).toBe(countBefore);
    expect(await stockOf(t, broiler.skuId)).toEqual(stockBefore);
    expect(
      (await t.db.query(`SELECT count(*)::int AS n FROM buyer_sku_purchase WHERE sku_id = $1 AND quantity > 0`, [pear.skuId]))[0].n,
    ).toBe(0);
    await t.gql(`mutation { setPurchaseLimit(skuId: "${pear.skuId}", perBuyer: null) }`, {}, supplier);
  });

  it('an out-of-stock line rolls the whole checkout back and names the product', async () => {
    await setStock(t, beads.skuId, 1);
    const pearBefore = await stockOf(t, pear.skuId);
    const r = await bankOrder([line(pear, 1), line(beads, 2)]);
    expect(r.errors![0].extensions!.code).toBe('OUT_OF_STOCK');
    expect(r.errors![0].message).toContain(beads.productName);
    expect(await stockOf(t, pear.skuId)).toEqual(pearBefore);
    await setStock(t, beads.skuId, 100);
  });

  it('only unit purchasers pay by bank transfer; online payment shows as unavailable without Stripe keys', async () => {
    const byBuyer = await place(buyer, { lines: [line(pear, 1)], addressId: buyerAddress, paymentMethod: 'bank_transfer' });
    expect(byBuyer.errors![0].extensions!.code).toBe('FORBIDDEN');
    const online = await place(buyer, { lines: [line(pear, 1)], addressId: buyerAddress, paymentMethod: 'stripe' });
    expect(online.errors![0].extensions!.code).toBe('PAYMENT_UNAVAILABLE');
    const wechat = await place(buyer, { lines: [line(pear, 1)], addressId: buyerAddress, paymentMethod: 'wechatpay' });
    expect(wechat.errors![0]).toMatchObject({
      message: '微信支付暂不可用，请选择其他支付方式',
      extensions: { code: 'PAYMENT_UNAVAILABLE' },
    });
    const methods = await t.gql<{ paymentMethods: { method: string; available: boolean; reason: string | null }[] }>(
      `{ paymentMethods { method available reason } }`,
      {},
      purchaser,
    );
    expect(methods.data!.paymentMethods).toEqual([
      { method: 'stripe', available: false, reason: '在线支付暂不可用' },
      { method: 'wechatpay', available: false, reason: '在线支付暂不可用' },
      { method: 'alipay', available: false, reason: '在线支付暂不可用' },
      { method: 'bank_transfer', available: true, reason: null },
    ]);
  });

  it("refuses to pay, cancel or view someone else's order", async () => {
    const [o] = (await bankOrder([line(pear, 1)])).data!.placeOrder;
    const pay = await t.gql(`mutation($ids: [ID!]!) { startPayment(orderIds: $ids) { amountFen } }`, { ids: [o.id] }, buyer);
    expect(pay.errors![0].extensions!.code).toBe('NOT_FOUND');
    const cancel = await t.gql(`mutation($id: ID!) { cancelOrder(orderId: $id) { status } }`, { id: o.id }, buyer);
    expect(cancel.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await t.gql(`query($id: ID!) { order(id: $id) { id } }`, { id: o.id }, buyer)).errors![0].extensions!.code).toBe('NOT_FOUND');
    const own = await t.gql<{
      startPayment: { amountFen: string; bankAccount: { accountNo: string }; references: { remittanceRef: string }[] };
    }>(
      `mutation($ids: [ID!]!) { startPayment(orderIds: $ids) { amountFen bankAccount { accountNo } references { remittanceRef } } }`,
      { ids: [o.id] },
      purchaser,
    );
    expect(own.data!.startPayment).toMatchObject({ amountFen: o.totalFen, references: [{ remittanceRef: o.remittanceRef }] });
  });

  it('per-buyer limits hold under 20 concurrent checkouts of the same buyer', async () => {
    expect((await t.gql(`mutation { setPurchaseLimit(skuId: "${pear.skuId}", perBuyer: 3) }`, {}, supplier)).errors).toBeUndefined();
    const results = await Promise.all(Array.from({ length: 20 }, () => bankOrder([line(pear, 1)])));
    expect(results.filter((r) => r.data?.placeOrder).length).toBe(3);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'PURCHASE_LIMIT_EXCEEDED').length).toBe(17);
    const ok = results.filter((r) => r.data?.placeOrder).map((r) => r.data!.placeOrder[0]);
    // cancelling frees the limit again
    expect(
      (await t.gql(`mutation($id: ID!) { cancelOrder(orderId: $id, reason: "买错了") { status } }`, { id: ok[0].id }, purchaser)).errors,
    ).toBeUndefined();
    expect((await bankOrder([line(pear, 1)])).errors).toBeUndefined();
    expect((await bankOrder([line(pear, 1)])).errors![0].extensions!.code).toBe('PURCHASE_LIMIT_EXCEEDED');
    await t.gql(`mutation { setPurchaseLimit(skuId: "${pear.skuId}", perBuyer: null) }`, {}, supplier);
  });

  it('cancel before shipment releases the stock and emits order.cancelled; it cannot be cancelled twice', async () => {
    const before = await stockOf(t, beads.skuId);
    const [o] = (await bankOrder([line(beads, 3)])).data!.placeOrder;
    expect(await stockOf(t, beads.skuId)).toEqual({ a: before.a - 3, r: before.r + 3 });
    const c = await t.gql<{ cancelOrder: { status: string } }>(
      `mutation($id: ID!) { cancelOrder(orderId: $id) { status } }`,
      { id: o.id },
      purchaser,
    );
    expect(c.data!.cancelOrder.status).toBe('cancelled');
    expect(await stockOf(t, beads.skuId)).toEqual(before);
    expect((await outbox(o.id)).map((e) => e.type)).toEqual(['order.cancelled']);
    const again = await t.gql(`mutation($id: ID!) { cancelOrder(orderId: $id) { status } }`, { id: o.id }, purchaser);
    expect(again.errors![0].extensions!.code).toBe('INVALID_ORDER_STATE');
  });

  it('the sweeper cancels unpaid orders after their term (one 15-day extension) and auto-confirms receipt 10 days after shipment', async () => {
    const sweeper = t.api.app.get(OrderSweeper);
    const before = await stockOf(t, beads.skuId);
    const [a] = (await bankOrder([line(beads, 1)])).data!.placeOrder;
    const [b] = (await bankOrder([line(beads, 1)])).data!.placeOrder;
    expect(
      (await t.gql(`mutation($id: ID!) { extendPaymentTerm(orderId: $id) { payDeadline } }`, { id: b.id }, purchaser)).errors,
    ).toBeUndefined();
    expect(
      (await t.gql(`mutation($id: ID!) { extendPaymentTerm(orderId: $id) { payDeadline } }`, { id: b.id }, purchaser)).errors![0].message,
    ).toContain('只能延长一次');
    await sweeper.sweep(new Date(Date.now() + 20 * DAY));
    expect((await order(a.id)).status).toBe('pending_payment');
    await sweeper.sweep(new Date(Date.now() + 31 * DAY));
    const va = await order(a.id);
    expect(va.status).toBe('cancelled');
    expect(va.timeline.at(-1)).toMatchObject({ action: 'expire', actorRole: 'system', actorId: null });
    expect((await order(b.id)).status).toBe('pending_payment');
    await sweeper.sweep(new Date(Date.now() + 46 * DAY));
    expect((await order(b.id)).status).toBe('cancelled');
    expect(await stockOf(t, beads.skuId)).toEqual(before);

    const [s] = (await bankOrder([line(beads, 1)], { paymentTerm: 'ship_first' })).data!.placeOrder;
    expect(s.status).toBe('to_ship');
    await t.gql(
      `mutation($i: ShipOrderInput!) { shipOrder(input: $i) { status } }`,
      { i: { orderId: s.id, carrier: '中国邮政', trackingNo: 'EMS0000000001' } },
      admin,
    );
    await sweeper.sweep(new Date(Date.now() + 9 * DAY));
    expect((await order(s.id)).status).toBe('shipped');
    await sweeper.sweep(new Date(Date.now() + 11 * DAY));
    const vs = await order(s.id);
    expect(vs).toMatchObject({ status: 'received', paymentStatus: 'unpaid' });
    expect(vs.timeline.at(-1)).toMatchObject({ action: 'auto_receive', actorRole: 'system' });
    expect((await outbox(s.id)).map((e) => e.type)).toEqual(['order.received']);
  });

  it('a partial bank refund with returned goods puts stock back, and a full refund ends the order as refunded; events carry the refunded part', async () => {
    const [o] = (await bankOrder([line(beads, 4)])).data!.placeOrder;
    const t1 = await recordTransfer('TXN-REFUND', Number(o.totalFen));
    await match(t1, [{ orderId: o.id, amountFen: Number(o.totalFen) }]);
    const afterPay = await stockOf(t, beads.skuId);
    const refund = (lines: { lineId: string; quantity: number }[], extra: Record<string, unknown> = {}) =>
      t.gql<{ refundOrder: { amountFen: string; status: string } }>(
        `mutation($i: RefundOrderInput!) { refundOrder(input: $i) { amountFen status } }`,
        { i: { orderId: o.id, lines, reason: '退货', restock: true, ...extra } },
        admin,
      );
    const r1 = await refund([{ lineId: o.lines[0].id, quantity: 1 }]);
    expect(r1.data!.refundOrder).toEqual({ amountFen: String(beads.priceFen), status: 'succeeded' });
    expect(await stockOf(t, beads.skuId)).toEqual({ a: afterPay.a + 1, r: afterPay.r });
    expect((await order(o.id)).paymentStatus).toBe('partially_refunded');
    expect((await refund([{ lineId: o.lines[0].id, quantity: 4 }])).errors![0].extensions!.field).toBe('lines.0.quantity');
    expect(
      (
        await t.gql(
          `mutation($i: RefundOrderInput!) { refundOrder(input: $i) { status } }`,
          { i: { orderId: o.id, lines: [{ lineId: o.lines[0].id, quantity: 1 }], reason: 'x' } },
          purchaser,
        )
      ).errors![0].extensions!.code,
    ).toBe('FORBIDDEN');
    const r2 = await refund([{ lineId: o.lines[0].id, quantity: 3 }], { includeShipping: true });
    expect(r2.errors).toBeUndefined();
    const v = await order(o.id);
    expect(v).toMatchObject({ status: 'refunded', paymentStatus: 'refunded', refundedFen: o.totalFen });
    const refunded = (await outbox(o.id)).filter((e) => e.type === 'order.refunded');
    expect(refunded.map((e) => e.payload.lines[0].quantity)).toEqual([1, 3]);
    expect(refunded[0].payload).toMatchObject({ refundFen: beads.priceFen });
  });

  it('a refund by amount is spread over the lines in whole fen, keeps the goods with the buyer, and later refunds give back only what is left', async () => {
    const pear10 = await skuOf(t, 'yulu-pear-10kg');
    const [o] = (await bankOrder([line(pear, 2), line(pear10, 1)])).data!.placeOrder;
    await match(await recordTransfer('TXN-AMOUNT', Number(o.totalFen)), [{ orderId: o.id, amountFen: Number(o.totalFen) }]);
    const stockBefore = await stockOf(t, pear.skuId);
    const refund = (input: Record<string, unknown>) =>
      t.gql<{ refundOrder: { amountFen: string; status: string; lines: { lineId: string; quantity: number; amountFen: string }[] } }>(
        `mutation($i: RefundOrderInput!) { refundOrder(input: $i) { amountFen status lines { lineId quantity amountFen } } }`,
        { i: { orderId: o.id, reason: '部分破损，协商补偿', ...input } },
        admin,
      );
    const lineOf = (sku: Sku) => o.lines.find((l) => l.skuId === sku.skuId)!.id;
    // 30.01 yuan over 136.00 and 99.00 yuan: 1736.77 and 1264.23 fen, the odd fen to the larger remainder.
    const r1 = await refund({ amountFen: '3001' });
    expect(r1.errors).toBeUndefined();
    expect(r1.data!.refundOrder).toEqual({
      amountFen: '3001',
      status: 'succeeded',
      lines: [
        { lineId: lineOf(pear), quantity: 0, amountFen: '1737' },
        { lineId: lineOf(pear10), quantity: 0, amountFen: '1264' },
      ].sort((a, b) => o.lines.findIndex((l) => l.id === a.lineId) - o.lines.findIndex((l) => l.id === b.lineId)),
    });
    expect(await stockOf(t, pear.skuId)).toEqual(stockBefore);
    expect((await order(o.id)).paymentStatus).toBe('partially_refunded');
    const [event] = (await outbox(o.id)).filter((e) => e.type === 'order.refunded');
    expect(event.payload).toMatchObject({ refundFen: 3001 });
    expect(event.payload.lines.map((l) => [l.quantity, l.amountFen]).sort()).toEqual([
      [0, 1264],
      [0, 1737],
    ]);
    // the 10 kg box comes back: 99.00 yuan less the 12.64 already given for it
    const r2 = await refund({ lines: [{ lineId: lineOf(pear10), quantity: 1 }], restock: true });
    expect(r2.data!.refundOrder.amountFen).toBe('8636');
    // refusals: both ways at once, restock without goods, more than the goods left (235.00 − 30.01 − 86.36 = 118.63)
    expect((await refund({ amountFen: '100', lines: [{ lineId: lineOf(pear), quantity: 1 }] })).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'amountFen',
    });
    expect((await refund({ amountFen: '100', restock: true })).errors![0].extensions).toMatchObject({ field: 'restock' });
    const over = await refund({ amountFen: '11864' });
    expect(over.errors![0].extensions).toMatchObject({ field: 'amountFen' });
    expect(over.errors![0].message).toContain('118.63');
    expect((await refund({ amountFen: '0' })).errors![0].extensions).toMatchObject({ field: 'amountFen' });
    const rest = await refund({ amountFen: '11863' });
    expect(rest.errors).toBeUndefined();
    expect(await order(o.id)).toMatchObject({ status: 'refunded', paymentStatus: 'refunded', refundedFen: o.totalFen });
  });

  it('the shipping fee is refunded once', async () => {
    const [o] = (await bankOrder([line(beads, 1)])).data!.placeOrder;
    expect(o.shippingFen).toBe('1000');
    await match(await recordTransfer('TXN-SHIPPING', Number(o.totalFen)), [{ orderId: o.id, amountFen: Number(o.totalFen) }]);
    const shipping = () =>
      t.gql<{ refundOrder: { amountFen: string } }>(
        `mutation($i: RefundOrderInput!) { refundOrder(input: $i) { amountFen } }`,
        { i: { orderId: o.id, lines: [], includeShipping: true, reason: '运费补偿' } },
        admin,
      );
    expect((await shipping()).data!.refundOrder.amountFen).toBe('1000');
    const again = await shipping();
    expect(again.errors![0]).toMatchObject({ message: '运费已退过', extensions: { field: 'includeShipping' } });
    const nothing = await t.gql(
      `mutation($i: RefundOrderInput!) { refundOrder(input: $i) { amountFen } }`,
      { i: { orderId: o.id, lines: [], reason: '无' } },
      admin,
    );
    expect(nothing.errors![0].extensions).toMatchObject({ field: 'lines' });
  });

  it('binding change is a request an admin approves, recorded on the timeline', async () => {
    const [o] = (await bankOrder([line(beads, 1)])).data!.placeOrder;
    // the 主管单位 above the order's unit: a re-binding goes only to the buyer's units or to units above
    const [{ id: otherUnit }] = await t.db.query(`SELECT parent_id AS id FROM work_unit WHERE id = $1`, [o.unitId]);
    expect(otherUnit).toBeTruthy();
    const req = await t.gql<{ requestBindingChange: { id: string; status: string } }>(
      `mutation($o: ID!, $u: ID!) { requestBindingChange(orderId: $o, toUnitId: $u, reason: "工会统一采购，应计入上级单位") { id status } }`,
      { o: o.id, u: otherUnit },
      purchaser,
    );
    expect(req.data!.requestBindingChange.status).toBe('pending');
    expect(
      (
        await t.gql(
          `mutation($id: ID!) { decideBindingChange(requestId: $id, approve: true) { status } }`,
          { id: req.data!.requestBindingChange.id },
          purchaser,
        )
      ).errors![0].extensions!.code,
    ).toBe('FORBIDDEN');
    const ok = await t.gql(
      `mutation($id: ID!) { decideBindingChange(requestId: $id, approve: true) { status decidedBy } }`,
      { id: req.data!.requestBindingChange.id },
      admin,
    );
    expect(ok.errors).toBeUndefined();
    const [{ unit_id }] = await t.db.query(`SELECT unit_id FROM shop_order WHERE id = $1`, [o.id]);
    expect(unit_id).toBe(otherUnit);
    expect((await order(o.id)).timeline.at(-1)).toMatchObject({ action: 'rebind', actorRole: 'platform_admin' });
  });
});
