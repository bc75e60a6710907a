import Stripe from 'stripe';
import { OrderSweeper } from '@yigou/server/orders';
import { RefundSender } from '@yigou/server/payments';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { addAddress, line, PLACE, PlacedOrder, setStock, Sku, skuOf, stockOf } from './order-helpers';
import { StripeStandin } from './stripe-standin';

const SECRET = 'whsec_test_yigou';

// Boots the API on a shared 2-core machine: give hooks room.
jest.setTimeout(60_000);
describe('Stripe payments against a local stand-in', () => {
  let t: TestApp;
  let standin: StripeStandin;
  let buyer: string;
  let purchaser: string;
  let admin: string;
  let address: string;
  let pear: Sku;
  let beads: Sku;
  let seq = 0;
  const sent: string[] = [];
  const signer = new Stripe('sk_test_signer');

  beforeAll(async () => {
    standin = new StripeStandin();
    const port = await standin.start();
    t = await createTestApp({ eventsAutoDeliver: false }, standin.appEnv(port));
    [buyer, purchaser, admin] = await Promise.all(['buyer', 'purchaser', 'admin'].map((l) => t.loginAs(l)));
    address = await addAddress(t, buyer);
    pear = await skuOf(t, 'yulu-pear-5kg');
    beads = await skuOf(t, 'bead-ornament');
  });
  afterAll(async () => {
    await t.close();
    await standin.close();
  });

  const placeOnline = async (lines: ReturnType<typeof line>[]) => {
    const r = await t.gql<{ placeOrder: PlacedOrder[] }>(PLACE, { input: { lines, addressId: address, paymentMethod: 'stripe' } }, buyer);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.placeOrder;
  };
  const startPayment = async (ids: string[], token = buyer) =>
    t.gql<{ startPayment: { amountFen: string; clientSecret: string; publishableKey: string; paymentIntentId: string } }>(
      `mutation($ids: [ID!]!) { startPayment(orderIds: $ids) { amountFen clientSecret publishableKey paymentIntentId } }`,
      { ids },
      token,
    );
  const postRaw = (payload: string, header: string | null) =>
    fetch(`${t.url}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(header ? { 'stripe-signature': header } : {}) },
      body: payload,
    });
  const send = async (type: string, object: Record<string, unknown>, opts: { timestamp?: number; remember?: boolean } = {}) => {
    // What the event reports happened at the stand-in too (a refund needs a succeeded PaymentIntent there).
    const there = standin.intents.get(String(object.id));
    if (there && type === 'payment_intent.succeeded')
      Object.assign(there, { status: 'succeeded', amount_received: object.amount_received });
    const payload = JSON.stringify({
      id: `evt_test_${++seq}`,
      object: 'event',
      type,
      api_version: '2025-10-29.clover',
      created: Math.floor(Date.now() / 1000),
      data: { object },
    });
    if (opts.remember !== false) sent.push(payload);
    const header = signer.webhooks.generateTestHeaderString({ payload, secret: SECRET, timestamp: opts.timestamp });
    return postRaw(payload, header);
  };
  const resend = async (payload: string) => postRaw(payload, signer.webhooks.generateTestHeaderString({ payload, secret: SECRET }));
  const intent = (id: string, amount: number) => ({
    id,
    object: 'payment_intent',
    amount,
    amount_received: amount,
    currency: 'cny',
    status: 'succeeded',
  });
  /** The PaymentIntent's charge as charge.refunded reports it: `refundedFen` of `amount` given back so far (all of it: refunded). */
  const refundedCharge = (id: string, pi: string, amount: number, refundedFen: number) => ({
    id,
    object: 'charge',
    payment_intent: pi,
    amount,
    amount_refunded: refundedFen,
    refunded: refundedFen === amount,
  });
  const orderRow = async (id: string) =>
    (
      await t.db.query(
        `SELECT status, payment_status, paid_fen::int AS paid, refunded_fen::int AS refunded FROM shop_order WHERE id = $1`,
        [id],
      )
    )[0] as { status: string; payment_status: string; paid: number; refunded: number };
  const eventTypes = async (id: string) =>
    ((await t.db.query(`SELECT type FROM outbox_event WHERE aggregate_id = $1 ORDER BY id`, [id])) as { type: string }[]).map(
      (e) => e.type,
    );

  it('offers online payment and creates one CNY PaymentIntent per attempt with card only (WeChat Pay and Alipay are direct), an idempotency key and the order ids', async () => {
    const methods = await t.gql<{ paymentMethods: { method: string; available: boolean }[] }>(
      `{ paymentMethods { method available } }`,
      {},
      buyer,
    );
    expect(methods.data!.paymentMethods).toEqual([
      { method: 'stripe', available: true },
      { method: 'wechatpay', available: false },
      { method: 'alipay', available: false },
      { method: 'bank_transfer', available: false },
    ]);
    const [o] = await placeOnline([line(pear, 1)]);
    expect(new Date(o.payDeadline!).getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    const p1 = await startPayment([o.id]);
    const p2 = await startPayment([o.id]);
    expect(p1.data!.startPayment).toMatchObject({
      amountFen: o.totalFen,
      publishableKey: 'pk_test_standin',
      clientSecret: expect.stringMatching(/_secret_/),
    });
    expect(p2.data!.startPayment.paymentIntentId).not.toBe(p1.data!.startPayment.paymentIntentId);
    const creates = standin.requests.filter((r) => r.path === '/v1/payment_intents');
    expect(creates).toHaveLength(2);
    const b = creates[0].body;
    expect(b.get('currency')).toBe('cny');
    expect(b.get('amount')).toBe(o.totalFen);
    expect([...b.entries()].filter(([k]) => /^payment_method_types\[\d*\]$/.test(k)).map(([, v]) => v)).toEqual(['card']);
    expect(b.get('payment_method_options[wechat_pay][client]')).toBeNull();
    expect(b.get('metadata[orderIds]')).toBe(o.id);
    expect(creates[0].idempotencyKey).toMatch(/^attempt-/);
    expect(new Set(creates.map((c) => c.idempotencyKey)).size).toBe(2);
    const other = await startPayment([o.id], purchaser);
    expect(other.errors![0]).toMatchObject({ message: '订单不存在', extensions: { code: 'NOT_FOUND' } }); // as for no order at all
  });

  it('rejects webhooks with a bad signature, no signature or a timestamp older than 5 minutes with 400, recording nothing', async () => {
    const payload = JSON.stringify({
      id: 'evt_bad',
      object: 'event',
      type: 'payment_intent.succeeded',
      data: { object: intent('pi_x', 1) },
    });
    expect((await postRaw(payload, 't=1,v1=deadbeef')).status).toBe(400);
    expect((await postRaw(payload, null)).status).toBe(400);
    const wrongSecret = signer.webhooks.generateTestHeaderString({ payload, secret: 'whsec_other' });
    expect((await postRaw(payload, wrongSecret)).status).toBe(400);
    const old = await send('payment_intent.succeeded', intent('pi_x', 1), {
      timestamp: Math.floor(Date.now() / 1000) - 301,
      remember: false,
    });
    expect(old.status).toBe(400);
    const tampered = signer.webhooks.generateTestHeaderString({ payload, secret: SECRET });
    expect((await postRaw(payload.replace('"amount":1', '"amount":2'), tampered)).status).toBe(400);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM payment_notification`))[0].n).toBe(0);
  });

  it('payment_intent.succeeded pays the orders once: stock sold, order.paid emitted; a replay and a late failure change nothing', async () => {
    const before = await stockOf(t, pear.skuId);
    const [o] = await placeOnline([line(pear, 2)]);
    const pi = (await startPayment([o.id])).data!.startPayment.paymentIntentId;
    const res = await send('payment_intent.succeeded', intent(pi, Number(o.totalFen)));
    expect(res.status).toBe(200);
    expect(await orderRow(o.id)).toMatchObject({ status: 'to_ship', payment_status: 'paid', paid: Number(o.totalFen) });
    expect(await stockOf(t, pear.skuId)).toEqual({ a: before.a - 2, r: before.r });
    const replay = await resend(sent[sent.length - 1]);
    expect(await replay.json()).toMatchObject({ result: 'duplicate' });
    await send('payment_intent.payment_failed', {
      ...intent(pi, 1),
      status: 'requires_payment_method',
      last_payment_error: { message: 'card declined' },
    });
    await send('payment_intent.canceled', { ...intent(pi, 1), status: 'canceled' });
    const [{ status }] = await t.db.query(`SELECT status FROM payment_attempt WHERE provider_payment_id = $1`, [pi]);
    expect(status).toBe('succeeded');
    expect(await orderRow(o.id)).toMatchObject({ status: 'to_ship', paid: Number(o.totalFen) });
    expect(await eventTypes(o.id)).toEqual(['order.paid']);
  });

  it('a failed payment leaves the order payable; a new attempt can succeed', async () => {
    const [o] = await placeOnline([line(pear, 1)]);
    const pi1 = (await startPayment([o.id])).data!.startPayment.paymentIntentId;
    await send('payment_intent.payment_failed', {
      ...intent(pi1, Number(o.totalFen)),
      status: 'requires_payment_method',
      last_payment_error: { message: '余额不足' },
    });
    expect(await orderRow(o.id)).toMatchObject({ status: 'pending_payment', payment_status: 'unpaid' });
    const pi2 = (await startPayment([o.id])).data!.startPayment.paymentIntentId;
    await send('payment_intent.succeeded', intent(pi2, Number(o.totalFen)));
    expect((await orderRow(o.id)).status).toBe('to_ship');
  });

  it('a success after the order expired takes the stock again when it can', async () => {
    const [o] = await placeOnline([line(beads, 1)]);
    const pi = (await startPayment([o.id])).data!.startPayment.paymentIntentId;
    await t.api.app.get(OrderSweeper).sweep(new Date(Date.now() + 16 * 60_000));
    expect((await orderRow(o.id)).status).toBe('cancelled');
    const before = await stockOf(t, beads.skuId);
    await send('payment_intent.succeeded', intent(pi, Number(o.totalFen)));
    expect(await orderRow(o.id)).toMatchObject({ status: 'to_ship', payment_status: 'paid' });
    expect(await stockOf(t, beads.skuId)).toEqual({ a: before.a - 1, r: before.r });
    expect(await eventTypes(o.id)).toEqual(['order.cancelled', 'order.paid']);
  });

  it('a success after the order expired and its stock sold out is refunded automatically; charge.refunded completes the refund', async () => {
    const [o] = await placeOnline([line(beads, 1)]);
    const pi = (await startPayment([o.id])).data!.startPayment.paymentIntentId;
    await t.api.app.get(OrderSweeper).sweep(new Date(Date.now() + 16 * 60_000));
    const saved = (await stockOf(t, beads.skuId)).a;
    await setStock(t, beads.skuId, 0);
    await send('payment_intent.succeeded', intent(pi, Number(o.totalFen)));
    expect(await orderRow(o.id)).toMatchObject({ status: 'cancelled', payment_status: 'paid', paid: Number(o.totalFen) });
    const refundCall = standin.requests.filter((r) => r.path === '/v1/refunds').at(-1)!;
    expect(refundCall.body.get('payment_intent')).toBe(pi);
    expect(refundCall.body.get('amount')).toBe(o.totalFen);
    standin.settleRefund(standin.refundsOf(pi)[0].id);
    await send('charge.refunded', refundedCharge('ch_1', pi, Number(o.totalFen), Number(o.totalFen)));
    expect(await orderRow(o.id)).toMatchObject({ status: 'refunded', payment_status: 'refunded', refunded: Number(o.totalFen) });
    expect(await eventTypes(o.id)).toEqual(['order.cancelled']); // the late payment was never counted, so nothing to reverse
    await setStock(t, beads.skuId, saved);
  });

  it('a partial Stripe refund with returned goods: pending until charge.refunded, then reverses the refunded part once', async () => {
    const [o] = await placeOnline([line(pear, 3)]);
    const pi = (await startPayment([o.id])).data!.startPayment.paymentIntentId;
    await send('payment_intent.succeeded', intent(pi, Number(o.totalFen)));
    const before = await stockOf(t, pear.skuId);
    const r = await t.gql<{ refundOrder: { status: string; amountFen: string } }>(
      `mutation($i: RefundOrderInput!) { refundOrder(input: $i) { status amountFen } }`,
      { i: { orderId: o.id, lines: [{ lineId: o.lines[0].id, quantity: 1 }], reason: '一箱磕坏，退回', restock: true } },
      admin,
    );
    expect(r.data!.refundOrder).toEqual({ status: 'pending', amountFen: String(pear.priceFen) });
    expect(await stockOf(t, pear.skuId)).toEqual({ a: before.a + 1, r: before.r });
    expect((await orderRow(o.id)).refunded).toBe(0);
    standin.settleRefund(standin.refundsOf(pi)[0].id);
    await send('charge.refunded', refundedCharge('ch_2', pi, Number(o.totalFen), pear.priceFen));
    expect(await orderRow(o.id)).toMatchObject({ status: 'to_ship', payment_status: 'partially_refunded', refunded: pear.priceFen });
    expect(await eventTypes(o.id)).toEqual(['order.paid', 'order.refunded']);
  });

  it('items of a refund still pending at Stripe are spoken for: a second refund cannot take them again, nor put them back on the shelf twice', async () => {
    const [o] = await placeOnline([line(pear, 2)]);
    const pi = (await startPayment([o.id])).data!.startPayment.paymentIntentId;
    await send('payment_intent.succeeded', intent(pi, Number(o.totalFen)));
    const before = await stockOf(t, pear.skuId);
    const REFUND = `mutation($i: RefundOrderInput!) { refundOrder(input: $i) { status amountFen } }`;
    const byItems = (quantity: number) => ({
      i: { orderId: o.id, lines: [{ lineId: o.lines[0].id, quantity }], reason: '退货退款', restock: true },
    });
    expect((await t.gql(REFUND, byItems(1), admin)).data).toEqual({ refundOrder: { status: 'pending', amountFen: String(pear.priceFen) } });
    // Stripe has not answered; finance, reading 已退 0 on the line, asks for both items
    const again = await t.gql(REFUND, byItems(2), admin);
    expect(again.errors![0]).toMatchObject({
      message: '「玉露香梨」可退数量为 1',
      extensions: { code: 'BAD_USER_INPUT', field: 'lines.0.quantity' },
    });
    expect(await stockOf(t, pear.skuId)).toEqual({ a: before.a + 1, r: before.r });
    // the item left can be refunded; both settle, and the line ends with its two items refunded, not three
    expect((await t.gql(REFUND, byItems(1), admin)).data).toEqual({ refundOrder: { status: 'pending', amountFen: String(pear.priceFen) } });
    for (const r of standin.refundsOf(pi)) standin.settleRefund(r.id);
    await send('charge.refunded', refundedCharge('ch_3', pi, Number(o.totalFen), 2 * pear.priceFen));
    await t.api.app.get(RefundSender).sweep(new Date(Date.now() + 3600_000));
    const [row] = await t.db.query(`SELECT quantity, refunded_quantity, restocked_quantity FROM order_line WHERE id = $1`, [o.lines[0].id]);
    expect(row).toEqual({ quantity: 2, refunded_quantity: 2, restocked_quantity: 2 });
    expect(await t.db.query(`SELECT status FROM refund WHERE order_id = $1`, [o.id])).toEqual([
      { status: 'succeeded' },
      { status: 'succeeded' },
    ]);
    expect(await stockOf(t, pear.skuId)).toEqual({ a: before.a + 2, r: before.r });
  });

  it('a refund Stripe refused leaves its returned goods on the shelf: refunding the same items again does not restock them twice', async () => {
    const [o] = await placeOnline([line(pear, 2)]);
    const pi = (await startPayment([o.id])).data!.startPayment.paymentIntentId;
    await send('payment_intent.succeeded', intent(pi, Number(o.totalFen)));
    const before = await stockOf(t, pear.skuId);
    const REFUND = `mutation($i: RefundOrderInput!) { refundOrder(input: $i) { id status } }`;
    const oneReturned = { i: { orderId: o.id, lines: [{ lineId: o.lines[0].id, quantity: 1 }], reason: '退货退款', restock: true } };
    const first = await t.gql<{ refundOrder: { id: string; status: string } }>(REFUND, oneReturned, admin);
    expect(first.data!.refundOrder.status).toBe('pending');
    expect(await stockOf(t, pear.skuId)).toEqual({ a: before.a + 1, r: before.r });
    // Stripe refuses the refund: the item is back in the warehouse, the buyer's money is not
    standin.settleRefund(standin.refundsOf(pi)[0].id, 'failed');
    await t.api.app.get(RefundSender).sweep(new Date(Date.now() + 3600_000));
    expect(await t.db.query(`SELECT status FROM refund WHERE id = $1`, [first.data!.refundOrder.id])).toEqual([{ status: 'failed' }]);
    // finance refunds the same item again, ticking 退货入库 as before
    expect((await t.gql<{ refundOrder: { status: string } }>(REFUND, oneReturned, admin)).data!.refundOrder.status).toBe('pending');
    expect(await stockOf(t, pear.skuId)).toEqual({ a: before.a + 1, r: before.r });
    // a second item returned later is put back
    expect((await t.gql<{ refundOrder: { status: string } }>(REFUND, oneReturned, admin)).data!.refundOrder.status).toBe('pending');
    expect(await stockOf(t, pear.skuId)).toEqual({ a: before.a + 2, r: before.r });
    const [row] = await t.db.query(`SELECT restocked_quantity FROM order_line WHERE id = $1`, [o.lines[0].id]);
    expect(row).toEqual({ restocked_quantity: 2 });
  });

  it('a success that arrives before the attempt knows its PaymentIntent is matched by the attempt id in the metadata; an unknown one is recorded and changes nothing', async () => {
    const [o] = await placeOnline([line(pear, 1)]);
    await startPayment([o.id]);
    const [{ id: attemptId, provider_payment_id: pi }] = await t.db.query(
      `SELECT id, provider_payment_id FROM payment_attempt WHERE $1 = ANY(order_ids)`,
      [o.id],
    );
    await t.db.query(`UPDATE payment_attempt SET provider_payment_id = NULL WHERE id = $1`, [attemptId]);
    const res = await send('payment_intent.succeeded', { ...intent(pi, Number(o.totalFen)), metadata: { attemptId } });
    expect(res.status).toBe(200);
    expect((await orderRow(o.id)).status).toBe('to_ship');
    const before = await t.db.query(`SELECT id, status, paid_fen FROM shop_order ORDER BY id`);
    const unknown = await send('payment_intent.succeeded', intent('pi_nobody_knows', 100));
    expect(unknown.status).toBe(200);
    expect(await unknown.json()).toMatchObject({ result: 'unknown_payment' });
    expect(await t.db.query(`SELECT id, status, paid_fen FROM shop_order ORDER BY id`)).toEqual(before);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM payment_notification WHERE type = 'payment_intent.succeeded'`))[0].n).toBe(
      sent.filter((p) => p.includes('payment_intent.succeeded')).length,
    );
  });

  it('replaying every event of the day twice changes nothing', async () => {
    const snapshot = async () => ({
      orders: await t.db.query(`SELECT id, status, payment_status, paid_fen, refunded_fen FROM shop_order ORDER BY id`),
      transitions: (await t.db.query(`SELECT count(*)::int AS n FROM order_transition`))[0].n,
      outbox: (await t.db.query(`SELECT count(*)::int AS n FROM outbox_event`))[0].n,
      refunds: await t.db.query(`SELECT id, status FROM refund ORDER BY id`),
      stock: await t.db.query(`SELECT id, stock_available, stock_reserved FROM product_sku ORDER BY id`),
      stripeCalls: standin.requests.length,
    });
    const before = await snapshot();
    expect(sent.length).toBeGreaterThan(8);
    for (let round = 0; round < 2; round++) {
      for (const payload of sent) {
        const res = await resend(payload);
        expect(res.status).toBe(200);
        expect(await res.json()).toMatchObject({ result: 'duplicate' });
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it('unpaid online orders are cancelled by the sweeper after 15 minutes and their stock released', async () => {
    const before = await stockOf(t, pear.skuId);
    const [o] = await placeOnline([line(pear, 2)]);
    const sweeper = t.api.app.get(OrderSweeper);
    await sweeper.sweep(new Date(Date.now() + 14 * 60_000));
    expect((await orderRow(o.id)).status).toBe('pending_payment');
    expect(await sweeper.sweepLocked(new Date(Date.now() + 16 * 60_000))).toMatchObject({ expired: 1 });
    expect((await orderRow(o.id)).status).toBe('cancelled');
    expect(await stockOf(t, pear.skuId)).toEqual(before);
  });
});
