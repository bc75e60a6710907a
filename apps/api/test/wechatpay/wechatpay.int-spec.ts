import { generateKeyPairSync } from 'node:crypto';
import { PaymentCheckService, RefundSender } from '@yigou/server/payments';
import { createTestApp, PROVIDER_TIMEOUT_MS, SLOW_ANSWER_MS, TestApp } from '@yigou/server/testing';
import { Sku } from '../orders/order-helpers';
import { expectEveryOrderBalanced, onlinePaymentParties, orderPayment, placeOnlineOrder } from '../orders/online-payment-helpers';
import { WechatPayStandin } from './wechatpay-standin';

// Boots the API on a shared 2-core machine: give hooks room.
jest.setTimeout(60_000);

type Instructions = { method: string; amountFen: string; codeUrl: string | null; h5Url: string | null; paymentIntentId: string | null };
const START = `mutation($ids: [ID!]!, $device: PayerDevice, $method: PaymentMethod) { startPayment(orderIds: $ids, device: $device, method: $method) { method amountFen codeUrl h5Url paymentIntentId } }`;

/**
 * WeChat Pay API v3 through the real API and a stand-in that speaks and signs like api.mch.weixin.qq.com:
 * Native and H5, notifications duplicated, reordered, forged, replayed, for unknown orders and with the wrong
 * amount or currency; two attempts that both succeed; a refund whose request times out; WeChat Pay down at
 * checkout; a success notification that never arrives. After every test, every order's money adds up.
 */
