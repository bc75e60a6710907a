import { createTestApp, TestApp } from '@yigou/server/testing';
import { EventDispatcher } from '@yigou/server/events';
import { liveSessionWithPear, until, watch } from '../livestream/live-fixtures';
import { addAddress, PLACE, PlacedOrder, skuOf, stockOf } from './order-helpers';

jest.setTimeout(60_000);

describe('checkout from a live room', () => {
  let t: TestApp;
  let purchaser: string;
  let host: string;
  let address: string;

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    [purchaser, host] = await Promise.all(['purchaser', 'host'].map((l) => t.loginAs(l)));
    address = await addAddress(t, purchaser);
  });
  afterAll(() => t.close());

  const placeLive = (sessionId: string, skuId: string, quantity: number, priceFen: number) =>
    t.gql<{ placeOrder: PlacedOrder[] }>(
      PLACE,
      {
        input: {
          lines: [{ skuId, quantity, expectedPriceFen: String(priceFen) }],
          addressId: address,
          paymentMethod: 'bank_transfer',
          purpose: 'union',
          liveSessionId: sessionId,
          fromCart: false,
        },
      },
      purchaser,
    );
  const claimed = async (sessionId: string) =>
    Number((await t.db.query(`SELECT claimed FROM live_session_product WHERE session_id = $1`, [sessionId]))[0].claimed);

  it('orders at the live price, carries the session, and counts against the session cap', async () => {
    const live = await liveSessionWithPear(t, host, { stockCap: 3, perBuyerLimit: 5 });
    const pear = await skuOf(t, 'yulu-pear-5kg');
    const before = await stockOf(t, pear.skuId);
    const r = await placeLive(live.sessionId, live.skuId, 2, live.livePriceFen);
    expect(r.errors).toBeUndefined();
    const [order] = r.data!.placeOrder;
    expect(order.lines[0].unitPriceFen).toBe(String(live.livePriceFen));
    expect(Number(order.itemsFen)).toBe(live.livePriceFen * 2);
    const [row] = await t.db.query(`SELECT live_session_id FROM shop_order WHERE id = $1`, [order.id]);
    expect(row.live_session_id).toBe(live.sessionId);
    expect(await claimed(live.sessionId)).toBe(2);
    expect((await stockOf(t, pear.skuId)).a).toBe(before.a - 2);

    // only 1 left under the session cap: 2 more are refused and nothing is kept
    const over = await placeLive(live.sessionId, live.skuId, 2, live.livePriceFen);
    expect(over.errors?.[0].extensions?.code).toBe('LIVE_SOLD_OUT');
    expect(await claimed(live.sessionId)).toBe(2);
    expect((await stockOf(t, pear.skuId)).a).toBe(before.a - 2);
  });

  it('refuses the list price in a live order and names the live price', async () => {
    const live = await liveSessionWithPear(t, host, { stockCap: 10 });
    const pear = await skuOf(t, 'yulu-pear-5kg');
    const r = await placeLive(live.sessionId, live.skuId, 1, pear.priceFen);
    expect(r.errors?.[0].extensions?.code).toBe('PRICE_CHANGED');
    expect(await claimed(live.sessionId)).toBe(0);
  });

  it('cancelling a live order gives its claim back to the session', async () => {
    const live = await liveSessionWithPear(t, host, { stockCap: 5 });
    const [order] = (await placeLive(live.sessionId, live.skuId, 3, live.livePriceFen)).data!.placeOrder;
    expect(await claimed(live.sessionId)).toBe(3);
    const cancel = await t.gql(
      `mutation($id: ID!) { cancelOrder(orderId: $id, reason: "直播下单买多了") { status } }`,
      { id: order.id },
      purchaser,
    );
    expect(cancel.errors).toBeUndefined();
    expect(await claimed(live.sessionId)).toBe(0);
  });

  it('the room shows a live order on placement as 已下单, then the same line as 已付款 when finance matches the transfer', async () => {
    const live = await liveSessionWithPear(t, host, { stockCap: 3 });
    const viewer = watch(t, live.sessionId);
    await viewer.ready;
    type Room = { placedCount: number; orderCount: number; recentOrders: { id: string; orderId: string; status: string; text: string }[] };
    const room = async (): Promise<Room> => {
      const r = await t.gql<{ liveSession: Room }>(
        `query($id: ID!) { liveSession(id: $id) { placedCount orderCount recentOrders(first: 20) { id orderId status text } } }`,
        { id: live.sessionId },
      );
      expect(r.errors).toBeUndefined();
      return r.data!.liveSession;
    };
    const [order] = (await placeLive(live.sessionId, live.skuId, 1, live.livePriceFen)).data!.placeOrder;
    // No payment yet: shown, not sold.
    const placed = await room();
    expect(placed.placedCount).toBe(1);
    expect(placed.orderCount).toBe(0);
    expect(placed.recentOrders).toEqual([
      { id: `placed:${order.id}`, orderId: order.id, status: 'placed', text: '汾西县第一中学 李** 刚刚下单了 玉露香梨' },
    ]);
    await until(
      () => viewer.pushes.some((p) => p.data?.liveUpdates.orders.some((o) => o.text.includes('刚刚下单了'))),
      5000,
      'placement push',
    );
    // A refused checkout (over the cap) shows nothing and counts nothing.
    expect((await placeLive(live.sessionId, live.skuId, 3, live.livePriceFen)).errors?.[0].extensions?.code).toBe('LIVE_SOLD_OUT');
    expect((await room()).placedCount).toBe(1);

    // Platform finance records the transfer and matches it: the order is paid and counts as sold.
    const finance = await t.loginAs('platform-finance');
    const rec = await t.gql<{ recordBankTransfer: { id: string } }>(
      `mutation($input: RecordTransferInput!) { recordBankTransfer(input: $input) { id } }`,
      {
        input: {
          bankTxnNo: `LIVE-PLACED-${order.orderNo}`,
          payerName: '汾西县第一中学',
          amountFen: order.totalFen,
          memo: order.remittanceRef,
          receivedAt: new Date().toISOString(),
        },
      },
      finance,
    );
    expect(rec.errors).toBeUndefined();
    const m = await t.gql(
      `mutation($id: ID!, $a: [TransferAllocationInput!]!) { matchBankTransfer(transferId: $id, allocations: $a) { matchedFen } }`,
      { id: rec.data!.recordBankTransfer.id, a: [{ orderId: order.id, amountFen: order.totalFen }] },
      finance,
    );
    expect(m.errors).toBeUndefined();
    await t.api.app.get(EventDispatcher).drain();
    const paid = await room();
    expect(paid.placedCount).toBe(1);
    expect(paid.orderCount).toBe(1);
    expect(paid.recentOrders.map(({ orderId, status, text }) => ({ orderId, status, text }))).toEqual([
      { orderId: order.id, status: 'paid', text: '汾西县第一中学 李** 刚刚购买了 玉露香梨' },
    ]);
    await until(() => viewer.pushes.some((p) => p.data?.liveUpdates.orderCount === 1), 5000, 'paid push');
    await viewer.client.dispose();
  });
});
