import { createTestApp, TestApp } from '@yigou/server/testing';
import { addAddress, line, placeFirst, Sku, skuOf } from './order-helpers';

// Boots the API on a shared 2-core machine: give hooks room.
jest.setTimeout(60_000);
describe("order timeline: the buyer's steps carry the role they bought in", () => {
  let t: TestApp;
  let buyer: string;
  let purchaser: string;
  let buyerAddress: string;
  let purchaserAddress: string;
  let pear: Sku;

  beforeAll(async () => {
    // Stripe settings only so that a personal buyer can place an online order; nothing here pays.
    t = await createTestApp(
      { eventsAutoDeliver: false },
      { STRIPE_SECRET_KEY: 'sk_test_timeline', STRIPE_PUBLISHABLE_KEY: 'pk_test_timeline' },
    );
    [buyer, purchaser] = await Promise.all(['buyer', 'purchaser'].map((l) => t.loginAs(l)));
    [buyerAddress, purchaserAddress] = await Promise.all([addAddress(t, buyer), addAddress(t, purchaser)]);
    pear = await skuOf(t, 'yulu-pear-5kg');
  });
  afterAll(() => t.close());

  const timeline = async (orderId: string, token: string) => {
    const r = await t.gql<{ order: { timeline: { action: string; actorRole: string }[] } }>(
      `query($id: ID!) { order(id: $id) { timeline { action actorRole } } }`,
      { id: orderId },
      token,
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.order.timeline.map((s) => `${s.action}:${s.actorRole}`);
  };
  const cancel = async (orderId: string, token: string) => {
    const r = await t.gql(`mutation($id: ID!) { cancelOrder(orderId: $id) { status } }`, { id: orderId }, token);
    expect(r.errors).toBeUndefined();
  };

  it("the demo unit purchaser's canteen order is placed and cancelled by the 单位采购员", async () => {
    const o = await placeFirst(t, purchaser, {
      lines: [line(pear, 1)],
      addressId: purchaserAddress,
      paymentMethod: 'bank_transfer',
      purpose: 'canteen',
    });
    expect(await timeline(o.id, purchaser)).toEqual(['place:unit_purchaser']);
    await cancel(o.id, purchaser);
    expect(await timeline(o.id, purchaser)).toEqual(['place:unit_purchaser', 'cancel:unit_purchaser']);
  });

  it('a ship-first bank transfer (no purpose given) is a unit purchase: placed and made payable later by the 单位采购员', async () => {
    const o = await placeFirst(t, purchaser, {
      lines: [line(pear, 1)],
      addressId: purchaserAddress,
      paymentMethod: 'bank_transfer',
      paymentTerm: 'ship_first',
    });
    expect(await timeline(o.id, purchaser)).toEqual(['place:unit_purchaser', 'pay:unit_purchaser']);
  });

  it("a personal buyer's order, and the purchaser's own personal one paid online, are the 个人买家's", async () => {
    const mine = await placeFirst(t, buyer, { lines: [line(pear, 1)], addressId: buyerAddress, paymentMethod: 'stripe' });
    expect(await timeline(mine.id, buyer)).toEqual(['place:buyer']);
    await cancel(mine.id, buyer);
    expect(await timeline(mine.id, buyer)).toEqual(['place:buyer', 'cancel:buyer']);
    const personal = await placeFirst(t, purchaser, { lines: [line(pear, 1)], addressId: purchaserAddress, paymentMethod: 'stripe' });
    expect(await timeline(personal.id, purchaser)).toEqual(['place:buyer']);
  });
});
