import { shanghaiDate } from '@yigou/shared/time';
import { ProviderReconciliationService, RefundSender } from '@yigou/server/payments';
import { createTestApp, PROVIDER_TIMEOUT_MS, TestApp } from '@yigou/server/testing';
import { addAddress, PlacedOrder, Sku, skuOf } from './order-helpers';
import { orderPayment, placeOnlineOrder, startPaymentIntent } from './online-payment-helpers';
import { StripeStandin } from './stripe-standin';

jest.setTimeout(60_000);

/**
 * The daily provider reconciliation (issue 14 item 3) through the API and the Stripe stand-in: each attempt and
 * refund of a day is asked of Stripe and compared with our ledger; a success whose webhook never came completes
 * the order once; other differences are listed on the finance desk; the platform admin sees each provider's status.
 */
describe('daily provider reconciliation', () => {
  let t: TestApp;
  let standin: StripeStandin;
  let buyer: string;
  let finance: string;
  let admin: string;
  let address: string;
  let pear: Sku;
  const today = shanghaiDate(new Date());

  beforeAll(async () => {
    standin = new StripeStandin();
    const port = await standin.start();
    t = await createTestApp({ eventsAutoDeliver: false }, standin.appEnv(port, { STRIPE_TIMEOUT_MS: String(PROVIDER_TIMEOUT_MS) }));
    [buyer, finance, admin] = await Promise.all(['buyer', 'platform-finance', 'admin'].map((l) => t.loginAs(l)));
    address = await addAddress(t, buyer);
    pear = await skuOf(t, 'yulu-pear-5kg');
  });
  afterAll(async () => {
    await t.close();
    await standin.close();
  });

  const placeOnline = () => placeOnlineOrder(t, buyer, { sku: pear, quantity: 1, addressId: address, paymentMethod: 'stripe' });
  const start = (orderId: string) => startPaymentIntent(t, buyer, orderId);
  const order = (id: string) => orderPayment(t, finance, id);
  type Run = {
    provider: string;
    day: string;
    trigger: string;
    finishedAt: string | null;
    attemptsChecked: number;
    differenceCount: number;
    error: string | null;
  };
  const reconcile = async (day: string | null = today): Promise<Run[]> => {
    const r = await t.gql<{ runProviderReconciliation: Run[] }>(
      `mutation($d: String) { runProviderReconciliation(day: $d) { provider day trigger finishedAt attemptsChecked differenceCount error } }`,
      { d: day },
      finance,
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.runProviderReconciliation;
  };
  type Diff = {
    kind: string;
    kindLabel: string;
    orderNos: string[];
    oursFen: string | null;
    theirsFen: string | null;
    theirsState: string | null;
    action: string | null;
  };
  const desk = async () =>
    (
      await t.gql<{ providerReconciliation: { runs: Run[]; differences: Diff[] } }>(
        `{ providerReconciliation { runs { provider day trigger finishedAt attemptsChecked differenceCount error } differences { kind kindLabel orderNos oursFen theirsFen theirsState action } } }`,
        {},
        finance,
      )
    ).data!.providerReconciliation;
  const mine = (diffs: Diff[], o: PlacedOrder) => diffs.filter((d) => d.orderNos.includes(o.orderNo));

  it('a success whose webhook never arrived completes the order once; runs again and a late webhook change nothing', async () => {
    const o = await placeOnline();
    const pi = await start(o.id);
    const late = standin.pay(pi); // Stripe has the money; its webhook is lost
    expect((await order(o.id)).paymentStatus).toBe('unpaid');

    const [run] = await reconcile();
    expect(run).toMatchObject({ provider: 'stripe', day: today, trigger: 'manual', error: null });
    expect(run.finishedAt).not.toBeNull();
    expect(run.attemptsChecked).toBeGreaterThanOrEqual(1);
    expect(await order(o.id)).toMatchObject({ status: 'to_ship', paymentStatus: 'paid', paidFen: o.totalFen });
    const d = await desk();
    expect(d.runs.find((r) => r.provider === 'stripe')?.finishedAt).toBe(run.finishedAt);
    expect(mine(d.differences, o)).toEqual([
      {
        kind: 'paid_there_not_here',
        kindLabel: '渠道已收款，本平台未记到账',
        orderNos: [o.orderNo],
        oursFen: null,
        theirsFen: o.totalFen,
        theirsState: 'succeeded',
        action: 'applied',
      },
    ]);

    await reconcile();
    expect(mine((await desk()).differences, o)).toEqual([]);
    expect((await standin.deliver(t.url, late)).result).toBe('ignored');
    expect(await order(o.id)).toMatchObject({ paymentStatus: 'paid', paidFen: o.totalFen });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM order_transition WHERE order_id = $1 AND action = 'pay'`, [o.id]);
    expect(n).toBe(1);
  });

  it('lists a wrong amount (never paid), a success Stripe does not have, and a payment Stripe would not tell about', async () => {
    // Stripe took less than the order owes: recorded for review, the order stays unpaid
    const short = await placeOnline();
    standin.pay(await start(short.id), { amount: Number(short.totalFen) - 100 });
    // our ledger holds a success that Stripe does not know (a forged or misrouted notification)
    const forged = await placeOnline();
    const forgedPi = await start(forged.id);
    const pi = standin.intents.get(forgedPi)!;
    expect(
      (await standin.deliver(t.url, standin.event('payment_intent.succeeded', { ...pi, status: 'succeeded', amount_received: pi.amount })))
        .result,
    ).toBe('applied');
    // Stripe times out on this one
    const silent = await placeOnline();
    const silentPi = await start(silent.id);
    standin.timeOut(`/v1/payment_intents/${silentPi}`);

    const [run] = await reconcile();
    expect(run.error).toBeNull();
    const diffs = (await desk()).differences;
    expect(mine(diffs, short)).toEqual([
      expect.objectContaining({ kind: 'paid_there_not_here', theirsFen: String(Number(short.totalFen) - 100), action: 'needs_review' }),
    ]);
    expect((await order(short.id)).paymentStatus).toBe('unpaid');
    expect(mine(diffs, forged)).toEqual([
      expect.objectContaining({ kind: 'here_not_there', oursFen: forged.totalFen, theirsState: 'pending' }),
    ]);
    expect(mine(diffs, silent)).toEqual([expect.objectContaining({ kind: 'unreachable' })]);
    expect(run.differenceCount).toBeGreaterThanOrEqual(3);
  });

  it('settles a refund Stripe finished whose news never came, and lists a refund we hold done that Stripe does not', async () => {
    const paid = async () => {
      const o = await placeOnline();
      const pi = await start(o.id);
      expect((await standin.deliver(t.url, standin.pay(pi))).result).toBe('applied');
      return o;
    };
    const refund = async (o: PlacedOrder) => {
      const r = await t.gql<{ refundOrder: { id: string; status: string } }>(
        `mutation($i: RefundOrderInput!) { refundOrder(input: $i) { id status } }`,
        { i: { orderId: o.id, amountFen: '1000', reason: '质量问题补偿' } },
        finance,
      );
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return r.data.refundOrder;
    };
    const status = async (id: string) =>
      ((await t.db.query(`SELECT status FROM refund WHERE id = $1`, [id])) as { status: string }[])[0].status;
    const stripeRefund = (refundId: string) => [...standin.refunds.values()].find((r) => r.metadata.refundId === refundId)!;

    // Stripe finished the refund; its charge.refunded was lost, and the retry is an hour away
    const quiet = await paid();
    const r1 = await refund(quiet);
    expect(r1.status).toBe('pending');
    standin.settleRefund(stripeRefund(r1.id).id);
    await t.db.query(`UPDATE refund SET next_send_at = now() + interval '1 hour' WHERE id = $1`, [r1.id]);
    // we marked a refund done that Stripe later reports failed
    const reversed = await paid();
    const r2 = await refund(reversed);
    standin.settleRefund(stripeRefund(r2.id).id);
    await t.api.app.get(RefundSender).sweep(new Date(Date.now() + 3_600_000));
    expect(await status(r2.id)).toBe('succeeded');
    standin.settleRefund(stripeRefund(r2.id).id, 'failed');

    await reconcile();
    expect(await status(r1.id)).toBe('succeeded');
    const diffs = (await desk()).differences;
    expect(mine(diffs, quiet)).toEqual([]);
    expect(mine(diffs, reversed)).toEqual([
      expect.objectContaining({ kind: 'refund_here_not_there', oursFen: '1000', theirsState: 'failed' }),
    ]);
  });

  it('the daily job reconciles the Shanghai day before, once', async () => {
    const svc = t.api.app.get(ProviderReconciliationService);
    const tomorrowNoon = new Date(Date.now() + 86_400_000);
    const first = await svc.runDaily(tomorrowNoon);
    expect(first.map((r) => [r.provider, r.day, r.trigger])).toEqual([['stripe', today, 'daily']]);
    expect(await svc.runDaily(tomorrowNoon)).toEqual([]);
  });

  it("shows each provider's status on the platform admin's desk, not to finance", async () => {
    const q = `{ paymentProviderStatus { name label live reconciles lastNotificationAt lastReconciliationAt lastReconciliationDifferences } }`;
    const r = await t.gql<{
      paymentProviderStatus: {
        name: string;
        live: boolean;
        reconciles: boolean;
        lastNotificationAt: string | null;
        lastReconciliationAt: string | null;
        lastReconciliationDifferences: number | null;
      }[];
    }>(q, {}, admin);
    const stripe = r.data!.paymentProviderStatus.find((p) => p.name === 'stripe')!;
    expect(stripe).toMatchObject({ live: true, reconciles: true });
    expect(stripe.lastNotificationAt).not.toBeNull();
    expect(stripe.lastReconciliationAt).not.toBeNull();
    expect(stripe.lastReconciliationDifferences).toEqual(expect.any(Number));
    expect((await t.gql(q, {}, finance)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
