import { createTestApp, TestApp } from '@yigou/server/testing';
import { liveSessionWithPear } from '../livestream/live-fixtures';
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
    const cancel = await t.gql(`mutation($id: ID!) { cancelOrder(orderId: $id, reason: "直播下单买多了") { status } }`, { id: order.id }, purchaser);
    expect(cancel.errors).toBeUndefined();
    expect(await claimed(live.sessionId)).toBe(0);
  });
});
