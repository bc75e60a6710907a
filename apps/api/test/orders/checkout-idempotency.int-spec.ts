import { randomUUID } from 'node:crypto';
import { StockService } from '@yigou/server/catalog';
import { CheckoutService } from '@yigou/server/orders';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { liveSessionWithPear, liveUnionOrder } from '../livestream/live-fixtures';
import { addAddress, line, PLACE, PlacedOrder, setStock, skuOf, stockOf } from './order-helpers';

jest.setTimeout(120_000);

type Answer = { data?: { placeOrder: PlacedOrder[] } | null; errors?: { message: string; extensions?: { code?: string } }[] };

/**
 * A checkout sent twice — a double click, a retry after a timeout, the live room's buy panel resubmitting — with the
 * same checkoutKey places ONE set of orders: the repeat gets the first orders back, one after the other or at the
 * same moment, through GraphQL like the storefront.
 */
describe('checkout idempotency (checkoutKey)', () => {
  let t: TestApp;
  let purchaser: string;
  let other: string;
  let host: string;
  let address: string;
  let otherAddress: string;

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    [purchaser, host] = await Promise.all([t.loginAs('purchaser'), t.loginAs('host')]);
    // A second unit purchaser (the unit admin, appointed purchaser too): a buyer of their own.
    const admin = await t.loginAs('admin');
    const [u] = await t.db.query(`SELECT id, unit_id FROM app_user WHERE username = 'unit-admin'`);
    const grant = await t.gql(
      `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`,
      { input: { userId: u.id, role: 'unit_purchaser', unitId: u.unit_id, reason: '食堂采购兼任' } },
      admin,
    );
    expect(grant.errors).toBeUndefined();
    other = await t.loginAs('unit-admin');
    address = await addAddress(t, purchaser);
    otherAddress = await addAddress(t, other);
  });
  afterAll(() => t.close());

  const place = async (input: Record<string, unknown>, token = purchaser): Promise<Answer> => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: PLACE, variables: { input } }),
    });
    return (await res.json()) as Answer;
  };
  const ids = (a: Answer) => {
    if (!a.data) throw new Error(JSON.stringify(a.errors));
    return a.data.placeOrder.map((o) => o.id);
  };
  const count = async (sql: string, params: unknown[]) => (await t.db.query(sql, params))[0].n as number;
  const linesOf = (skuId: string) => count(`SELECT count(*)::int AS n FROM order_line WHERE sku_id = $1`, [skuId]);
  const held = async (buyerToken: string, skuId: string) => {
    const me = await t.gql<{ me: { id: string } }>(`{ me { id } }`, {}, buyerToken);
    const [row] = await t.db.query(`SELECT quantity FROM buyer_sku_purchase WHERE buyer_id = $1 AND sku_id = $2`, [me.data!.me.id, skuId]);
    return row?.quantity ?? 0;
  };
  const pendingOf = async (token: string) => {
    const r = await t.gql<{ myOrders: { totalCount: number } }>(
      `query { myOrders(status: pending_payment, first: 1) { totalCount } }`,
      {},
      token,
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.myOrders.totalCount;
  };

  it('the same checkout sent twice, one after the other: the second answer is the first orders; stock, limit counter and pending orders count once', async () => {
    const [potato, beef] = [await skuOf(t, 'potato'), await skuOf(t, 'beef')];
    await setStock(t, potato.skuId, 40);
    await setStock(t, beef.skuId, 40);
    await t.db.query(
      `INSERT INTO sku_purchase_limit (sku_id, per_buyer) VALUES ($1, 20) ON CONFLICT (sku_id) DO UPDATE SET per_buyer = 20`,
      [potato.skuId],
    );
    const before = { potato: await stockOf(t, potato.skuId), beef: await stockOf(t, beef.skuId), pending: await pendingOf(purchaser) };
    const input = {
      lines: [line(potato, 3), line(beef, 2)],
      addressId: address,
      paymentMethod: 'bank_transfer',
      fromCart: false,
      checkoutKey: randomUUID(),
    };
    const first = await place(input);
    const again = await place(input);
    expect(ids(first).length).toBeGreaterThan(0);
    expect(ids(again)).toEqual(ids(first));
    expect(again.data!.placeOrder.map((o) => o.orderNo)).toEqual(first.data!.placeOrder.map((o) => o.orderNo));
    expect(await linesOf(potato.skuId)).toBe(1);
    expect(await linesOf(beef.skuId)).toBe(1);
    expect(await stockOf(t, potato.skuId)).toEqual({ a: before.potato.a - 3, r: before.potato.r + 3 });
    expect(await stockOf(t, beef.skuId)).toEqual({ a: before.beef.a - 2, r: before.beef.r + 2 });
    expect(await held(purchaser, potato.skuId)).toBe(3);
    expect(await pendingOf(purchaser)).toBe(before.pending + first.data!.placeOrder.length);
    const notices = await count(`SELECT count(*)::int AS n FROM notification WHERE ref_id = ANY($1)`, [ids(first)]);
    expect(notices).toBe(ids(first).length);
    expect(await t.api.app.get(StockService).inconsistentSkus()).toEqual([]);
  });

  it('the same checkout sent 8 times at once: one set of orders, every answer the same, stock reserved once', async () => {
    const sku = await skuOf(t, 'honey');
    await setStock(t, sku.skuId, 30);
    const before = await stockOf(t, sku.skuId);
    const input = { lines: [line(sku, 2)], addressId: address, paymentMethod: 'bank_transfer', fromCart: false, checkoutKey: randomUUID() };
    const answers = await Promise.all(Array.from({ length: 8 }, () => place(input)));
    const sets = new Set(answers.map((a) => JSON.stringify(ids(a))));
    expect(sets.size).toBe(1);
    expect(await linesOf(sku.skuId)).toBe(1);
    expect(await stockOf(t, sku.skuId)).toEqual({ a: before.a - 2, r: before.r + 2 });
    expect(
      await count(`SELECT count(*)::int AS n FROM checkout_key WHERE checkout_id = (SELECT checkout_id FROM shop_order WHERE id = $1)`, [
        ids(answers[0])[0],
      ]),
    ).toBe(1);
    expect(await t.api.app.get(StockService).inconsistentSkus()).toEqual([]);
  });

  it('a ship-first checkout (its own transaction, recorded as payable on placing) sent twice at once, then again: one order, its transitions and notices once', async () => {
    const sku = await skuOf(t, 'millet');
    await setStock(t, sku.skuId, 30);
    const input = {
      lines: [line(sku, 1)],
      addressId: address,
      paymentMethod: 'bank_transfer',
      paymentTerm: 'ship_first',
      purpose: 'canteen',
      fromCart: false,
      checkoutKey: randomUUID(),
    };
    const [a, b] = await Promise.all([place(input), place(input)]);
    expect(ids(b)).toEqual(ids(a));
    const again = await place(input);
    expect(ids(again)).toEqual(ids(a));
    expect(await linesOf(sku.skuId)).toBe(1);
    // One 'place' and one 'pay' (recorded as payable later) on the one order; the supplier told once.
    const actions = await t.db.query(`SELECT action FROM order_transition WHERE order_id = $1 ORDER BY id`, [ids(a)[0]]);
    expect(actions.map((r: { action: string }) => r.action)).toEqual(['place', 'pay']);
    expect(await count(`SELECT count(*)::int AS n FROM notification WHERE ref_id = $1`, [ids(a)[0]])).toBe(2);
  });

  it("a live order resubmitted by the room's buy panel: one claim on the offer, the same order back", async () => {
    const live = await liveSessionWithPear(t, host, { stockCap: 5, perBuyerLimit: 2 });
    const input = { ...liveUnionOrder(live, 2, address), checkoutKey: randomUUID() };
    const first = await place(input);
    const [again, atOnce] = await Promise.all([place(input), place(input)]);
    expect(ids(again)).toEqual(ids(first));
    expect(ids(atOnce)).toEqual(ids(first));
    const [{ claimed }] = await t.db.query(`SELECT claimed FROM live_session_product WHERE session_id = $1`, [live.sessionId]);
    expect(Number(claimed)).toBe(2);
  });

  it('the same key with other lines, address or payment is refused in Chinese and places nothing', async () => {
    const [potato, beef] = [await skuOf(t, 'potato'), await skuOf(t, 'beef')];
    const key = randomUUID();
    const input = { lines: [line(potato, 1)], addressId: address, paymentMethod: 'bank_transfer', fromCart: false, checkoutKey: key };
    ids(await place(input));
    const linesBefore = await linesOf(potato.skuId);
    const beefBefore = await linesOf(beef.skuId);
    for (const changed of [
      { ...input, lines: [line(potato, 2)] },
      { ...input, lines: [line(potato, 1), line(beef, 1)] },
      { ...input, paymentTerm: 'ship_first' },
      { ...input, fromCart: true },
    ]) {
      const r = await place(changed);
      expect(r.data?.placeOrder ?? null).toBeNull();
      expect(r.errors?.[0]).toMatchObject({
        message: '这次下单的内容与刚才提交的不一致，请刷新结算页后重新提交',
        extensions: { code: 'CHECKOUT_KEY_REUSED' },
      });
    }
    expect(await linesOf(potato.skuId)).toBe(linesBefore);
    expect(await linesOf(beef.skuId)).toBe(beefBefore);
    // Lines in another order are the same checkout.
    const twoKey = randomUUID();
    const two = await place({ ...input, lines: [line(potato, 1), line(beef, 1)], checkoutKey: twoKey });
    expect(ids(await place({ ...input, lines: [line(beef, 1), line(potato, 1)], checkoutKey: twoKey }))).toEqual(ids(two));
  });

  it("another buyer's key never returns someone else's orders: the same key places their own", async () => {
    const sku = await skuOf(t, 'lamb');
    await setStock(t, sku.skuId, 30);
    const key = randomUUID();
    const mine = await place({
      lines: [line(sku, 1)],
      addressId: address,
      paymentMethod: 'bank_transfer',
      fromCart: false,
      checkoutKey: key,
    });
    const theirs = await place(
      { lines: [line(sku, 1)], addressId: otherAddress, paymentMethod: 'bank_transfer', fromCart: false, checkoutKey: key },
      other,
    );
    expect(ids(theirs)).toHaveLength(1);
    expect(ids(theirs)[0]).not.toBe(ids(mine)[0]);
    const [row] = await t.db.query(`SELECT u.username FROM shop_order o JOIN app_user u ON u.id = o.buyer_id WHERE o.id = $1`, [
      ids(theirs)[0],
    ]);
    expect(row.username).toBe('unit-admin');
    expect(await linesOf(sku.skuId)).toBe(2);
  });

  it('without a key every request is a new checkout (older clients); a refused checkout keeps no key, so its retry is tried again', async () => {
    const sku = await skuOf(t, 'insoles');
    await setStock(t, sku.skuId, 1);
    const input = { lines: [line(sku, 1)], addressId: address, paymentMethod: 'bank_transfer', fromCart: false };
    const keyed = { ...input, lines: [line(sku, 1)], checkoutKey: randomUUID() };
    await setStock(t, sku.skuId, 0);
    expect((await place(keyed)).errors?.[0].extensions?.code).toBe('OUT_OF_STOCK');
    await setStock(t, sku.skuId, 3);
    expect(ids(await place(keyed))).toHaveLength(1);
    expect(ids(await place(input))).not.toEqual(ids(await place(input)));
  });

  it('keys are forgotten after 24 hours (the hourly orders.forget-checkout-keys job)', async () => {
    await t.db.query(`UPDATE checkout_key SET created_at = now() - interval '25 hours' WHERE created_at > now() - interval '1 hour'`);
    const kept = await count(`SELECT count(*)::int AS n FROM checkout_key`, []);
    expect(kept).toBeGreaterThan(0);
    expect(await t.api.app.get(CheckoutService).forgetCheckoutKeys(new Date())).toBe(kept);
    expect(await count(`SELECT count(*)::int AS n FROM checkout_key`, [])).toBe(0);
  });
});