describe('WeChat Pay (API v3) as a payment provider', () => {
  let t: TestApp;
  let standin: WechatPayStandin;
  let sender: RefundSender;
  let sync: PaymentCheckService;
  let buyer: string;
  let finance: string;
  let address: string;
  let pear: Sku;
  let notifyUrl: string;

  beforeAll(async () => {
    standin = new WechatPayStandin();
    await standin.start();
    t = await createTestApp(
      { eventsAutoDeliver: false },
      standin.appEnv('https://yigou.example/webhooks/wechatpay', { WECHATPAY_TIMEOUT_MS: String(PROVIDER_TIMEOUT_MS) }),
    );
    notifyUrl = `${t.url}/webhooks/wechatpay`;
    ({ buyer, finance, address, pear, sender } = await onlinePaymentParties(t));
    sync = t.api.app.get(PaymentCheckService);
  });
  afterAll(async () => {
    await t.close();
    await standin.close();
  });

  /** Every order's money: paid − refunded = its successful attempts − its successful refunds, to the fen; no refund left pending. */
  afterEach(async () => {
    standin.clearFaults();
    for (const r of standin.refunds.values()) if (r.status === 'PROCESSING') standin.settleRefund(r.out_refund_no);
    await sender.sweep(new Date(Date.now() + 24 * 3600_000));
    await expectEveryOrderBalanced(t);
    // What WeChat Pay holds agrees: per trade, what it took minus what it gave back equals what our attempts kept.
    for (const trade of standin.trades.values()) {
      if (trade.trade_state !== 'SUCCESS' && trade.trade_state !== 'REFUND') continue;
      const back = standin
        .refundsOf(trade.out_trade_no)
        .filter((r) => r.status === 'SUCCESS')
        .reduce((s, r) => s + r.amount.refund, 0);
      const [a] = await t.db.query(
        `SELECT a.status, a.outcome, a.received_fen::int AS received,
           (SELECT coalesce(sum(r.amount_fen), 0)::int FROM refund r WHERE r.provider_payment_id = a.provider_payment_id AND r.status = 'succeeded') AS refunded
         FROM payment_attempt a WHERE a.provider_payment_id = $1`,
        [trade.out_trade_no],
      );
      expect({ trade: trade.out_trade_no, back }).toEqual({ trade: trade.out_trade_no, back: a.refunded });
    }
  });

  const placeWechat = (quantity = 1) =>
    placeOnlineOrder(t, buyer, { sku: pear, quantity: quantity, addressId: address, paymentMethod: 'wechatpay' });
  const start = async (orderId: string, device: 'desktop' | 'phone' = 'desktop'): Promise<Instructions> => {
    const r = await t.gql<{ startPayment: Instructions }>(START, { ids: [orderId], device }, buyer);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.startPayment;
  };
  const order = (id: string) => orderPayment(t, finance, id);
  const attempt = async (tradeNo: string) =>
    (
      await t.db.query(
        `SELECT id, status, outcome, received_fen::int AS received, received_currency FROM payment_attempt WHERE provider_payment_id = $1`,
        [tradeNo],
      )
    )[0] as {
      id: string;
      status: string;
      outcome: string | null;
      received: number | null;
      received_currency: string | null;
    };
  const notificationsOf = async (tradeNo: string): Promise<number> =>
    (
      await t.db.query(`SELECT count(*)::int AS n FROM payment_notification WHERE provider = 'wechatpay' AND provider_payment_id = $1`, [
        tradeNo,
      ])
    )[0].n;
  const REVIEW = `{ paymentsNeedingReview { id status amountFen currency receivedFen receivedCurrency reviewNote orderNos } }`;

  it('offers WeChat Pay; Native gives a code_url from a signed order of the exact amount in CNY, out_trade_no = the attempt', async () => {
    const methods = await t.gql<{ paymentMethods: { method: string; label: string; available: boolean }[] }>(
      `{ paymentMethods { method label available } }`,
      {},
      buyer,
    );
    expect(methods.data!.paymentMethods).toContainEqual({ method: 'wechatpay', label: '微信支付', available: true });
    const o = await placeWechat(2);
    expect(o.paymentTerm).toBe('online');
    const pay = await start(o.id);
    expect(pay).toMatchObject({ method: 'wechatpay', amountFen: o.totalFen, h5Url: null });
    expect(pay.codeUrl).toMatch(/^weixin:\/\/wxpay\/bizpayurl\?pr=/);
    const call = standin.calls.find((c) => c.path === '/v3/pay/transactions/native' && c.body?.out_trade_no === pay.paymentIntentId)!;
    expect(call.status).toBe(200); // the stand-in checked our WECHATPAY2-SHA256-RSA2048 signature
    expect(call.body).toMatchObject({
      appid: standin.appid,
      mchid: standin.mchid,
      amount: { total: Number(o.totalFen), currency: 'CNY' },
      notify_url: 'https://yigou.example/webhooks/wechatpay',
    });
    expect(call.body!.time_expire).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    expect((await attempt(pay.paymentIntentId!)).id.replace(/-/g, '')).toBe(pay.paymentIntentId);
  });

  it("H5 in a phone browser gives an h5_url with the payer's address", async () => {
    const o = await placeWechat(1);
    const pay = await start(o.id, 'phone');
    expect(pay.h5Url).toMatch(/^https:\/\/wx\.tenpay\.com\//);
    expect(pay.codeUrl).toBeNull();
    const call = standin.calls.find((c) => c.path === '/v3/pay/transactions/h5' && c.body?.out_trade_no === pay.paymentIntentId)!;
    expect(call.body).toMatchObject({ scene_info: { payer_client_ip: expect.any(String), h5_info: { type: 'Wap' } } });
  });

  it('pays the order once: duplicated notifications and a replay change nothing', async () => {
    const o = await placeWechat(2);
    const { paymentIntentId: tradeNo } = await start(o.id);
    const success = standin.pay(tradeNo!);
    expect(await standin.deliver(notifyUrl, success)).toEqual({ status: 200, result: 'applied' });
    expect(await standin.deliver(notifyUrl, success)).toEqual({ status: 200, result: 'duplicate' }); // WeChat Pay retries
    expect(await standin.deliver(notifyUrl, success)).toEqual({ status: 200, result: 'duplicate' });
    expect(await order(o.id)).toMatchObject({ status: 'to_ship', paymentStatus: 'paid', paidFen: o.totalFen, paymentMethod: 'wechatpay' });
    expect(await attempt(tradeNo!)).toMatchObject({
      status: 'succeeded',
      outcome: 'applied',
      received: Number(o.totalFen),
      received_currency: 'cny',
    });
    expect(await notificationsOf(tradeNo!)).toBe(1);
  });

  it('refuses a forged, altered, wrongly keyed or stale notification with 400 and records nothing', async () => {
    const o = await placeWechat(1);
    const { paymentIntentId: tradeNo } = await start(o.id);
    const success = standin.pay(tradeNo!);
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    expect((await standin.deliver(notifyUrl, success, { signWith: stranger })).status).toBe(400);
    expect((await standin.deliver(notifyUrl, success, { tamper: true })).status).toBe(400);
    expect((await standin.deliver(notifyUrl, success, { timestamp: Math.floor(Date.now() / 1000) - 301 })).status).toBe(400);
    // Ahead by half a minute past the five: the delivery's time on a loaded machine never brings it within.
    expect((await standin.deliver(notifyUrl, success, { timestamp: Math.floor(Date.now() / 1000) + 330 })).status).toBe(400);
    const unsigned = await fetch(notifyUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: success.body });
    expect(unsigned.status).toBe(400);
    expect(await unsigned.json()).toMatchObject({ code: 'FAIL' });
    // Signed by WeChat Pay's key, but the resource was encrypted with another APIv3 key.
    const foreign = new WechatPayStandin();
    const alien = foreign.notification('TRANSACTION.SUCCESS', '支付成功', 'transaction', {
      out_trade_no: tradeNo,
      trade_state: 'SUCCESS',
      amount: { total: 1, currency: 'CNY' },
    });
    expect((await standin.deliver(notifyUrl, alien)).status).toBe(400);
    expect((await order(o.id)).paymentStatus).toBe('unpaid');
    expect(await notificationsOf(tradeNo!)).toBe(0);
    expect(await standin.deliver(notifyUrl, success)).toEqual({ status: 200, result: 'applied' });
  });

  it('a notification for an order we never made is recorded and changes nothing', async () => {
    const before = await t.db.query(`SELECT id, status, paid_fen FROM shop_order ORDER BY id`);
    const stray = standin.notification('TRANSACTION.SUCCESS', '支付成功', 'transaction', {
      mchid: standin.mchid,
      appid: standin.appid,
      out_trade_no: 'f'.repeat(32),
      transaction_id: '4200000000000000000000000001',
      trade_state: 'SUCCESS',
      amount: { total: 100, currency: 'CNY' },
      success_time: '2026-12-05T10:00:00+08:00',
    });
    expect(await standin.deliver(notifyUrl, stray)).toEqual({ status: 200, result: 'unknown_payment' });
    expect(await t.db.query(`SELECT id, status, paid_fen FROM shop_order ORDER BY id`)).toEqual(before);
    expect((await t.db.query(`SELECT result FROM payment_notification WHERE event_id = $1`, [stray.id]))[0].result).toBe('unknown_payment');
  });

  it('a success with the wrong amount or currency never pays the order; finance sees it and sends it back', async () => {
    const o1 = await placeWechat(1);
    const pay1 = await start(o1.id);
    expect(await standin.deliver(notifyUrl, standin.pay(pay1.paymentIntentId!, { total: Number(o1.totalFen) - 1 }))).toEqual({
      status: 200,
      result: 'needs_review',
    });
    const o2 = await placeWechat(1);
    const pay2 = await start(o2.id);
    expect(await standin.deliver(notifyUrl, standin.pay(pay2.paymentIntentId!, { currency: 'USD' }))).toEqual({
      status: 200,
      result: 'needs_review',
    });
    for (const o of [o1, o2]) {
      const v = await order(o.id);
      expect(v).toMatchObject({ status: 'pending_payment', paymentStatus: 'unpaid', paidFen: '0' });
      expect(v.timeline.at(-1)).toMatchObject({ action: 'payment_note', note: expect.stringContaining('待平台财务核对') });
    }
    expect(await attempt(pay2.paymentIntentId!)).toMatchObject({ status: 'needs_review', received_currency: 'usd' });
    const review = (
      await t.gql<{ paymentsNeedingReview: { id: string; receivedFen: string; reviewNote: string; orderNos: string[] }[] }>(
        REVIEW,
        {},
        finance,
      )
    ).data!.paymentsNeedingReview;
    const short = review.find((a) => a.orderNos.includes(o1.orderNo))!;
    expect(short.receivedFen).toBe(String(Number(o1.totalFen) - 1));
    expect(review.find((a) => a.orderNos.includes(o2.orderNo))!.reviewNote).toMatch(/CNY.*USD/);
    // Finance gives the short payment back whole: a WeChat Pay refund of what WeChat Pay took.
    standin.settleRefundsAtOnce = true;
    try {
      const back = await t.gql<{ refundReviewedPayment: { status: string; amountFen: string } }>(
        `mutation($id: ID!) { refundReviewedPayment(attemptId: $id) { status amountFen } }`,
        { id: short.id },
        finance,
      );
      expect(back.data!.refundReviewedPayment.amountFen).toBe(String(Number(o1.totalFen) - 1));
      expect(standin.refundsOf(pay1.paymentIntentId!).map((r) => [r.amount.refund, r.amount.total, r.status])).toEqual([
        [Number(o1.totalFen) - 1, Number(o1.totalFen) - 1, 'SUCCESS'],
      ]);
      const [{ id: usd }] = await t.db.query(`SELECT id FROM payment_attempt WHERE provider_payment_id = $1`, [pay2.paymentIntentId]);
      expect(
        (await t.gql(`mutation($id: ID!) { refundReviewedPayment(attemptId: $id) { id } }`, { id: usd }, finance)).errors,
      ).toBeUndefined();
    } finally {
      standin.settleRefundsAtOnce = false;
    }
  });

  it('two attempts that both succeed, notified out of order: the first notified pays, the other is refunded automatically and shown on the timeline', async () => {
    const o = await placeWechat(1);
    const first = await start(o.id);
    standin.fail(`/v3/pay/transactions/out-trade-no/${first.paymentIntentId}/close`); // WeChat Pay cannot close the first attempt now
    const second = await start(o.id);
    expect(second.paymentIntentId).not.toBe(first.paymentIntentId);
    expect(await attempt(first.paymentIntentId!)).toMatchObject({ status: 'created' }); // still live: WeChat Pay did not say
    const paidFirst = standin.pay(first.paymentIntentId!);
    const paidSecond = standin.pay(second.paymentIntentId!);
    expect((await standin.deliver(notifyUrl, paidSecond)).result).toBe('applied');
    expect((await standin.deliver(notifyUrl, paidFirst)).result).toBe('refunding_second_payment');
    expect((await standin.deliver(notifyUrl, paidFirst)).result).toBe('duplicate');
    expect(standin.refundsOf(first.paymentIntentId!).map((r) => r.amount.refund)).toEqual([Number(o.totalFen)]);
    expect(standin.refundsOf(second.paymentIntentId!)).toEqual([]);
    // WeChat Pay finishes the refund and says so.
    const done = standin.settleRefund(standin.refundsOf(first.paymentIntentId!)[0].out_refund_no);
    expect((await standin.deliver(notifyUrl, done)).result).toBe('handled');
    const [dup] = await t.db.query(`SELECT status, kind FROM refund WHERE provider_payment_id = $1`, [first.paymentIntentId]);
    expect(dup).toEqual({ status: 'succeeded', kind: 'duplicate' });
    const v = await order(o.id);
    expect(v).toMatchObject({ paymentStatus: 'paid', paidFen: o.totalFen, refundedFen: '0' });
    expect(v.timeline.map((s) => s.note ?? '').join('\n')).toMatch(/自动全额退回/);
  });

  it('a new attempt closes the live one at WeChat Pay; one that already took money refuses the new attempt', async () => {
    const o = await placeWechat(1);
    const first = await start(o.id);
    await start(o.id);
    expect(standin.trades.get(first.paymentIntentId!)!.trade_state).toBe('CLOSED');
    expect(await attempt(first.paymentIntentId!)).toMatchObject({ status: 'canceled' });
    const third = await start(o.id);
    standin.pay(third.paymentIntentId!); // paid, notification still on its way
    const again = await t.gql(START, { ids: [o.id] }, buyer);
    expect(again.errors![0].message).toMatch(/上一笔支付已成功/);
    expect((await sync.checkAttemptById((await attempt(third.paymentIntentId!)).id))?.result).toBe('applied');
  });

  it('a refund whose request times out stays pending (never failed), is found by its out_refund_no and finishes once', async () => {
    const o = await placeWechat(2);
    const { paymentIntentId: tradeNo } = await start(o.id);
    await standin.deliver(notifyUrl, standin.pay(tradeNo!));
    standin.timeOut('/v3/refund/domestic/refunds', 1);
    const r = await t.gql<{ refundOrder: { id: string; status: string; lastError: string | null; amountFen: string } }>(
      `mutation($i: RefundOrderInput!) { refundOrder(input: $i) { id status lastError amountFen } }`,
      { i: { orderId: o.id, lines: [{ lineId: o.lines[0].id, quantity: 1 }], reason: '一箱磕坏', restock: false } },
      finance,
    );
    expect(r.errors).toBeUndefined();
    const refundId = r.data!.refundOrder.id;
    const row = async () =>
      (await t.db.query(`SELECT status, send_state, provider_refund_id, last_error FROM refund WHERE id = $1`, [refundId]))[0];
    expect(await row()).toMatchObject({ status: 'pending', send_state: 'unknown', last_error: expect.stringContaining('稍后查询') });
    expect(standin.refundsOf(tradeNo!)).toHaveLength(1); // WeChat Pay did it; we did not hear
    // The sweep asks WeChat Pay by out_refund_no first: it finds the refund (processing), sends nothing new.
    await sender.sweep(new Date(Date.now() + 3600_000));
    expect(await row()).toMatchObject({
      status: 'pending',
      send_state: 'sent',
      provider_refund_id: standin.refundsOf(tradeNo!)[0].refund_id,
    });
    expect(standin.refundsOf(tradeNo!)).toHaveLength(1);
    expect(
      standin.calls.filter(
        (c) => c.method === 'POST' && c.path === '/v3/refund/domestic/refunds' && c.body?.out_refund_no === refundId.replace(/-/g, ''),
      ),
    ).toHaveLength(1);
    const done = standin.settleRefund(standin.refundsOf(tradeNo!)[0].out_refund_no);
    expect((await standin.deliver(notifyUrl, done)).result).toBe('handled');
    expect((await standin.deliver(notifyUrl, done)).result).toBe('duplicate');
    expect(await row()).toMatchObject({ status: 'succeeded', send_state: null });
    expect(await order(o.id)).toMatchObject({ refundedFen: String(pear.priceFen), paidFen: o.totalFen });
  });

  it('a slow answer (later than a loaded machine’s, well before the timeout) is the answer: the refund is sent, not left unknown', async () => {
    const o = await placeWechat(1);
    const { paymentIntentId: tradeNo } = await start(o.id);
    await standin.deliver(notifyUrl, standin.pay(tradeNo!));
    standin.slow('/v3/refund/domestic/refunds', SLOW_ANSWER_MS);
    const r = await t.gql<{ refundOrder: { id: string; status: string; lastError: string | null } }>(
      `mutation($i: RefundOrderInput!) { refundOrder(input: $i) { id status lastError } }`,
      { i: { orderId: o.id, lines: [{ lineId: o.lines[0].id, quantity: 1 }], reason: '一箱磕坏', restock: false } },
      finance,
    );
    expect(r.data!.refundOrder).toMatchObject({ status: 'pending', lastError: null });
    const [row] = await t.db.query(`SELECT send_state, provider_refund_id FROM refund WHERE id = $1`, [r.data!.refundOrder.id]);
    expect(row).toEqual({ send_state: 'sent', provider_refund_id: standin.refundsOf(tradeNo!)[0].refund_id });
  });

  it('WeChat Pay down at checkout: the buyer is told in Chinese and can pay the same order another way', async () => {
    const o = await placeWechat(1);
    standin.fail('/v3/pay/transactions/native', 1);
    const down = await t.gql(START, { ids: [o.id] }, buyer);
    expect(down.errors![0]).toMatchObject({
      message: '在线支付暂时无法连接，请稍后再试或改用其他支付方式',
      extensions: { code: 'PAYMENT_UNAVAILABLE' },
    });
    standin.timeOut('/v3/pay/transactions/native', 1);
    expect((await t.gql(START, { ids: [o.id] }, buyer)).errors![0].extensions!.code).toBe('PAYMENT_UNAVAILABLE');
    expect(
      (await t.db.query(`SELECT status FROM payment_attempt WHERE $1 = ANY(order_ids) ORDER BY created_at`, [o.id])).map(
        (a: { status: string }) => a.status,
      ),
    ).toEqual(['failed', 'failed']);
    // Another way: bank transfer is not for an online order; another online method is (Stripe is not configured here).
    expect((await t.gql(START, { ids: [o.id], method: 'bank_transfer' }, buyer)).errors![0].message).toMatch(/对公转账与在线支付不能互换/);
    expect((await t.gql(START, { ids: [o.id], method: 'stripe' }, buyer)).errors![0].message).toBe('在线支付暂不可用');
    // WeChat Pay is back: the same order can still be paid.
    const again = await start(o.id);
    await standin.deliver(notifyUrl, standin.pay(again.paymentIntentId!));
    expect(await order(o.id)).toMatchObject({ paymentStatus: 'paid' });
  });

  it('a success notification that never arrives: the query completes the order exactly once, and the late notification changes nothing', async () => {
    const o = await placeWechat(1);
    const { paymentIntentId: tradeNo } = await start(o.id);
    const lost = standin.pay(tradeNo!); // WeChat Pay took the money; the notification is lost (or the API died before writing)
    const a = await attempt(tradeNo!);
    expect(await sync.sweep(new Date())).toBe(0); // too young: left to its notification
    standin.fail(`/v3/pay/transactions/out-trade-no/${tradeNo}`, 1);
    expect(await sync.checkAttemptById(a.id)).toMatchObject({ state: 'unknown', result: 'none' }); // WeChat Pay down: nothing recorded
    expect((await order(o.id)).paymentStatus).toBe('unpaid');
    await sync.sweep(new Date(Date.now() + 5 * 60_000));
    expect(await order(o.id)).toMatchObject({ status: 'to_ship', paymentStatus: 'paid', paidFen: o.totalFen });
    const queries = () => standin.calls.filter((c) => c.method === 'GET' && c.path.endsWith(tradeNo!)).length;
    const asked = queries();
    await sync.sweep(new Date(Date.now() + 5 * 60_000));
    expect(queries()).toBe(asked); // no longer live: the sweep does not ask again
    expect((await sync.checkAttemptById(a.id))?.result).toBe('duplicate'); // asked again directly: the same answer, recorded once
    expect(await standin.deliver(notifyUrl, lost)).toEqual({ status: 200, result: 'ignored' }); // the late notification
    expect((await order(o.id)).timeline.filter((s) => s.action === 'pay')).toHaveLength(1);
    expect(await attempt(tradeNo!)).toMatchObject({ status: 'succeeded', outcome: 'applied' });
  });
});
