import Stripe from 'stripe';
import { EventDispatcher } from '@yigou/server/events';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { createTestApp, GqlResponse, PROVIDER_TIMEOUT_MS, TestApp } from '@yigou/server/testing';
import { addAddress, line, PLACE, PlacedOrder, setStock, Sku, skuOf } from '../orders/order-helpers';
import { RefundSender } from '@yigou/server/payments';
import { StripeStandin } from '../orders/stripe-standin';
import { liveSessionWithPear } from '../livestream/live-fixtures';
import { WechatPayStandin } from '../wechatpay/wechatpay-standin';
import { AlipayStandin, generateAlipayKeys } from '../payments/alipay-standin';
import { pngBytes, tempDataDir, upload } from '../suppliers/supplier-fixtures';

const WEBHOOK_SECRET = 'whsec_test_reconcile';

export interface Difference {
  area: string;
  figure: string;
  subjectName: string;
  year: number | null;
  month: string | null;
  expected: string;
  recorded: string;
  orderNos: string[];
}

/**
 * Drives whole order lives through the real API as each person would, at a
 * moment the test chooses (the `x-test-now` test clock): the purchaser's bank
 * orders (pay first, ship first, live room), the buyer's card orders (Stripe
 * stand-in + signed webhooks), the supplier ships, finance matches transfers and
 * refunds, the admin approves re-bindings and runs the reconciliation.
 */
export class LifecycleDriver {
  now = new Date('2026-12-31T21:00:00+08:00');
  readonly webhooks: string[] = [];
  tokens!: Record<'buyer' | 'purchaser' | 'supplier' | 'admin' | 'host' | 'finance', string>;
  addresses!: Record<'buyer' | 'purchaser', string>;
  skus!: Record<'pear' | 'insoles' | 'mushroom' | 'beads', Sku>;
  private seq = 0;
  private readonly signer = new Stripe('sk_test_signer');

  private constructor(
    readonly t: TestApp,
    private readonly standin: StripeStandin,
    private readonly wechat: WechatPayStandin,
    private readonly alipay: AlipayStandin,
  ) {}

  static async start(): Promise<LifecycleDriver> {
    const standin = new StripeStandin();
    const port = await standin.start();
    const wechat = new WechatPayStandin();
    await wechat.start();
    const alipayApp = generateAlipayKeys();
    const alipay = new AlipayStandin('2021000199990001', alipayApp.publicKey);
    await alipay.start();
    const t = await createTestApp(
      { eventsAutoDeliver: false, dataDir: tempDataDir() },
      {
        ...wechat.appEnv('https://yigou.example/webhooks/wechatpay'),
        ...alipay.appEnv(alipayApp.privateKey, 'http://127.0.0.1:9/webhooks/alipay', 'http://127.0.0.1:4200', {
          ALIPAY_TIMEOUT_MS: String(PROVIDER_TIMEOUT_MS),
        }),
        STRIPE_SECRET_KEY: 'sk_test_standin',
        STRIPE_PUBLISHABLE_KEY: 'pk_test_standin',
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        STRIPE_API_HOST: '127.0.0.1',
        STRIPE_API_PORT: String(port),
        STRIPE_API_PROTOCOL: 'http',
      },
    );
    // the API's own port is known only now: its notify_url follows (as alipay.int-spec sets it)
    (t.api.app.get(APP_CONFIG) as AppConfig).alipay!.notifyUrl = `${t.url}/webhooks/alipay`;
    const d = new LifecycleDriver(t, standin, wechat, alipay);
    const logins = ['buyer', 'purchaser', 'supplier', 'admin', 'host', 'finance'] as const;
    const tokens = await Promise.all(logins.map((l) => t.loginAs(l)));
    d.tokens = Object.fromEntries(logins.map((l, i) => [l, tokens[i]])) as LifecycleDriver['tokens'];
    d.addresses = { buyer: await addAddress(t, d.tokens.buyer), purchaser: await addAddress(t, d.tokens.purchaser) };
    d.skus = {
      pear: await skuOf(t, 'yulu-pear-5kg'),
      insoles: await skuOf(t, 'insoles'),
      mushroom: await skuOf(t, 'button-mushroom'),
      beads: await skuOf(t, 'bead-ornament'),
    };
    // 香菇's certificate ends on the Shanghai new year's eve every run crosses (lifecycle-model CERTIFIED)
    const [mushroom]: { id: string }[] = await t.db.query(`SELECT id FROM product WHERE demo_key = 'button-mushroom'`);
    await d.certifyOnly(mushroom.id, '2026-01-01', '2026-12-31');
    // plenty of stock for many runs
    for (const s of Object.values(d.skus)) await setStock(t, s.skuId, 100_000);
    return d;
  }

