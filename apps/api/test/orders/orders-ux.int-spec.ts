import { OrderSweeper } from '@yigou/server/orders';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { addAddress, line, PLACE, PlacedOrder, Sku, skuOf } from './order-helpers';

const DAY = 86_400_000;

// Boots the API on a shared 2-core machine: give hooks room.
jest.setTimeout(60_000);
describe('orders UX: binding changes, purchase limits, shipping deadlines, supplier notifications', () => {
  let t: TestApp;
  let buyer: string;
  let purchaser: string;
  let supplier: string;
  let admin: string;
  let walnut: Sku; // 高寒合作社, the demo supplier's product
  let broiler: Sku; // another supplier
  let purchaserAddress: string;

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    [buyer, purchaser, supplier, admin] = await Promise.all(['buyer', 'purchaser', 'supplier', 'admin'].map((l) => t.loginAs(l)));
    walnut = await skuOf(t, 'walnut');
    broiler = await skuOf(t, 'broiler-whole');
    purchaserAddress = await addAddress(t, purchaser);
    await t.db.query(`UPDATE product_sku SET stock_available = stock_available + 500 WHERE id = ANY($1::uuid[])`, [
      [walnut.skuId, broiler.skuId],
    ]);
  });
  afterAll(() => t.close());

  const place = async (token: string, input: Record<string, unknown>) => {
    const r = await t.gql<{ placeOrder: PlacedOrder[] }>(PLACE, { input }, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.placeOrder;
  };
  const bankOrder = (lines: ReturnType<typeof line>[], paymentTerm = 'pay_first') =>
    place(purchaser, { lines, addressId: purchaserAddress, paymentMethod: 'bank_transfer', paymentTerm, purpose: 'canteen' });
  let txn = 0;
  const payByTransfer = async (o: PlacedOrder) => {
    const rec = await t.gql<{ recordBankTransfer: { id: string } }>(
      `mutation($input: RecordTransferInput!) { recordBankTransfer(input: $input) { id } }`,
      {
        input: {
          bankTxnNo: `UX${process.pid}${++txn}`,
          payerName: '汾西县第一中学',
          amountFen: o.totalFen,
          memo: '',
          receivedAt: new Date().toISOString(),
        },
      },
      admin,
    );
    const m = await t.gql(
      `mutation($id: ID!, $a: [TransferAllocationInput!]!) { matchBankTransfer(transferId: $id, allocations: $a) { matchedFen } }`,
      { id: rec.data!.recordBankTransfer.id, a: [{ orderId: o.id, amountFen: o.totalFen }] },
      admin,
    );
    expect(m.errors).toBeUndefined();
  };
  const supplierNotes = async (orderId: string, token = supplier) => {
    const r = await t.gql<{ myNotifications: { edges: { node: { kind: string; title: string; refId: string | null } }[] } }>(
      `{ myNotifications(first: 100) { edges { node { kind title refId } } } }`,
      {},
      token,
    );
    return r.data!.myNotifications.edges.map((e) => e.node).filter((n) => n.refId === orderId);
  };

  describe('binding change', () => {
    const DETAIL = `query($id: ID!) { order(id: $id) { unitId unitName bindingChanges { status reason fromUnitName toUnitName orderNo decidedAt } timeline { action note } } }`;
    type Detail = {
      order: {
        unitId: string;
        unitName: string;
        bindingChanges: {
          status: string;
          reason: string;
          fromUnitName: string;
          toUnitName: string;
          orderNo: string;
          decidedAt: string | null;
        }[];
        timeline: { action: string; note: string }[];
      };
    };

    it('offers the buyer the 主管单位 chain above the order unit, and only to the buyer', async () => {
      const [o] = await bankOrder([line(walnut, 1)]);
      const r = await t.gql<{ bindingChangeTargets: { name: string; parent: boolean; current: boolean }[] }>(
        `query($id: ID!) { bindingChangeTargets(orderId: $id) { name parent current } }`,
        { id: o.id },
        purchaser,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.bindingChangeTargets.map((u) => u.name)).toEqual(['汾西县教育局', '汾西县人民政府办公室']);
      expect(r.data!.bindingChangeTargets.every((u) => u.parent && !u.current)).toBe(true);
      const other = await t.gql(`query($id: ID!) { bindingChangeTargets(orderId: $id) { name } }`, { id: o.id }, supplier);
      expect(other.errors![0].extensions!.code).toBe('FORBIDDEN');
    });

    it('a request shows on the order and in the admin list; rejecting keeps the unit, approving rebinds it, both recorded', async () => {
      const [o] = await bankOrder([line(walnut, 1)]);
      const [{ id: education }] = await t.db.query(`SELECT id FROM work_unit WHERE name = '汾西县教育局'`);
      const request = (reason: string) =>
        t.gql<{ requestBindingChange: { id: string } }>(
          `mutation($o: ID!, $u: ID!, $r: String!) { requestBindingChange(orderId: $o, toUnitId: $u, reason: $r) { id } }`,
          { o: o.id, u: education, r: reason },
          purchaser,
        );
      const first = await request('教育局统一采购');
      expect(first.errors).toBeUndefined();

      const pending = await t.gql<{ pendingBindingChanges: { id: string; orderNo: string; fromUnitName: string; toUnitName: string }[] }>(
        `{ pendingBindingChanges { id orderNo fromUnitName toUnitName } }`,
        {},
        admin,
      );
      expect(pending.data!.pendingBindingChanges.find((p) => p.id === first.data!.requestBindingChange.id)).toEqual({
        id: first.data!.requestBindingChange.id,
        orderNo: o.orderNo,
        fromUnitName: '汾西县第一中学',
        toUnitName: '汾西县教育局',
      });
      expect((await t.gql(`{ pendingBindingChanges { id } }`, {}, purchaser)).errors![0].extensions!.code).toBe('FORBIDDEN');

      const rejected = await t.gql(
        `mutation($id: ID!) { decideBindingChange(requestId: $id, approve: false) { status } }`,
        { id: first.data!.requestBindingChange.id },
        admin,
      );
      expect(rejected.errors).toBeUndefined();
      let d = (await t.gql<Detail>(DETAIL, { id: o.id }, purchaser)).data!.order;
      expect(d.unitName).toBe('汾西县第一中学');
      expect(d.bindingChanges.map((b) => b.status)).toEqual(['rejected']);

      const second = await request('学校食堂由教育局结算');
      await t.gql(
        `mutation($id: ID!) { decideBindingChange(requestId: $id, approve: true) { status } }`,
        { id: second.data!.requestBindingChange.id },
        admin,
      );
      d = (await t.gql<Detail>(DETAIL, { id: o.id }, purchaser)).data!.order;
      expect(d.unitId).toBe(education);
      expect(d.unitName).toBe('汾西县教育局');
      expect(d.bindingChanges.map((b) => [b.status, b.reason, b.fromUnitName, b.toUnitName])).toEqual([
        ['rejected', '教育局统一采购', '汾西县第一中学', '汾西县教育局'],
        ['approved', '学校食堂由教育局结算', '汾西县第一中学', '汾西县教育局'],
      ]);
      expect(d.bindingChanges.every((b) => b.decidedAt !== null)).toBe(true);
      expect(d.timeline.at(-1)).toMatchObject({ action: 'rebind', note: '计入单位变更：学校食堂由教育局结算' });
    });
  });

  describe('per-buyer purchase limits', () => {
    const SKU = `query($id: ID!) { product(id: $id) { skus { id purchaseLimit purchaseLimitRemaining } } }`;
    const skuView = async (token?: string) => {
      const [{ product_id }] = await t.db.query(`SELECT product_id FROM product_sku WHERE id = $1`, [walnut.skuId]);
      const r = await t.gql<{ product: { skus: { id: string; purchaseLimit: number | null; purchaseLimitRemaining: number | null }[] } }>(
        SKU,
        { id: product_id },
        token,
      );
      return r.data!.product.skus.find((s) => s.id === walnut.skuId)!;
    };

    it('buyers see the limit and what they may still buy, on the product and in the cart; cancelling gives it back', async () => {
      expect(await skuView(buyer)).toMatchObject({ purchaseLimit: null, purchaseLimitRemaining: null });
      const set = await t.gql(`mutation($s: ID!) { setPurchaseLimit(skuId: $s, perBuyer: 3) }`, { s: walnut.skuId }, supplier);
      expect(set.errors).toBeUndefined();
      expect(await skuView()).toMatchObject({ purchaseLimit: 3, purchaseLimitRemaining: null });
      expect(await skuView(buyer)).toMatchObject({ purchaseLimit: 3, purchaseLimitRemaining: 3 });

      const token = purchaser;
      expect(await skuView(token)).toMatchObject({ purchaseLimit: 3, purchaseLimitRemaining: 3 });
      const [o] = await bankOrder([line(walnut, 2)]);
      expect(await skuView(token)).toMatchObject({ purchaseLimit: 3, purchaseLimitRemaining: 1 });

      await t.gql(`mutation($i: CartLineInput!) { addToCart(input: $i) { id } }`, { i: { skuId: walnut.skuId, quantity: 1 } }, token);
      const cart = await t.gql<{ myCart: { skuId: string; purchaseLimit: number | null; purchaseLimitRemaining: number | null }[] }>(
        `{ myCart { skuId purchaseLimit purchaseLimitRemaining } }`,
        {},
        token,
      );
      expect(cart.data!.myCart.find((c) => c.skuId === walnut.skuId)).toMatchObject({ purchaseLimit: 3, purchaseLimitRemaining: 1 });

      const cancel = await t.gql(`mutation($id: ID!) { cancelOrder(orderId: $id) { status } }`, { id: o.id }, token);
      expect(cancel.errors).toBeUndefined();
      expect(await skuView(token)).toMatchObject({ purchaseLimitRemaining: 3 });
      await t.gql(`mutation($s: ID!) { setPurchaseLimit(skuId: $s, perBuyer: null) }`, { s: walnut.skuId }, supplier);
      expect(await skuView(token)).toMatchObject({ purchaseLimit: null });
    });
  });

  describe('shipping deadline', () => {
    const VIEW = `query($id: ID!) { order(id: $id) { status paidAt shipDeadlineDays shipDueAt shipOverdue } }`;
    type View = {
      order: { status: string; paidAt: string | null; shipDeadlineDays: number; shipDueAt: string | null; shipOverdue: boolean };
    };

    it('a paid order is due 7 days after payment, overdue after that, and not once shipped; 15 days moves the deadline', async () => {
      const [o] = await bankOrder([line(walnut, 1)]);
      expect((await t.gql<View>(VIEW, { id: o.id }, supplier)).data!.order).toMatchObject({ shipDueAt: null, shipOverdue: false });
      await payByTransfer(o);
      let v = (await t.gql<View>(VIEW, { id: o.id }, supplier)).data!.order;
      expect(v.status).toBe('to_ship');
      expect(new Date(v.shipDueAt!).getTime() - new Date(v.paidAt!).getTime()).toBe(7 * DAY);
      expect(v.shipOverdue).toBe(false);

      await t.db.query(`UPDATE shop_order SET paid_at = now() - interval '8 days' WHERE id = $1`, [o.id]);
      v = (await t.gql<View>(VIEW, { id: o.id }, purchaser)).data!.order;
      expect(v.shipOverdue).toBe(true);
      const desk = await t.gql<{ supplierOrders: { edges: { node: { id: string; shipOverdue: boolean } }[] } }>(
        `{ supplierOrders(first: 100, status: to_ship) { edges { node { id shipOverdue } } } }`,
        {},
        supplier,
      );
      expect(desk.data!.supplierOrders.edges.find((e) => e.node.id === o.id)!.node.shipOverdue).toBe(true);

      await t.gql(`mutation($id: ID!) { setShipDeadline(orderId: $id, days: 15) { id } }`, { id: o.id }, admin);
      v = (await t.gql<View>(VIEW, { id: o.id }, supplier)).data!.order;
      expect(v.shipOverdue).toBe(false);
      expect(new Date(v.shipDueAt!).getTime() - new Date(v.paidAt!).getTime()).toBe(15 * DAY);

      await t.db.query(`UPDATE shop_order SET paid_at = now() - interval '16 days' WHERE id = $1`, [o.id]);
      expect((await t.gql<View>(VIEW, { id: o.id }, supplier)).data!.order.shipOverdue).toBe(true);
      const shipped = await t.gql(
        `mutation($i: ShipOrderInput!) { shipOrder(input: $i) { status } }`,
        { i: { orderId: o.id, carrier: '顺丰速运', trackingNo: 'SF1234567890' } },
        supplier,
      );
      expect(shipped.errors).toBeUndefined();
      expect((await t.gql<View>(VIEW, { id: o.id }, supplier)).data!.order).toMatchObject({
        status: 'shipped',
        shipDueAt: null,
        shipOverdue: false,
      });
    });

    it('a ship-first order is due from placement', async () => {
      const [o] = await bankOrder([line(walnut, 1)], 'ship_first');
      const v = (
        await t.gql<{ order: { createdAt: string; shipDueAt: string } }>(
          `query($id: ID!) { order(id: $id) { createdAt shipDueAt } }`,
          { id: o.id },
          supplier,
        )
      ).data!.order;
      expect(new Date(v.shipDueAt).getTime() - new Date(v.createdAt).getTime()).toBe(7 * DAY);
    });
  });

  describe('supplier staff notifications', () => {
    it('the supplier hears of a paid order, a ship-first order, its cancellation and a refund; another supplier does not', async () => {
      const [paid] = await bankOrder([line(walnut, 1)]);
      expect(await supplierNotes(paid.id)).toEqual([]); // unpaid: nothing to ship yet
      await payByTransfer(paid);
      expect((await supplierNotes(paid.id)).map((n) => n.kind)).toEqual(['supplier.new_order']);
      expect((await supplierNotes(paid.id))[0].title).toBe(`新订单待发货：${paid.orderNo}`);

      const refund = await t.gql(
        `mutation($i: RefundOrderInput!) { refundOrder(input: $i) { status } }`,
        { i: { orderId: paid.id, lines: [{ lineId: paid.lines[0].id, quantity: 1 }], reason: '缺货退款' } },
        admin,
      );
      expect(refund.errors).toBeUndefined();
      expect((await supplierNotes(paid.id)).map((n) => n.kind).sort()).toEqual(['supplier.new_order', 'supplier.refunded']);

      const [shipFirst] = await bankOrder([line(walnut, 1)], 'ship_first');
      expect((await supplierNotes(shipFirst.id)).map((n) => n.kind)).toEqual(['supplier.new_order']);
      const cancel = await t.gql(
        `mutation($id: ID!) { cancelOrder(orderId: $id, reason: "单位改期采购") { status } }`,
        { id: shipFirst.id },
        purchaser,
      );
      expect(cancel.errors).toBeUndefined();
      const notes = await supplierNotes(shipFirst.id);
      expect(notes.map((n) => n.kind).sort()).toEqual(['supplier.cancelled', 'supplier.new_order']);

      const [unpaid] = await bankOrder([line(walnut, 1)]);
      await t.gql(`mutation($id: ID!) { cancelOrder(orderId: $id) { status } }`, { id: unpaid.id }, purchaser);
      expect(await supplierNotes(unpaid.id)).toEqual([]); // it never reached the supplier's desk

      const [other] = await bankOrder([line(broiler, 1)], 'ship_first');
      expect(await supplierNotes(other.id)).toEqual([]);
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM notification n JOIN role_grant g ON g.user_id = n.user_id AND g.role = 'supplier_staff' AND g.supplier_id = $2 WHERE n.ref_id = $1 AND n.kind = 'supplier.new_order'`,
        [other.id, other.supplierId],
      );
      expect(n).toBe(
        (
          await t.db.query(`SELECT count(DISTINCT user_id)::int AS n FROM role_grant WHERE role = 'supplier_staff' AND supplier_id = $1`, [
            other.supplierId,
          ])
        )[0].n,
      );
    });
  });

  describe('overdue shipping job', () => {
    it('records an overdue order once on its timeline and tells the buyer and the supplier, by the clock it is given', async () => {
      const [o] = await bankOrder([line(walnut, 1)]);
      await payByTransfer(o);
      const sweeper = t.api.app.get(OrderSweeper);
      const timeline = async () =>
        (
          await t.gql<{ order: { timeline: { action: string; actorRole: string; note: string }[] } }>(
            `query($id: ID!) { order(id: $id) { timeline { action actorRole note } } }`,
            { id: o.id },
            purchaser,
          )
        ).data!.order.timeline;
      const buyerNotes = async () => (await supplierNotes(o.id, purchaser)).filter((n) => n.kind === 'order.ship_overdue');

      await sweeper.flagOverdue(new Date(Date.now() + 6 * DAY));
      expect((await timeline()).some((s) => s.action === 'ship_overdue')).toBe(false);

      await sweeper.flagOverdue(new Date(Date.now() + 8 * DAY));
      expect((await timeline()).filter((s) => s.action === 'ship_overdue')).toEqual([
        { action: 'ship_overdue', actorRole: 'system', note: '已超过 7 天发货期限，尚未发货' },
      ]);
      expect(await buyerNotes()).toHaveLength(1);
      expect((await supplierNotes(o.id)).filter((n) => n.kind === 'supplier.ship_overdue').map((n) => n.title)).toEqual([
        `订单超过发货期限：${o.orderNo}`,
      ]);

      await sweeper.flagOverdue(new Date(Date.now() + 9 * DAY));
      expect((await timeline()).filter((s) => s.action === 'ship_overdue')).toHaveLength(1);
      expect(await buyerNotes()).toHaveLength(1);
      const shipped = await t.gql(
        `mutation($i: ShipOrderInput!) { shipOrder(input: $i) { status } }`,
        { i: { orderId: o.id, carrier: '顺丰速运', trackingNo: 'SF0987654321' } },
        supplier,
      );
      expect(shipped.errors).toBeUndefined();
    });
  });
});
