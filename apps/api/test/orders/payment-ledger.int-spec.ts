import { RefundSender } from '@yigou/server/payments';
import { createTestApp, PROVIDER_TIMEOUT_MS, TestApp } from '@yigou/server/testing';
import { PlacedOrder, Sku } from './order-helpers';
import {
  expectEveryOrderBalanced,
  onlinePaymentParties,
  orderPayment,
  placeOnlineOrder,
  refundFirstLine,
  refundRowOf,
  startPaymentIntent,
} from './online-payment-helpers';
import { StripeStandin } from './stripe-standin';

// Boots the API on a shared 2-core machine: give hooks room.
jest.setTimeout(60_000);

/**
 * The money path as a careful finance officer tries it, through the API and the Stripe stand-in:
 * notifications duplicated, reordered, with a wrong amount or currency or a future timestamp; two
 * attempts that both succeed; refunds whose request times out, or whose process dies after commit.
 */
describe('one payment ledger per order; refunds that always finish', () => {
  let t: TestApp;
  let standin: StripeStandin;
  let sender: RefundSender;
  let buyer: string;
  let finance: string;
  let address: string;
  let pear: Sku;

  beforeAll(async () => {
    standin = new StripeStandin();
    const port = await standin.start();
    t = await createTestApp({ eventsAutoDeliver: false }, standin.appEnv(port, { STRIPE_TIMEOUT_MS: String(PROVIDER_TIMEOUT_MS) }));
    ({ buyer, finance, address, pear, sender } = await onlinePaymentParties(t));
  });
  afterAll(async () => {
    await t.close();
    await standin.close();
  });

  /** Every order's money: what it holds = its successful attempts and matched transfers minus what went back, to the fen. */
  afterEach(async () => {
    for (const r of standin.refunds.values()) if (r.status === 'pending') standin.settleRefund(r.id);
    await sender.sweep(new Date(Date.now() + 24 * 3600_000));
    await expectEveryOrderBalanced(t);
  });

  const placeOnline = (quantity = 1) =>
    placeOnlineOrder(t, buyer, { sku: pear, quantity: quantity, addressId: address, paymentMethod: 'stripe' });
  const start = (orderId: string) => startPaymentIntent(t, buyer, orderId);
  const order = (id: string) => orderPayment(t, finance, id);
  const attempt = async (pi: string) =>
    (
      await t.db.query(
        `SELECT status, outcome, received_fen::int AS received, received_currency FROM payment_attempt WHERE provider_payment_id = $1`,
        [pi],
      )
    )[0] as { status: string; outcome: string | null; received: number | null; received_currency: string | null };
  const refundOrder = (o: PlacedOrder, quantity: number) => refundFirstLine(t, finance, o, quantity);
  const refundRow = (id: string) => refundRowOf(t, id);
  const REVIEW = `{ paymentsNeedingReview { id status amountFen currency receivedFen receivedCurrency reviewNote orderNos } }`;

  it('duplicated and reordered notifications pay the order once; a late failure or cancel changes nothing', async () => {
    const o = await placeOnline(2);
    const pi = await start(o.id);
    const succeeded = standin.pay(pi);
    const failed = standin.event('payment_intent.payment_failed', {
      ...standin.intents.get(pi),
      status: 'requires_payment_method',
      last_payment_error: { message: '余额不足' },
    });
    const canceled = standin.event('payment_intent.canceled', { ...standin.intents.get(pi), status: 'canceled' });
    expect((await standin.deliver(t.url, succeeded)).result).toBe('applied');
    expect((await standin.deliver(t.url, failed)).result).toBe('ignored'); // sent earlier by Stripe, arrives late
    expect((await standin.deliver(t.url, succeeded)).result).toBe('duplicate');
    expect((await standin.deliver(t.url, canceled)).result).toBe('ignored');
    expect((await standin.deliver(t.url, succeeded)).result).toBe('duplicate');
    expect(await order(o.id)).toMatchObject({ status: 'to_ship', paymentStatus: 'paid', paidFen: o.totalFen });
    expect(await attempt(pi)).toMatchObject({ status: 'succeeded', outcome: 'applied', received: Number(o.totalFen) });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM payment_notification WHERE provider_payment_id = $1`, [pi]);
    expect(n).toBe(3); // every distinct notification recorded once
  });

  it('a validly signed success with the wrong amount never pays the order: the attempt waits on the finance desk, which can send it back', async () => {
    const o = await placeOnline(1);
    const pi = await start(o.id);
    const res = await standin.deliver(t.url, standin.pay(pi, { amount: Number(o.totalFen) - 1 }));
    expect(res).toEqual({ status: 200, result: 'needs_review' });
    const v = await order(o.id);
    expect(v).toMatchObject({ status: 'pending_payment', paymentStatus: 'unpaid', paidFen: '0' });
    expect(v.timeline.at(-1)).toMatchObject({ action: 'payment_note', note: expect.stringContaining('待平台财务核对') });
    const review = await t.gql<{ paymentsNeedingReview: { id: string; receivedFen: string; amountFen: string; orderNos: string[] }[] }>(
      REVIEW,
      {},
      finance,
    );
    const listed = review.data!.paymentsNeedingReview.find((a) => a.orderNos.includes(o.orderNo))!;
    expect(listed).toMatchObject({ amountFen: o.totalFen, receivedFen: String(Number(o.totalFen) - 1) });
    expect((await t.gql(REVIEW, {}, buyer)).errors![0].extensions!.code).toBe('FORBIDDEN');

    const back = await t.gql<{ refundReviewedPayment: { status: string; amountFen: string; kind: string } }>(
      `mutation($id: ID!) { refundReviewedPayment(attemptId: $id) { status amountFen kind } }`,
      { id: listed.id },
      finance,
    );
    expect(back.data!.refundReviewedPayment).toEqual({ status: 'pending', amountFen: String(Number(o.totalFen) - 1), kind: 'review' });
    expect(standin.refundsOf(pi).map((r) => r.amount)).toEqual([Number(o.totalFen) - 1]);
    expect(
      (await t.gql<{ paymentsNeedingReview: { id: string }[] }>(REVIEW, {}, finance)).data!.paymentsNeedingReview.map((a) => a.id),
    ).not.toContain(listed.id);
  });

  it('a success in the wrong currency never pays the order and is listed for review', async () => {
    const o = await placeOnline(1);
    const pi = await start(o.id);
    expect((await standin.deliver(t.url, standin.pay(pi, { currency: 'usd' }))).result).toBe('needs_review');
    expect(await order(o.id)).toMatchObject({ paymentStatus: 'unpaid', paidFen: '0' });
    expect(await attempt(pi)).toMatchObject({ status: 'needs_review', received_currency: 'usd' });
    const review = await t.gql<{ paymentsNeedingReview: { reviewNote: string; orderNos: string[] }[] }>(REVIEW, {}, finance);
    expect(review.data!.paymentsNeedingReview.find((a) => a.orderNos.includes(o.orderNo))!.reviewNote).toMatch(/CNY.*USD/);
    // Settled for the suite's ledger check: finance sends it back.
    const [{ id }] = await t.db.query(`SELECT id FROM payment_attempt WHERE provider_payment_id = $1`, [pi]);
    expect((await t.gql(`mutation($id: ID!) { refundReviewedPayment(attemptId: $id) { id } }`, { id }, finance)).errors).toBeUndefined();
  });

  it('refuses a notification whose signed timestamp is more than five minutes in the future (400, nothing recorded)', async () => {
    const o = await placeOnline(1);
    const pi = await start(o.id);
    const future = standin.event(
      'payment_intent.succeeded',
      { ...standin.intents.get(pi), status: 'succeeded', amount_received: Number(o.totalFen) },
      // Half a minute past the five: the delivery's time on a loaded machine (seconds, at times) never brings it within.
      Math.floor(Date.now() / 1000) + 330,
    );
    expect((await standin.deliver(t.url, future, false)).status).toBe(400);
    expect((await order(o.id)).paymentStatus).toBe('unpaid');
    expect((await t.db.query(`SELECT count(*)::int AS n FROM payment_notification WHERE provider_payment_id = $1`, [pi]))[0].n).toBe(0);
    const slightlyAhead = standin.event(
      'payment_intent.canceled',
      { ...standin.intents.get(pi), status: 'canceled' },
      Math.floor(Date.now() / 1000) + 60,
    );
    expect((await standin.deliver(t.url, slightlyAhead, false)).status).toBe(200); // clocks drift: within tolerance
  });

  it('a new attempt cancels the live one at Stripe; one that already took money refuses the new attempt', async () => {
    const o = await placeOnline(1);
    const pi1 = await start(o.id);
    const pi2 = await start(o.id);
    expect(standin.intents.get(pi1)!.status).toBe('canceled');
    expect(await attempt(pi1)).toMatchObject({ status: 'canceled' });
    standin.pay(pi2); // paid at Stripe, the notification not yet here
    const third = await t.gql(`mutation($ids: [ID!]!) { startPayment(orderIds: $ids) { paymentIntentId } }`, { ids: [o.id] }, buyer);
    expect(third.errors![0].message).toContain('上一笔支付已成功');
    expect((await standin.deliver(t.url, standin.event('payment_intent.succeeded', standin.intents.get(pi2)!))).result).toBe('applied');
  });

  it('Stripe down during checkout: the buyer is told and the order stays payable', async () => {
    const o = await placeOnline(1);
    standin.fail('/v1/payment_intents', 2); // the SDK retries once
    const r = await t.gql(`mutation($ids: [ID!]!) { startPayment(orderIds: $ids) { paymentIntentId } }`, { ids: [o.id] }, buyer);
    expect(r.errors![0]).toMatchObject({ message: expect.stringContaining('其他支付方式'), extensions: { code: 'PAYMENT_UNAVAILABLE' } });
    const [a] = await t.db.query(`SELECT status FROM payment_attempt WHERE $1 = ANY(order_ids)`, [o.id]);
    expect(a.status).toBe('failed');
    const pi = await start(o.id);
    expect((await standin.deliver(t.url, standin.pay(pi))).result).toBe('applied');
  });

  it('two attempts that both succeed: the order is paid once, the second is refunded automatically and shown on the timeline', async () => {
    const o = await placeOnline(1);
    standin.cancelRefusal = 'processing'; // the first payment is mid-flight: Stripe will not cancel it
    const pi1 = await start(o.id);
    const pi2 = await start(o.id);
    standin.cancelRefusal = null;
    expect((await standin.deliver(t.url, standin.pay(pi2))).result).toBe('applied');
    expect((await standin.deliver(t.url, standin.pay(pi1))).result).toBe('refunding_second_payment');
    expect(await attempt(pi1)).toMatchObject({ status: 'succeeded', outcome: 'duplicate' });
    expect(standin.refundsOf(pi1).map((r) => [r.amount, r.metadata.refundId !== undefined])).toEqual([[Number(o.totalFen), true]]);
    expect(standin.refundsOf(pi2)).toEqual([]);
    const v = await order(o.id);
    expect(v).toMatchObject({ status: 'to_ship', paymentStatus: 'paid', paidFen: o.totalFen, refundedFen: '0' });
    expect(v.timeline.at(-1)).toMatchObject({ action: 'payment_note', note: expect.stringContaining('自动全额退回') });
    // Stripe finishes the refund: charge.refunded → the refund is settled by its own query, noted, the order untouched.
    standin.settleRefund(standin.refundsOf(pi1)[0].id);
    await standin.deliver(
      t.url,
      standin.event('charge.refunded', { id: 'ch_dup', object: 'charge', payment_intent: pi1, amount_refunded: Number(o.totalFen) }),
    );
    const [dup] = await t.db.query(`SELECT status, kind FROM refund WHERE provider_payment_id = $1`, [pi1]);
    expect(dup).toEqual({ status: 'succeeded', kind: 'duplicate' });
    expect(await order(o.id)).toMatchObject({ paymentStatus: 'paid', refundedFen: '0' });
    const events: { type: string }[] = await t.db.query(`SELECT type FROM outbox_event WHERE aggregate_id = $1 ORDER BY id`, [o.id]);
    expect(events.map((e) => e.type)).toEqual(['order.paid']); // nothing for quota to reverse
  });

  it("a refund whose request times out stays pending (never failed) and is settled from Stripe's own record, sent once", async () => {
    const o = await placeOnline(3);
    const pi = await start(o.id);
    await standin.deliver(t.url, standin.pay(pi));
    standin.timeOut('/v1/refunds', 1);
    const r = await refundOrder(o, 1);
    expect(r.errors).toBeUndefined();
    expect(r.data!.refundOrder).toMatchObject({ status: 'pending', lastError: expect.stringContaining('未得到结果') });
    const id = r.data!.refundOrder.id;
    expect(standin.refundsOf(pi)).toHaveLength(1); // Stripe did refund; we just never heard
    expect(await refundRow(id)).toMatchObject({ status: 'pending', send_state: 'unknown', provider_refund_id: null });
    // Not due yet: the backoff holds.
    expect(await sender.sweep(new Date())).toBe(0);
    // Due: asked by PaymentIntent, found by our refund id, not sent again.
    expect(await sender.sweep(new Date(Date.now() + 60_000))).toBe(1);
    expect(await refundRow(id)).toMatchObject({ status: 'pending', send_state: 'sent', provider_refund_id: standin.refundsOf(pi)[0].id });
    expect(
      standin.requests.filter((q) => q.method === 'POST' && q.path === '/v1/refunds' && q.body.get('payment_intent') === pi),
    ).toHaveLength(1);
    standin.settleRefund(standin.refundsOf(pi)[0].id);
    await sender.sweep(new Date(Date.now() + 10 * 60_000));
    expect(await refundRow(id)).toMatchObject({ status: 'succeeded', send_state: null });
    expect(await order(o.id)).toMatchObject({ paymentStatus: 'partially_refunded', refundedFen: String(pear.priceFen) });
    expect(standin.refundsOf(pi)).toHaveLength(1);
  });

  it('a refund whose send never happened (the process died after commit) is picked up and sent by the sweep', async () => {
    const o = await placeOnline(2);
    const pi = await start(o.id);
    await standin.deliver(t.url, standin.pay(pi));
    const crash = jest.spyOn(sender, 'sendNow').mockResolvedValueOnce(undefined);
    const r = await refundOrder(o, 1);
    crash.mockRestore();
    const id = r.data!.refundOrder.id;
    expect(await refundRow(id)).toMatchObject({ status: 'pending', send_state: 'to_send', send_attempts: 0 });
    expect(standin.refundsOf(pi)).toEqual([]);
    expect(await sender.sweep(new Date())).toBe(1);
    expect(standin.refundsOf(pi).map((x) => x.metadata.refundId)).toEqual([id]);
    standin.settleRefund(standin.refundsOf(pi)[0].id);
    await standin.deliver(
      t.url,
      standin.event('charge.refunded', { id: 'ch_crash', object: 'charge', payment_intent: pi, amount_refunded: pear.priceFen }),
    );
    expect(await refundRow(id)).toMatchObject({ status: 'succeeded' });
  });

  it('an automatic refund from a notification whose send never happened is picked up by the sweep', async () => {
    const o = await placeOnline(1);
    standin.cancelRefusal = 'processing';
    const pi1 = await start(o.id);
    const pi2 = await start(o.id);
    standin.cancelRefusal = null;
    await standin.deliver(t.url, standin.pay(pi1));
    const crash = jest.spyOn(sender, 'sendNow').mockResolvedValueOnce(undefined);
    expect((await standin.deliver(t.url, standin.pay(pi2))).result).toBe('refunding_second_payment');
    crash.mockRestore();
    expect(standin.refundsOf(pi2)).toEqual([]);
    const [pending] = await t.db.query(`SELECT status, send_state FROM refund WHERE provider_payment_id = $1`, [pi2]);
    expect(pending).toEqual({ status: 'pending', send_state: 'to_send' });
    expect(await sender.sweep(new Date())).toBe(1);
    expect(standin.refundsOf(pi2).map((r) => r.amount)).toEqual([Number(o.totalFen)]);
  });

  it('Stripe down while refunding: retried with backoff and asked before resending, never failed, sent once', async () => {
    const o = await placeOnline(2);
    const pi = await start(o.id);
    await standin.deliver(t.url, standin.pay(pi));
    standin.fail('/v1/refunds', 3);
    const id = (await refundOrder(o, 1)).data!.refundOrder.id;
    await sender.sweep(new Date(Date.now() + 60_000));
    await sender.sweep(new Date(Date.now() + 5 * 60_000));
    expect(await refundRow(id)).toMatchObject({ status: 'pending', send_state: 'unknown', send_attempts: 3 });
    await sender.sweep(new Date(Date.now() + 3600_000));
    expect(await refundRow(id)).toMatchObject({ status: 'pending', send_state: 'sent' });
    expect(standin.refundsOf(pi)).toHaveLength(1);
  });

  it('a later refund is not marked succeeded by an earlier one finishing: each is matched by its own Stripe refund', async () => {
    const o = await placeOnline(3);
    const pi = await start(o.id);
    await standin.deliver(t.url, standin.pay(pi));
    const first = (await refundOrder(o, 1)).data!.refundOrder.id;
    const second = (await refundOrder(o, 2)).data!.refundOrder.id;
    const secondAtStripe = standin.refundsOf(pi).find((r) => r.metadata.refundId === second)!;
    standin.settleRefund(secondAtStripe.id);
    // Stripe reports the charge's refunded total (2 units); the older, smaller refund must not take it.
    await standin.deliver(
      t.url,
      standin.event('charge.refunded', { id: 'ch_order', object: 'charge', payment_intent: pi, amount_refunded: secondAtStripe.amount }),
    );
    expect((await refundRow(first)).status).toBe('pending');
    expect((await refundRow(second)).status).toBe('succeeded');
    expect((await order(o.id)).refundedFen).toBe(String(2 * pear.priceFen));
  });

  it("only Stripe's own refusal fails a refund: marked failed, noted on the timeline, the order keeps its money", async () => {
    const o = await placeOnline(1);
    const pi = await start(o.id);
    await standin.deliver(t.url, standin.pay(pi));
    standin.intents.get(pi)!.status = 'requires_payment_method'; // e.g. the charge was disputed away at Stripe
    const r = await refundOrder(o, 1);
    expect(r.data!.refundOrder).toMatchObject({ status: 'failed', lastError: expect.stringContaining('拒绝') });
    const v = await order(o.id);
    expect(v).toMatchObject({ paymentStatus: 'paid', refundedFen: '0' });
    expect(v.timeline.at(-1)).toMatchObject({ action: 'payment_note', note: expect.stringContaining('被支付渠道拒绝') });
  });
});