  /**
   * The product's certificates replaced by one valid `validFrom`–`validTo` (Shanghai dates, inclusive): the demo's
   * removed (as certification.int-spec does), the new one submitted with its evidence image and verified by the
   * platform admin through the API, at the test clock.
   */
  async certifyOnly(productId: string, validFrom: string, validTo: string): Promise<void> {
    await this.t.db.query(`DELETE FROM product_certification WHERE product_id = $1`, [productId]);
    const evidence = (await upload(this.t, this.tokens.admin, await pngBytes())).body.url;
    const r = await this.gql<{ submitCertification: { id: string } }>(
      `mutation($input: SubmitCertificationInput!) { submitCertification(input: $input) { id } }`,
      {
        input: {
          productId,
          certificateNo: '晋扶认〔2026〕141034-901',
          issuedBy: '汾西县乡村振兴局',
          batch: '2026 第一批',
          validFrom,
          validTo,
          evidenceImageUrl: evidence,
        },
      },
      this.tokens.admin,
    );
    const v = await this.gql<{ verifyCertification: { current: boolean } }>(
      `mutation($input: CertificationDecisionInput!) { verifyCertification(input: $input) { current } }`,
      { input: { certificationId: r.submitCertification.id } },
      this.tokens.admin,
    );
    if (!v.verifyCertification.current) throw new Error('the certificate is not current at the test clock');
  }

  async close(): Promise<void> {
    await this.t.close();
    await this.standin.close();
    await this.wechat.close();
    await this.alipay.close();
  }

  /** Moves the test clock on (never back within a run). */
  tick(minutes: number): void {
    this.now = new Date(this.now.getTime() + minutes * 60_000);
  }

