import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { RefundSender } from '@yigou/server/payments';
import { createTestApp, PROVIDER_TIMEOUT_MS, SLOW_ANSWER_MS, TestApp } from '@yigou/server/testing';
import { PlacedOrder, Sku } from '../orders/order-helpers';
import {
  expectEveryOrderBalanced,
  onlinePaymentParties,
  orderPayment,
  placeOnlineOrder,
  refundFirstLine,
  refundRowOf,
} from '../orders/online-payment-helpers';
import { StripeStandin } from '../orders/stripe-standin';
import { AlipayStandin, generateAlipayKeys } from './alipay-standin';
import { shanghaiDateTime } from '@yigou/shared/time';

// Boots the API on a shared 2-core machine: give hooks room.
jest.setTimeout(60_000);

const APP_ID = '2021000199990001';
const SHOP = 'http://127.0.0.1:4200';

/**
 * Alipay direct through the real API and a stand-in that speaks Alipay's OpenAPI as alipay-sdk calls it (our RSA2
 * signature checked, every answer and notification signed with an "Alipay" key pair made here): the cashier page
 * flow, notifications duplicated, out of order, altered, forged, replayed or lost, two attempts that both succeed,
 * refunds that time out, Alipay down when the buyer starts paying.
 */
describe('Alipay: 电脑网站支付 / 手机网站支付 against the stand-in', () => {
  let t: TestApp;
  let alipay: AlipayStandin;
  let stripe: StripeStandin;
  let sender: RefundSender;
  let buyer: string;
  let finance: string;
  let address: string;
  let pear: Sku;
  let notifyUrl: string;

  beforeAll(async () => {
    const app = generateAlipayKeys();
    alipay = new AlipayStandin(APP_ID, app.publicKey);
    stripe = new StripeStandin();
    const [, stripePort] = await Promise.all([alipay.start(), stripe.start()]);
    t = await createTestApp(
      { eventsAutoDeliver: false },
      {
        ...stripe.appEnv(stripePort),
        ...alipay.appEnv(app.privateKey, 'http://127.0.0.1:9/webhooks/alipay', SHOP, { ALIPAY_TIMEOUT_MS: String(PROVIDER_TIMEOUT_MS) }),
      },
    );
    // The API's own port is known only now: its notify_url follows (as a deployment's public address would be set).
    notifyUrl = `${t.url}/webhooks/alipay`;
    (t.api.app.get(APP_CONFIG) as AppConfig).alipay!.notifyUrl = notifyUrl;
    ({ buyer, finance, address, pear, sender } = await onlinePaymentParties(t));
  });
  afterAll(async () => {
    await t.close();
    await Promise.all([alipay.close(), stripe.close()]);
  });

  /** Every order's money: what it holds = its successful attempts minus what went back, to the fen; nothing left pending. */
  afterEach(async () => {
    await sender.sweep(new Date(Date.now() + 24 * 3600_000));
    await expectEveryOrderBalanced(t);
    // Alipay holds exactly what our ledger says it does: each trade's refunds are our succeeded refunds of it.
    for (const trade of alipay.trades.values()) {
      const ours: { n: string }[] = await t.db.query(
        `SELECT coalesce(sum(amount_fen), 0) AS n FROM refund WHERE provider_payment_id = $1 AND status = 'succeeded'`,
        [trade.outTradeNo],
      );
      expect(Number(ours[0].n)).toBe(trade.refunds.reduce((s, r) => s + Math.round(Number(r.amount) * 100), 0));
    }
    expect(alipay.calls.filter((c) => !c.signatureOk)).toEqual([]);
    alipay.notifyMode = 'once';
    alipay.refuseClose = false;
  });

  const placeAlipay = (quantity = 1) =>
    placeOnlineOrder(t, buyer, { sku: pear, quantity: quantity, addressId: address, paymentMethod: 'alipay' });
  const START = `mutation($ids: [ID!]!, $device: PayerDevice, $method: PaymentMethod) { startPayment(orderIds: $ids, device: $device, method: $method) { method paymentIntentId redirectUrl clientSecret amountFen } }`;
  type Started = { method: string; paymentIntentId: string; redirectUrl: string | null; clientSecret: string | null; amountFen: string };
  const start = async (orderId: string, device: 'desktop' | 'phone' = 'desktop'): Promise<Started> => {
    const r = await t.gql<{ startPayment: Started }>(START, { ids: [orderId], device }, buyer);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.startPayment;
  };
  /** The buyer's browser opens the cashier page the API sent it to. */
  const openCashier = async (s: Started): Promise<string> => {
    const res = await fetch(s.redirectUrl!);
    const html = await res.text();
    expect(res.status).toBe(200);
    return html;
  };
  /** …and clicks 确认付款: where the browser is sent back to. */
  const confirm = async (outTradeNo: string): Promise<URL> => {
    const res = await fetch(`http://127.0.0.1:${alipay.port}/cashier/confirm`, {
      method: 'POST',
      body: new URLSearchParams({ out_trade_no: outTradeNo }),
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    return new URL(res.headers.get('location')!);
  };
  const payThroughCashier = async (orderId: string): Promise<Started> => {
    const s = await start(orderId);
    await openCashier(s);
    await confirm(s.paymentIntentId);
    return s;
  };
  const order = (id: string) => orderPayment(t, finance, id);
  const attempt = async (outTradeNo: string) =>
    (
      await t.db.query(
        `SELECT status, outcome, received_fen::int AS received, provider FROM payment_attempt WHERE provider_payment_id = $1`,
        [outTradeNo],
      )
    )[0] as { status: string; outcome: string | null; received: number | null; provider: string };
  const notificationsOf = async (outTradeNo: string): Promise<{ result: string; type: string }[]> =>
    t.db.query(
      `SELECT result, type FROM payment_notification WHERE provider = 'alipay' AND provider_payment_id = $1 ORDER BY received_at, id`,
      [outTradeNo],
    );
  const refundOrder = (o: PlacedOrder, quantity: number) => refundFirstLine(t, finance, o, quantity);
  const refundRow = (id: string) => refundRowOf(t, id);

  it('offers Alipay; the cashier page flow pays the order: signed page.pay, 确认付款, notification answered "success", back to the order page', async () => {
    const methods = await t.gql<{ paymentMethods: { method: string; label: string; available: boolean }[] }>(
      `{ paymentMethods { method label available } }`,
      {},
      buyer,
    );
    expect(methods.data!.paymentMethods.find((m) => m.method === 'alipay')).toEqual({ method: 'alipay', label: '支付宝', available: true });
    const o = await placeAlipay(2);
    expect(o).toMatchObject({ paymentTerm: 'online', status: 'pending_payment' });
    const s = await start(o.id);
    expect(s.method).toBe('alipay');
    const page = new URL(s.redirectUrl!);
    expect(`${page.origin}${page.pathname}`).toBe(`http://127.0.0.1:${alipay.port}/gateway.do`);
    expect(page.searchParams.get('method')).toBe('alipay.trade.page.pay');
    expect(page.searchParams.get('return_url')).toBe(`${SHOP}/orders/${o.id}`);
    expect(JSON.parse(page.searchParams.get('biz_content')!)).toMatchObject({
      out_trade_no: s.paymentIntentId,
      total_amount: (Number(o.totalFen) / 100).toFixed(2),
      product_code: 'FAST_INSTANT_TRADE_PAY',
      time_expire: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
    });
    const html = await openCashier(s);
    expect(html).toContain('确认付款');
    expect(html).toContain(o.orderNo);
    const back = await confirm(s.paymentIntentId);
    expect(`${back.origin}${back.pathname}`).toBe(`${SHOP}/orders/${o.id}`);
    expect(back.searchParams.get('out_trade_no')).toBe(s.paymentIntentId);
    expect(alipay.notifications.at(-1)).toEqual({ status: 200, body: 'success', result: 'applied' });
    expect(await order(o.id)).toMatchObject({ status: 'to_ship', paymentStatus: 'paid', paidFen: o.totalFen });
    expect(await attempt(s.paymentIntentId)).toMatchObject({
      provider: 'alipay',
      status: 'succeeded',
      outcome: 'applied',
      received: Number(o.totalFen),
    });
    // The probe (trade.query) before the page: every call to the gateway carried our valid RSA2 signature.
    expect(alipay.calls.filter((c) => c.biz.out_trade_no === s.paymentIntentId).map((c) => [c.method, c.signatureOk])).toEqual([
      ['alipay.trade.query', true],
      ['alipay.trade.page.pay', true],
    ]);
  });

  it('on a phone the buyer is sent to 手机网站支付 (wap.pay) with a way back', async () => {
    const o = await placeAlipay(1);
    const s = await start(o.id, 'phone');
    const page = new URL(s.redirectUrl!);
    expect(page.searchParams.get('method')).toBe('alipay.trade.wap.pay');
    expect(JSON.parse(page.searchParams.get('biz_content')!)).toMatchObject({
      product_code: 'QUICK_WAP_WAY',
      quit_url: `${SHOP}/orders/${o.id}`,
    });
    expect(await openCashier(s)).toContain('手机网站支付');
    await confirm(s.paymentIntentId);
    expect((await order(o.id)).paymentStatus).toBe('paid');
  });

  it('duplicate and out-of-order notifications pay the order once; each is answered "success"', async () => {
    const o = await placeAlipay(2);
    alipay.notifyMode = 'duplicate';
    const s = await payThroughCashier(o.id);
    expect(alipay.notifications.slice(-2).map((n) => [n.status, n.body, n.result])).toEqual([
      [200, 'success', 'applied'],
      [200, 'success', 'duplicate'],
    ]);
    const trade = alipay.trades.get(s.paymentIntentId)!;
    // A WAIT_BUYER_PAY sent before the payment arrives late; then TRADE_FINISHED (the refund period over).
    const waiting = alipay.notification(trade, { trade_status: 'WAIT_BUYER_PAY' });
    expect(await alipay.deliver(notifyUrl, waiting)).toEqual({ status: 200, body: 'success', result: 'ignored' });
    expect(await alipay.deliver(notifyUrl, alipay.notification(trade, { trade_status: 'TRADE_FINISHED' }))).toMatchObject({
      status: 200,
      result: 'ignored',
    });
    expect(await order(o.id)).toMatchObject({ paymentStatus: 'paid', paidFen: o.totalFen, refundedFen: '0' });
    expect((await notificationsOf(s.paymentIntentId)).map((n) => n.result)).toEqual(['applied', 'ignored', 'ignored']);
  });

  it('a validly signed success with the wrong amount never pays the order: it waits for finance, who sends it back through Alipay', async () => {
    const o = await placeAlipay(1);
    alipay.notifyMode = 'wrong_amount';
    const s = await payThroughCashier(o.id);
    expect(alipay.notifications.at(-1)).toMatchObject({ status: 200, body: 'success', result: 'needs_review' });
    const v = await order(o.id);
    expect(v).toMatchObject({ status: 'pending_payment', paymentStatus: 'unpaid', paidFen: '0' });
    expect(v.timeline.at(-1)!.note).toContain('待平台财务核对');
    const review = await t.gql<{ paymentsNeedingReview: { id: string; provider: string; receivedFen: string; orderNos: string[] }[] }>(
      `{ paymentsNeedingReview { id provider receivedFen orderNos } }`,
      {},
      finance,
    );
    const listed = review.data!.paymentsNeedingReview.find((a) => a.orderNos.includes(o.orderNo))!;
    expect(listed).toMatchObject({ provider: 'alipay', receivedFen: String(Number(o.totalFen) - 1) });
    const back = await t.gql<{ refundReviewedPayment: { status: string } }>(
      `mutation($id: ID!) { refundReviewedPayment(attemptId: $id) { status } }`,
      { id: listed.id },
      finance,
    );
    expect(back.data!.refundReviewedPayment.status).toBe('succeeded');
    expect(alipay.trades.get(s.paymentIntentId)!.refunds.map((r) => r.outRequestNo.length)).toEqual([36]);
  });

  it('a success in another currency (a cross-border trade names trans_currency) never pays a CNY order', async () => {
    const o = await placeAlipay(1);
    alipay.notifyMode = 'lost';
    const s = await payThroughCashier(o.id);
    const usd = alipay.notification(alipay.trades.get(s.paymentIntentId)!, { trade_status: 'TRADE_SUCCESS', trans_currency: 'USD' });
    expect(await alipay.deliver(notifyUrl, usd)).toMatchObject({ status: 200, body: 'success', result: 'needs_review' });
    expect(await order(o.id)).toMatchObject({ paymentStatus: 'unpaid', paidFen: '0' });
    const [{ id, received_currency }] = await t.db.query(
      `SELECT id, received_currency FROM payment_attempt WHERE provider_payment_id = $1`,
      [s.paymentIntentId],
    );
    expect(received_currency).toBe('usd');
    expect((await t.gql(`mutation($id: ID!) { refundReviewedPayment(attemptId: $id) { id } }`, { id }, finance)).errors).toBeUndefined();
  });

  it('a forged or altered notification is refused (400 fail) and changes nothing; a replay of a real one changes nothing', async () => {
    const o = await placeAlipay(1);
    alipay.notifyMode = 'lost';
    const s = await payThroughCashier(o.id);
    const real = alipay.notification(alipay.trades.get(s.paymentIntentId)!, { trade_status: 'TRADE_SUCCESS' });
    const altered = { ...real, total_amount: '0.01' };
    expect(await alipay.deliver(notifyUrl, altered)).toEqual({ status: 400, body: 'fail', result: 'rejected: bad signature' });
    const otherKey = new AlipayStandin(APP_ID, generateAlipayKeys().publicKey); // a forger's own "Alipay" key
    expect((await alipay.deliver(notifyUrl, otherKey.signed(real))).status).toBe(400);
    const { sign: _drop, ...unsigned } = real;
    expect((await alipay.deliver(notifyUrl, unsigned)).status).toBe(400);
    expect((await alipay.deliver(notifyUrl, alipay.signed({ ...real, app_id: '2021000100000000' }))).result).toContain('app_id');
    const ahead = shanghaiDateTime(Date.now() + 10 * 60_000);
    expect((await alipay.deliver(notifyUrl, alipay.signed({ ...real, notify_id: 'future-1', notify_time: ahead }))).result).toContain(
      'future',
    );
    expect(await notificationsOf(s.paymentIntentId)).toEqual([]);
    expect((await order(o.id)).paymentStatus).toBe('unpaid');

    expect((await alipay.deliver(notifyUrl, real)).result).toBe('applied');
    expect(await alipay.deliver(notifyUrl, real)).toEqual({ status: 200, body: 'success', result: 'duplicate' });
    expect(await order(o.id)).toMatchObject({ paymentStatus: 'paid', paidFen: o.totalFen });
    expect(await notificationsOf(s.paymentIntentId)).toHaveLength(1);
  });

  it('a notification for an order that is not ours is recorded and changes nothing', async () => {
    const before = (await t.db.query(`SELECT sum(paid_fen)::text AS paid, count(*)::int AS n FROM shop_order`))[0];
    const stranger = AlipayStandin.unknownTradeNo();
    const fake = alipay.signed({
      notify_time: shanghaiDateTime(new Date()),
      notify_type: 'trade_status_sync',
      notify_id: 'stranger-1',
      app_id: APP_ID,
      charset: 'utf-8',
      version: '1.0',
      sign_type: 'RSA2',
      trade_no: '2025000000000001',
      out_trade_no: stranger,
      trade_status: 'TRADE_SUCCESS',
      total_amount: '88.00',
    });
    expect(await alipay.deliver(notifyUrl, fake)).toEqual({ status: 200, body: 'success', result: 'unknown_payment' });
    expect(await notificationsOf(stranger)).toEqual([{ result: 'unknown_payment', type: 'trade_status_sync.TRADE_SUCCESS' }]);
    expect((await t.db.query(`SELECT sum(paid_fen)::text AS paid, count(*)::int AS n FROM shop_order`))[0]).toEqual(before);
  });

  it('two attempts that both succeed: the order is paid once, the second refunded through Alipay automatically and shown on the timeline', async () => {
    const o = await placeAlipay(1);
    const first = await start(o.id);
    await openCashier(first); // the trade exists at Alipay now
    alipay.refuseClose = true; // Alipay will not close it (the buyer is paying it right now)
    const second = await start(o.id);
    alipay.refuseClose = false;
    expect(await attempt(first.paymentIntentId)).toMatchObject({ status: 'created' });
    await openCashier(second);
    await confirm(second.paymentIntentId);
    await confirm(first.paymentIntentId);
    expect(alipay.notifications.slice(-2).map((n) => n.result)).toEqual(['applied', 'refunding_second_payment']);
    expect(await attempt(first.paymentIntentId)).toMatchObject({ status: 'succeeded', outcome: 'duplicate' });
    expect(alipay.trades.get(first.paymentIntentId)!.refunds.map((r) => r.amount)).toEqual([(Number(o.totalFen) / 100).toFixed(2)]);
    expect(alipay.trades.get(second.paymentIntentId)!.refunds).toEqual([]);
    const [dup] = await t.db.query(`SELECT status, kind FROM refund WHERE provider_payment_id = $1`, [first.paymentIntentId]);
    expect(dup).toEqual({ status: 'succeeded', kind: 'duplicate' });
    const v = await order(o.id);
    expect(v).toMatchObject({ status: 'to_ship', paymentStatus: 'paid', paidFen: o.totalFen, refundedFen: '0' });
    expect(v.timeline.map((x) => x.note).join('\n')).toContain('自动全额退回');
  });

  describe('the buyer switches to card with the Alipay page still open', () => {
    const switchToCard = (orderId: string) => t.gql<{ startPayment: Started }>(START, { ids: [orderId], method: 'stripe' }, buyer);
    const payByCard = async (s: Started) => expect((await stripe.deliver(t.url, stripe.pay(s.paymentIntentId))).result).toBe('applied');
    const returned = (outTradeNo: string) =>
      alipay.trades.get(outTradeNo)!.refunds.reduce((sum, r) => sum + Math.round(Number(r.amount) * 100), 0);

    it('the Alipay trade is closed first, so the page can no longer take the money; the card pays the order once', async () => {
      const o = await placeAlipay(1);
      const first = await start(o.id);
      await openCashier(first);
      const card = await switchToCard(o.id);
      expect(card.errors).toBeUndefined();
      expect(alipay.trades.get(first.paymentIntentId)!.status).toBe('TRADE_CLOSED');
      expect(await attempt(first.paymentIntentId)).toMatchObject({ status: 'canceled' });
      await payByCard(card.data!.startPayment);
      const late = await fetch(`http://127.0.0.1:${alipay.port}/cashier/confirm`, {
        method: 'POST',
        body: new URLSearchParams({ out_trade_no: first.paymentIntentId }),
        redirect: 'manual',
      });
      expect(late.status).toBe(400); // 交易不存在或已关闭
      expect(await order(o.id)).toMatchObject({ status: 'to_ship', paymentStatus: 'paid', paidFen: o.totalFen, refundedFen: '0' });
      expect(returned(first.paymentIntentId)).toBe(0);
    });

    it('Alipay will not close it (the buyer is paying there right now): both succeed, the order is paid once, Alipay’s money sent back', async () => {
      const o = await placeAlipay(1);
      const first = await start(o.id);
      await openCashier(first);
      alipay.refuseClose = true;
      const card = await switchToCard(o.id);
      alipay.refuseClose = false;
      expect(card.errors).toBeUndefined();
      expect(await attempt(first.paymentIntentId)).toMatchObject({ status: 'created' });
      await payByCard(card.data!.startPayment);
      await confirm(first.paymentIntentId);
      expect(await attempt(first.paymentIntentId)).toMatchObject({ status: 'succeeded', outcome: 'duplicate' });
      expect(returned(first.paymentIntentId)).toBe(Number(o.totalFen));
      expect(await order(o.id)).toMatchObject({ status: 'to_ship', paymentStatus: 'paid', paidFen: o.totalFen, refundedFen: '0' });
    });

    it('Alipay already took the money (its notification not here yet): the switch is refused in Chinese and the card never asked', async () => {
      const o = await placeAlipay(1);
      const first = await start(o.id);
      await openCashier(first);
      alipay.notifyMode = 'lost';
      await confirm(first.paymentIntentId);
      const card = await switchToCard(o.id);
      expect(card.errors![0]).toMatchObject({
        message: expect.stringContaining('上一笔支付已成功'),
        extensions: { code: 'INVALID_ORDER_STATE' },
      });
      const v = await order(o.id);
      expect(v.paymentMethod).toBe('alipay');
      expect(await t.db.query(`SELECT provider FROM payment_attempt WHERE $1 = ANY(order_ids) ORDER BY created_at`, [o.id])).toEqual([
        { provider: 'alipay' },
      ]);
      expect((await alipay.deliver(notifyUrl, alipay.pay(first.paymentIntentId))).result).toBe('applied'); // the late notification
      expect(await order(o.id)).toMatchObject({ status: 'to_ship', paymentStatus: 'paid', paidFen: o.totalFen, refundedFen: '0' });
    });
  });

  it('a new attempt closes the live one at Alipay (alipay.trade.close)', async () => {
    const o = await placeAlipay(1);
    const first = await start(o.id);
    await openCashier(first);
    const second = await start(o.id);
    expect(alipay.trades.get(first.paymentIntentId)!.status).toBe('TRADE_CLOSED');
    expect(await attempt(first.paymentIntentId)).toMatchObject({ status: 'canceled' });
    await openCashier(second);
    await confirm(second.paymentIntentId);
    expect((await order(o.id)).paymentStatus).toBe('paid');
  });

  it('a refund whose request times out stays pending (never failed), is found by the refund query and not sent twice', async () => {
    const o = await placeAlipay(3);
    const s = await payThroughCashier(o.id);
    alipay.timeOut('alipay.trade.refund', 1);
    const r = await refundOrder(o, 1);
    expect(r.errors).toBeUndefined();
    expect(r.data!.refundOrder).toMatchObject({ status: 'pending', lastError: expect.stringContaining('未得到结果') });
    const id = r.data!.refundOrder.id;
    expect(alipay.trades.get(s.paymentIntentId)!.refunds.map((x) => x.outRequestNo)).toEqual([id]); // Alipay did refund; we never heard
    expect(await refundRow(id)).toMatchObject({ status: 'pending', send_state: 'unknown' });
    expect(await sender.sweep(new Date())).toBe(0); // the backoff holds
    expect(await sender.sweep(new Date(Date.now() + 60_000))).toBe(1);
    expect(await refundRow(id)).toMatchObject({ status: 'succeeded', send_state: null, provider_refund_id: id });
    expect(alipay.calls.filter((c) => c.method === 'alipay.trade.refund' && c.biz.out_request_no === id)).toHaveLength(1);
    expect(alipay.calls.filter((c) => c.method === 'alipay.trade.fastpay.refund.query' && c.biz.out_request_no === id)).toHaveLength(1);
    expect(await order(o.id)).toMatchObject({ paymentStatus: 'partially_refunded', refundedFen: String(pear.priceFen) });
    // Alipay's refund notifications (partial: TRADE_SUCCESS, whole: TRADE_CLOSED, both with out_biz_no / refund_fee) are never read as a
    // payment or a close.
    const trade = alipay.trades.get(s.paymentIntentId)!;
    const refundFee = (pear.priceFen / 100).toFixed(2);
    for (const status of ['TRADE_SUCCESS', 'TRADE_CLOSED']) {
      const note = alipay.notification(trade, {
        trade_status: status,
        out_biz_no: id,
        refund_fee: refundFee,
        gmt_refund: '2026-12-05 10:00:00.123',
      });
      expect(await alipay.deliver(notifyUrl, note)).toMatchObject({ status: 200, body: 'success', result: 'ignored' });
    }
    expect((await notificationsOf(s.paymentIntentId)).map((n) => n.type)).toEqual([
      'trade_status_sync.TRADE_SUCCESS',
      'trade_status_sync.TRADE_SUCCESS.refund',
      'trade_status_sync.TRADE_CLOSED.refund',
    ]);
    expect(await attempt(s.paymentIntentId)).toMatchObject({ status: 'succeeded' });
    expect(await order(o.id)).toMatchObject({
      paymentStatus: 'partially_refunded',
      paidFen: o.totalFen,
      refundedFen: String(pear.priceFen),
    });
  });

  it('a slow answer (later than a loaded machine’s, well before the timeout) is the answer: refunded at once, not left unknown', async () => {
    const o = await placeAlipay(1);
    const s = await payThroughCashier(o.id);
    alipay.slow('alipay.trade.refund', SLOW_ANSWER_MS);
    const r = await refundOrder(o, 1);
    expect(r.data!.refundOrder).toMatchObject({ status: 'succeeded', lastError: null });
    expect(await refundRow(r.data!.refundOrder.id)).toMatchObject({ status: 'succeeded', send_state: null });
    expect(
      alipay.calls.filter((c) => c.method === 'alipay.trade.fastpay.refund.query' && c.biz.out_trade_no === s.paymentIntentId),
    ).toEqual([]);
  });

  it('Alipay down while refunding: retried with backoff, never failed, refunded once; a refusal is final', async () => {
    const o = await placeAlipay(2);
    const s = await payThroughCashier(o.id);
    alipay.fail('alipay.trade.refund', 2);
    const id = (await refundOrder(o, 1)).data!.refundOrder.id;
    expect(await refundRow(id)).toMatchObject({ status: 'pending', send_state: 'unknown', send_attempts: 1 });
    await sender.sweep(new Date(Date.now() + 60_000));
    expect(await refundRow(id)).toMatchObject({ status: 'pending', send_state: 'unknown', send_attempts: 2 });
    await sender.sweep(new Date(Date.now() + 3600_000));
    expect(await refundRow(id)).toMatchObject({ status: 'succeeded' });
    expect(alipay.trades.get(s.paymentIntentId)!.refunds).toHaveLength(1);
    // The trade closed at Alipay (e.g. a dispute): Alipay's own refusal fails the refund, the order keeps its money.
    alipay.trades.get(s.paymentIntentId)!.status = 'TRADE_CLOSED';
    const refused = await refundOrder(o, 1);
    expect(refused.data!.refundOrder).toMatchObject({ status: 'failed', lastError: expect.stringContaining('交易状态不合法') });
    alipay.trades.get(s.paymentIntentId)!.status = 'TRADE_SUCCESS';
    expect(await order(o.id)).toMatchObject({ paymentStatus: 'partially_refunded', refundedFen: String(pear.priceFen) });
  });

  it('Alipay down when the buyer starts paying: told in Chinese, the order stays payable, and the buyer can pay another way', async () => {
    const o = await placeAlipay(1);
    alipay.fail('alipay.trade.query', 1);
    const down = await t.gql(START, { ids: [o.id], device: 'desktop' }, buyer);
    expect(down.errors![0]).toMatchObject({
      message: expect.stringContaining('其他支付方式'),
      extensions: { code: 'PAYMENT_UNAVAILABLE' },
    });
    alipay.timeOut('alipay.trade.query', 1);
    const silent = await t.gql(START, { ids: [o.id], device: 'desktop' }, buyer);
    expect(silent.errors![0].extensions!.code).toBe('PAYMENT_UNAVAILABLE');
    expect(
      (await t.db.query(`SELECT status FROM payment_attempt WHERE $1 = ANY(order_ids)`, [o.id])).map((a: { status: string }) => a.status),
    ).toEqual(['failed', 'failed']);
    // Another way: the same order by card (Stripe), noted on the timeline.
    const other = await t.gql<{ startPayment: Started }>(START, { ids: [o.id], method: 'stripe' }, buyer);
    expect(other.errors).toBeUndefined();
    expect(other.data!.startPayment).toMatchObject({ method: 'stripe', clientSecret: expect.any(String), redirectUrl: null });
    const v = await order(o.id);
    expect(v.paymentMethod).toBe('stripe');
    expect(v.timeline.at(-1)!.note).toContain('改用');
    expect((await stripe.deliver(t.url, stripe.pay(other.data!.startPayment.paymentIntentId))).result).toBe('applied');
    expect(await order(o.id)).toMatchObject({ paymentStatus: 'paid', paidFen: o.totalFen });
    // A bank-transfer switch is not offered to an online order.
    const o2 = await placeAlipay(1);
    expect((await t.gql(START, { ids: [o2.id], method: 'bank_transfer' }, buyer)).errors![0].extensions!.code).toMatch(
      /FORBIDDEN|BAD_USER_INPUT/,
    );
  });

  it('the success notification is lost: asking Alipay (trade.query) completes the order exactly once, and the late notification changes nothing', async () => {
    const o = await placeAlipay(2);
    alipay.notifyMode = 'lost';
    const s = await payThroughCashier(o.id);
    expect(await order(o.id)).toMatchObject({ paymentStatus: 'unpaid' });
    const CHECK = `mutation($id: ID!) { checkPayment(orderId: $id) { attemptId provider state result } }`;
    const stranger = await t.loginAs('purchaser');
    expect((await t.gql(CHECK, { id: o.id }, stranger)).errors![0].extensions!.code).toBe('NOT_FOUND');
    const [checked, again] = await Promise.all([
      t.gql<{ checkPayment: unknown[] }>(CHECK, { id: o.id }, buyer),
      t.gql<{ checkPayment: unknown[] }>(CHECK, { id: o.id }, buyer),
    ]);
    const results = [...checked.data!.checkPayment, ...again.data!.checkPayment] as { result: string }[];
    expect(results.filter((r) => r.result === 'applied')).toHaveLength(1);
    expect(await order(o.id)).toMatchObject({ status: 'to_ship', paymentStatus: 'paid', paidFen: o.totalFen });
    // nothing left to ask about
    expect((await t.gql<{ checkPayment: unknown[] }>(CHECK, { id: o.id }, buyer)).data!.checkPayment).toEqual([]);
    const late = alipay.notification(alipay.trades.get(s.paymentIntentId)!, { trade_status: 'TRADE_SUCCESS' });
    expect(await alipay.deliver(notifyUrl, late)).toMatchObject({ status: 200, body: 'success', result: 'ignored' });
    expect(await order(o.id)).toMatchObject({ paidFen: o.totalFen });
    const events: { type: string }[] = await t.db.query(`SELECT type FROM outbox_event WHERE aggregate_id = $1 ORDER BY id`, [o.id]);
    expect(events.filter((e) => e.type === 'order.paid')).toHaveLength(1);
  });
});
