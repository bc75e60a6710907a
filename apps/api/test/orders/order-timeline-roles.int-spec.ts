import { createTestApp, TestApp } from '@yigou/server/testing';
import { buyerRoleOf, PAYMENT_TERMS, PURCHASE_PURPOSES } from '@yigou/server/orders';
import type { MigrationInterface } from 'typeorm';
import { MIGRATIONS } from '@yigou/server/database';
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

  /** The demo unit purchaser's canteen order, paid by 对公转账. */
  const placeCanteenOrder = () =>
    placeFirst(t, purchaser, { lines: [line(pear, 1)], addressId: purchaserAddress, paymentMethod: 'bank_transfer', purpose: 'canteen' });

  it("the demo unit purchaser's canteen order is placed and cancelled by the 单位采购员", async () => {
    const o = await placeCanteenOrder();
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

  describe('rows written before the fix, which said 个人买家 on every order', () => {
    // the migration as the API runs it: registered in MIGRATIONS
    const Migration = MIGRATIONS.find((m) => m.name === 'UnitPurchaserTimelineRole1796560200000') as new () => MigrationInterface;
    const migration = new Migration();
    const migrate = async () => {
      const runner = t.db.createQueryRunner();
      try {
        await migration.up(runner);
      } finally {
        await runner.release();
      }
    };

    it('the migration names the 单位采购员 on an old unit purchase, and leaves the steps of anyone else as they were', async () => {
      const o = await placeCanteenOrder();
      const supplier = await t.loginAs('supplier');
      const me = await t.gql<{ me: { id: string } }>(`{ me { id } }`, {}, supplier);
      const staffId = me.data?.me.id;
      expect(staffId).toBeTruthy();
      // as the old checkout wrote it, and three steps that are not the buyer's: supplier staff, the system, and
      // someone other than the buyer whose row says 'buyer' (only the order's own buyer is rewritten)
      await t.db.query(`UPDATE order_transition SET actor_role = 'buyer' WHERE order_id = $1`, [o.id]);
      await t.db.query(
        `INSERT INTO order_transition (order_id, action, from_status, to_status, actor_id, actor_role, note)
         SELECT order_id, 'payment_note', to_status, to_status, x.actor_id, x.actor_role, '迁移测试'
           FROM order_transition, (VALUES ($2::uuid, 'supplier_staff'), (NULL::uuid, 'system'), ($2::uuid, 'buyer')) x(actor_id, actor_role)
          WHERE order_id = $1 AND action = 'place'`,
        [o.id, staffId],
      );
      expect(await timeline(o.id, purchaser)).toEqual([
        'place:buyer',
        'payment_note:supplier_staff',
        'payment_note:system',
        'payment_note:buyer',
      ]);
      await migrate();
      expect(await timeline(o.id, purchaser)).toEqual([
        'place:unit_purchaser',
        'payment_note:supplier_staff',
        'payment_note:system',
        'payment_note:buyer',
      ]);
      // and the personal buyer's own online order stays the 个人买家's
      const mine = await placeFirst(t, buyer, { lines: [line(pear, 1)], addressId: buyerAddress, paymentMethod: 'stripe' });
      await migrate();
      expect(await timeline(mine.id, buyer)).toEqual(['place:buyer']);
    });

    it("the migration's SQL and buyerRoleOf agree on every purpose and payment term", async () => {
      const o = await placeFirst(t, purchaser, { lines: [line(pear, 1)], addressId: purchaserAddress, paymentMethod: 'stripe' });
      for (const purpose of PURCHASE_PURPOSES)
        for (const paymentTerm of PAYMENT_TERMS) {
          await t.db.query(`UPDATE shop_order SET purpose = $2, payment_term = $3 WHERE id = $1`, [o.id, purpose, paymentTerm]);
          await t.db.query(`UPDATE order_transition SET actor_role = 'buyer' WHERE order_id = $1`, [o.id]);
          await migrate();
          const [{ role }] = await t.db.query(`SELECT actor_role AS role FROM order_transition WHERE order_id = $1 AND action = 'place'`, [
            o.id,
          ]);
          expect({ purpose, paymentTerm, role }).toEqual({ purpose, paymentTerm, role: buyerRoleOf({ purpose, paymentTerm }) });
        }
    });
  });
});