  async gql<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const r: GqlResponse<T> = await this.t.gql<T>(query, variables, token, { 'x-test-now': this.now.toISOString() });
    if (!r.data || r.errors) throw new Error(`${query.slice(0, 60)}… refused: ${JSON.stringify(r.errors)}`);
    return r.data;
  }

  async place(
    who: 'buyer' | 'purchaser',
    lines: { sku: keyof LifecycleDriver['skus']; quantity: number }[],
    opts: {
      method: 'stripe' | 'wechatpay' | 'alipay' | 'bank_transfer';
      term?: 'pay_first' | 'ship_first';
      liveSessionId?: string;
      livePriceFen?: number;
    },
  ): Promise<PlacedOrder> {
    const input: Record<string, unknown> = {
      lines: lines.map((l) => line(this.skus[l.sku], l.quantity, opts.livePriceFen)),
      addressId: this.addresses[who],
      paymentMethod: opts.method,
      ...(opts.method === 'bank_transfer' ? { purpose: 'canteen', paymentTerm: opts.term ?? 'pay_first' } : {}),
      ...(opts.liveSessionId ? { liveSessionId: opts.liveSessionId, fromCart: false } : {}),
    };
    const r = await this.gql<{ placeOrder: PlacedOrder[] }>(PLACE, { input }, this.tokens[who]);
    if (r.placeOrder.length !== 1) throw new Error('expected one order (one supplier)');
    return r.placeOrder[0];
  }

  /** Card: starts the payment now (the 15-minute window); the money arrives with a later webhook. */
  async startCardPayment(orderId: string): Promise<string> {
    const r = await this.gql<{ startPayment: { paymentIntentId: string } }>(
      `mutation($ids: [ID!]!) { startPayment(orderIds: $ids) { paymentIntentId } }`,
      { ids: [orderId] },
      this.tokens.buyer,
    );
    return r.startPayment.paymentIntentId;
  }

  /**
   * The buyer pays by card: the PaymentIntent succeeds at Stripe (the stand-in), then Stripe's webhook arrives. The
   * stand-in must know the payment, or it refuses every later refund of it ("no successful charge"), as Stripe would.
   */
  async cardPaid(intentId: string, amountFen: number): Promise<void> {
    this.standin.pay(intentId);
    await this.webhook('payment_intent.succeeded', {
      id: intentId,
      object: 'payment_intent',
      amount: amountFen,
      amount_received: amountFen,
      currency: 'cny',
      status: 'succeeded',
    });
  }

  /** Stripe finishes the intent's refunds; true when the step swept the refund sender (which sweeps every due refund). */
  async cardRefunded(intentId: string, amountRefundedFen: number): Promise<boolean> {
    // Stripe reports charge.refunded once its refunds are done: finish them at the stand-in first. The webhook only
    // makes our pending refunds due; the RefundSender settles each by asking Stripe (docs/payments.md), so the
    // step ends once it has, as it would within a sweep in production.
    for (const r of this.standin.refundsOf(intentId)) if (r.status === 'pending') this.standin.settleRefund(r.id);
    await this.webhook('charge.refunded', {
      id: `ch_${intentId}`,
      object: 'charge',
      payment_intent: intentId,
      amount_refunded: amountRefundedFen,
      refunded: true,
    });
    // The sweep runs at the test clock: a refund is dated by the moment it settles (its Shanghai year and month).
    const sender = this.t.api.app.get(RefundSender);
    for (let i = 0; i < 50; i++) {
      const rows: { status: string; last_error: string | null }[] = await this.t.db.query(
        `SELECT status, last_error FROM refund WHERE provider_payment_id = $1 AND status <> 'succeeded'`,
        [intentId],
      );
      // The model counts every card refund once Stripe finished it: one that Stripe refused would count nowhere.
      const refused = rows.find((r) => r.status === 'failed');
      if (refused) throw new Error(`a card refund of ${intentId} was refused: ${refused.last_error}`);
      if (rows.length === 0) return i > 0;
      await sender.sweep(this.now);
    }
    const left = await this.t.db.query(
      `SELECT amount_fen, status, send_state, lines, last_error FROM refund WHERE provider_payment_id = $1 AND status <> 'succeeded'`,
      [intentId],
    );
    throw new Error(`card refunds of ${intentId} still pending after the sender's sweeps: ${JSON.stringify(left)}`);
  }

  /** WeChat Pay: the buyer starts paying (a Native trade at the stand-in); its out_trade_no. */
  async startWechatPayment(orderId: string): Promise<string> {
    const r = await this.gql<{ startPayment: { paymentIntentId: string } }>(
      `mutation($ids: [ID!]!) { startPayment(orderIds: $ids, device: desktop, method: wechatpay) { paymentIntentId } }`,
      { ids: [orderId] },
      this.tokens.buyer,
    );
    return r.startPayment.paymentIntentId;
  }

  /** The payer pays at WeChat Pay, which notifies us (signed, at the test clock's moment). */
  async wechatPaid(tradeNo: string): Promise<void> {
    await this.wechatNotify(this.wechat.pay(tradeNo));
  }

  /** Finance's refunds of a WeChat Pay order succeed in WeChat Pay's answer (true) or stay PROCESSING until wechatRefundsDone. */
  wechatRefundsAtOnce(atOnce: boolean): void {
    this.wechat.settleRefundsAtOnce = atOnce;
  }

  /** WeChat Pay finishes the trade's processing refunds and notifies each (REFUND.SUCCESS); they settle by then. */
  async wechatRefundsDone(tradeNo: string): Promise<void> {
    for (const r of this.wechat.refundsOf(tradeNo))
      if (r.status === 'PROCESSING') await this.wechatNotify(this.wechat.settleRefund(r.out_refund_no));
    const rows: { status: string; last_error: string | null }[] = await this.t.db.query(
      `SELECT status, last_error FROM refund WHERE provider_payment_id = $1 AND status <> 'succeeded'`,
      [tradeNo],
    );
    if (rows.length) throw new Error(`WeChat Pay refunds of ${tradeNo} not settled by its notifications: ${JSON.stringify(rows)}`);
  }

  private async wechatNotify(n: { id: string; body: string }): Promise<void> {
    const r = await this.wechat.deliver(`${this.t.url}/webhooks/wechatpay`, n, { headers: { 'x-test-now': this.now.toISOString() } });
    if (r.status !== 200) throw new Error(`WeChat Pay notification refused (${r.status})`);
  }

  /** Alipay: the buyer starts paying and opens the cashier page the API sends them to (the trade opens there); its out_trade_no. */
  async startAlipayPayment(orderId: string): Promise<string> {
    const r = await this.gql<{ startPayment: { paymentIntentId: string; redirectUrl: string } }>(
      `mutation($ids: [ID!]!) { startPayment(orderIds: $ids, device: desktop, method: alipay) { paymentIntentId redirectUrl } }`,
      { ids: [orderId] },
      this.tokens.buyer,
    );
    const page = await fetch(r.startPayment.redirectUrl);
    if (page.status !== 200) throw new Error(`Alipay cashier page: ${page.status} ${await page.text()}`);
    return r.startPayment.paymentIntentId;
  }

  /** The buyer pays at Alipay, which notifies us (trade_status_sync TRADE_SUCCESS, at the test clock's moment). */
  async alipayPaid(outTradeNo: string): Promise<void> {
    const r = await this.alipay.deliver(`${this.t.url}/webhooks/alipay`, this.alipay.pay(outTradeNo), {
      'x-test-now': this.now.toISOString(),
    });
    if (r.status !== 200 || r.result !== 'applied') throw new Error(`Alipay notification not applied (${r.status}): ${r.result} ${r.body}`);
  }

  /** Alipay does finance's next refund but its answer never comes (the request times out): the refund stays pending. */
  alipayRefundTimesOut(): void {
    this.alipay.timeOut('alipay.trade.refund', 1);
  }

  /** The refund sender's sweep at the test clock: it asks Alipay for each unanswered refund, finds it done and settles it. */
  async sweepRefunds(): Promise<void> {
    await this.t.api.app.get(RefundSender).sweep(this.now);
  }

  /** Delivers a signed Stripe event (remembered, so it can be replayed). */
  async webhook(type: string, object: Record<string, unknown>): Promise<void> {
    const payload = JSON.stringify({
      id: `evt_reco_${++this.seq}`,
      object: 'event',
      type,
      api_version: '2025-10-29.clover',
      created: Math.floor(Date.now() / 1000),
      data: { object },
    });
    this.webhooks.push(payload);
    await this.postWebhook(payload);
  }

  async postWebhook(payload: string): Promise<void> {
    const header = this.signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    const res = await fetch(`${this.t.url}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': header, 'x-test-now': this.now.toISOString() },
      body: payload,
    });
    if (res.status !== 200) throw new Error(`webhook refused (${res.status}): ${await res.text()}`);
  }

  async payByTransfer(order: { id: string; remittanceRef: string }, amountFen: number): Promise<void> {
    const r = await this.gql<{ recordBankTransfer: { id: string } }>(
      `mutation($input: RecordTransferInput!) { recordBankTransfer(input: $input) { id } }`,
      {
        input: {
          bankTxnNo: `TXN-RECO-${++this.seq}`,
          payerName: '汾西县第一中学',
          amountFen: String(amountFen),
          memo: order.remittanceRef,
          receivedAt: this.now.toISOString(),
        },
      },
      this.tokens.admin,
    );
    await this.gql(
      `mutation($id: ID!, $a: [TransferAllocationInput!]!) { matchBankTransfer(transferId: $id, allocations: $a) { matchedFen } }`,
      { id: r.recordBankTransfer.id, a: [{ orderId: order.id, amountFen: String(amountFen) }] },
      this.tokens.admin,
    );
  }

  async ship(orderId: string): Promise<void> {
    await this.gql(
      `mutation($i: ShipOrderInput!) { shipOrder(input: $i) { status } }`,
      { i: { orderId, carrier: '顺丰速运', trackingNo: `SF${String(++this.seq).padStart(10, '0')}` } },
      this.tokens.admin,
    );
  }

  async receive(orderId: string, who: 'buyer' | 'purchaser'): Promise<void> {
    await this.gql(`mutation($id: ID!) { confirmReceipt(orderId: $id) { status } }`, { id: orderId }, this.tokens[who]);
  }

  /** The buyer rates a received order (1–5 stars); a received order becomes completed. */
  async rate(orderId: string, who: 'buyer' | 'purchaser', stars: number): Promise<void> {
    await this.gql(
      `mutation($i: RateOrderInput!) { rateOrder(input: $i) { status } }`,
      { i: { orderId, rating: stars } },
      this.tokens[who],
    );
  }

  /**
   * The admin sets whether `regionCode` requires a rating before an order counts as completed, for each of `years`
   * (the year's filing window kept as it is, if the year has a setting already).
   */
  /** One setting for every year, or one per year in `years`' order. */
  async setRatingRequired(regionCode: string, years: number[], rule: boolean | readonly boolean[]): Promise<void> {
    for (const [i, year] of years.entries()) {
      const required = typeof rule === 'boolean' ? rule : rule[i];
      const [row]: { filing_opens_at: Date; filing_closes_at: Date }[] = await this.t.db.query(
        `SELECT filing_opens_at, filing_closes_at FROM quota_year_setting WHERE region_code = $1 AND year = $2`,
        [regionCode, year],
      );
      await this.gql(
        `mutation($input: QuotaYearSettingInput!) { setQuotaYearSetting(input: $input) { completionRequiresRating } }`,
        {
          input: {
            regionCode,
            year,
            filingOpensAt: (row?.filing_opens_at ?? new Date(Date.UTC(year, 0, 1))).toISOString(),
            filingClosesAt: (row?.filing_closes_at ?? new Date(Date.UTC(year, 11, 31))).toISOString(),
            completionRequiresRating: required,
          },
        },
        this.tokens.admin,
      );
    }
  }

  async cancel(orderId: string, who: 'buyer' | 'purchaser'): Promise<void> {
    await this.gql(`mutation($id: ID!) { cancelOrder(orderId: $id, reason: "不需要了") { status } }`, { id: orderId }, this.tokens[who]);
  }

  /** Finance refunds by line quantities (goods come back) or by an amount; returns the refund as recorded. */
  async refund(
    orderId: string,
    by: { lines: { lineId: string; quantity: number }[]; includeShipping?: boolean } | { amountFen: number },
  ): Promise<{ amountFen: number; status: string; lines: { lineId: string; quantity: number; amountFen: number }[] }> {
    const i =
      'amountFen' in by
        ? { orderId, amountFen: String(by.amountFen), reason: '质量问题补偿' }
        : { orderId, lines: by.lines, includeShipping: by.includeShipping ?? false, reason: '退货退款', restock: true };
    const r = await this.gql<{
      refundOrder: { amountFen: string; status: string; lines: { lineId: string; quantity: number; amountFen: string }[] };
    }>(
      `mutation($i: RefundOrderInput!) { refundOrder(input: $i) { amountFen status lines { lineId quantity amountFen } } }`,
      { i },
      this.tokens.admin,
    );
    const x = r.refundOrder;
    return {
      amountFen: Number(x.amountFen),
      status: x.status,
      lines: x.lines.map((l) => ({ lineId: l.lineId, quantity: l.quantity, amountFen: Number(l.amountFen) })),
    };
  }

  async bindingTargets(orderId: string, who: 'buyer' | 'purchaser'): Promise<{ id: string; name: string }[]> {
    return (
      await this.gql<{ bindingChangeTargets: { id: string; name: string }[] }>(
        `query($id: ID!) { bindingChangeTargets(orderId: $id) { id name } }`,
        { id: orderId },
        this.tokens[who],
      )
    ).bindingChangeTargets;
  }

  /** The buyer asks, the platform admin approves. */
  async rebind(orderId: string, toUnitId: string, who: 'buyer' | 'purchaser'): Promise<void> {
    const r = await this.gql<{ requestBindingChange: { id: string } }>(
      `mutation($o: ID!, $u: ID!) { requestBindingChange(orderId: $o, toUnitId: $u, reason: "工会统一采购，应计入上级单位") { id } }`,
      { o: orderId, u: toUnitId },
      this.tokens[who],
    );
    await this.gql(
      `mutation($id: ID!) { decideBindingChange(requestId: $id, approve: true) { status } }`,
      { id: r.requestBindingChange.id },
      this.tokens.admin,
    );
  }

  async liveSession(): Promise<{ sessionId: string; livePriceFen: number }> {
    return liveSessionWithPear(this.t, this.tokens.host, { stockCap: null, perBuyerLimit: null });
  }

  /** Delivers every queued domain event to every consumer. */
  async deliver(): Promise<void> {
    await this.t.api.app.get(EventDispatcher).drain();
  }

  async reconcile(): Promise<{ clean: boolean; differences: Difference[] }> {
    const r = await this.gql<{ runReconciliation: { clean: boolean; differences: Difference[] } }>(
      `mutation { runReconciliation { clean differences { area figure subjectName year month expected recorded orderNos } } }`,
      {},
      this.tokens.admin,
    );
    return r.runReconciliation;
  }

  async unitFigures(
    unitId: string,
    year: number,
  ): Promise<{ orderedFen: number; completedFen: number; months: Map<number, { orderedFen: number; completedFen: number }> }> {
    const r = await this.gql<{
      unitQuotaDashboard: {
        orderedFen: string;
        completedFen: string;
        months: { month: number; orderedFen: string; completedFen: string }[];
      };
    }>(
      `query($u: ID!, $y: Int!) { unitQuotaDashboard(unitId: $u, year: $y) { orderedFen completedFen months { month orderedFen completedFen } } }`,
      { u: unitId, y: year },
      this.tokens.finance,
    );
    const d = r.unitQuotaDashboard;
    return {
      orderedFen: Number(d.orderedFen),
      completedFen: Number(d.completedFen),
      months: new Map(d.months.map((m) => [m.month, { orderedFen: Number(m.orderedFen), completedFen: Number(m.completedFen) }])),
    };
  }

  async attributedTotal(regionCode: string, year: number): Promise<number> {
    const r = await this.gql<{ attributionReport: { totalFen: string } }>(
      `query($r: String!, $y: Int) { attributionReport(regionCode: $r, year: $y) { totalFen } }`,
      { r: regionCode, y: year },
      this.tokens.admin,
    );
    return Number(r.attributionReport.totalFen);
  }

  async sessionFigures(sessionId: string): Promise<{ orders: number; paidSalesFen: number }> {
    const r = await this.gql<{ liveSessionReport: { orders: number; paidSalesFen: string } }>(
      `query($id: ID!) { liveSessionReport(sessionId: $id) { orders paidSalesFen } }`,
      { id: sessionId },
      this.tokens.host,
    );
    return { orders: r.liveSessionReport.orders, paidSalesFen: Number(r.liveSessionReport.paidSalesFen) };
  }
}
