import fc from 'fast-check';
import type { LifecycleDriver } from './lifecycle-driver';
import { LifecycleModel, ModelOrder, ProductKey, Who } from './lifecycle-model';

/** What one generated sequence runs against: the model, the driver, and the session live orders go to. */
export interface Real {
  d: LifecycleDriver;
  live: { sessionId: string; livePriceFen: number } | null;
  /** Units an order may be re-bound to (the school, its 教育局 and 县政府办). */
  units: string[];
}

export type Cmd = fc.AsyncCommand<LifecycleModel, Real>;

/** Picks the `pick`-th (mod n) order that `ok` allows; null when none does. */
const chosen = (m: LifecycleModel, pick: number, ok: (o: ModelOrder) => boolean): ModelOrder | null => {
  const list = m.orders.filter(ok);
  return list.length ? list[pick % list.length] : null;
};

export type PlaceKind = 'bank_pay_first' | 'bank_ship_first' | 'card' | 'wechat' | 'alipay' | 'live';

const METHOD: Record<PlaceKind, ModelOrder['method']> = {
  bank_pay_first: 'bank_transfer',
  bank_ship_first: 'bank_transfer',
  card: 'stripe',
  wechat: 'wechatpay',
  alipay: 'alipay',
  live: 'bank_transfer',
};

export class Place implements Cmd {
  constructor(
    readonly kind: PlaceKind,
    readonly lines: { product: ProductKey; quantity: number }[],
    readonly minutes: number,
  ) {}
  check = () => true;
  async run(m: LifecycleModel, r: Real): Promise<void> {
    r.d.tick(this.minutes);
    const method = METHOD[this.kind];
    const who: Who = method === 'bank_transfer' ? 'purchaser' : 'buyer';
    let lines = this.lines;
    let live: Real['live'] = null;
    if (this.kind === 'live') {
      r.live ??= await r.d.liveSession();
      live = r.live;
      lines = [{ product: 'pear', quantity: this.lines[0].quantity }];
    } else {
      // one supplier per order: keep the first line's supplier (pear and the uncertified beads are different suppliers)
      const first = this.lines[0].product;
      lines = this.lines.filter((l, i) => i === 0 || (l.product !== first && sameSupplier(first, l.product)));
    }
    const o = await r.d.place(
      who,
      lines.map((l) => ({ sku: l.product, quantity: l.quantity })),
      {
        method,
        term: this.kind === 'bank_ship_first' ? 'ship_first' : 'pay_first',
        liveSessionId: live?.sessionId,
        livePriceFen: live?.livePriceFen,
      },
    );
    const mo = m.add(
      o,
      who,
      method,
      this.kind === 'live',
      o.lines.map((l) => productOf(r, l.skuId)),
      r.d.now,
    );
    // the model decides what is certified on the order date; the order's own flag must agree
    const server = o.lines.map((l) => l.certified);
    const model = mo.lines.map((l) => l.certified);
    if (server.join() !== model.join())
      throw new Error(`certified on ${r.d.now.toISOString()}: the order says ${server}, the model ${model}`);
    if (method === 'stripe') mo.intentId = await r.d.startCardPayment(o.id);
    if (method === 'wechatpay') mo.intentId = await r.d.startWechatPayment(o.id);
    if (method === 'alipay') mo.intentId = await r.d.startAlipayPayment(o.id);
  }
  toString = () => `place(${this.kind}, ${this.lines.map((l) => `${l.product}×${l.quantity}`).join('+')}, +${this.minutes}m)`;
}

const SUPPLIER: Record<ProductKey, string> = { pear: 'gaohan', insoles: 'chakou', beads: 'chakou', mushroom: 'fenxi-mushroom' };
const sameSupplier = (a: ProductKey, b: ProductKey) => SUPPLIER[a] === SUPPLIER[b];
const productOf = (r: Real, skuId: string): ProductKey =>
  (Object.entries(r.d.skus).find(([, s]) => s.skuId === skuId)?.[0] ?? 'pear') as ProductKey;

/** A step on one order the model allows (`ok`), `minutes` after the previous step; `pick` chooses among them. */
abstract class OrderStep implements Cmd {
  constructor(
    readonly pick: number,
    readonly minutes: number,
  ) {}
  protected abstract readonly label: string;
  protected abstract ok(o: ModelOrder): boolean;
  protected abstract act(m: LifecycleModel, r: Real, o: ModelOrder): Promise<void>;
  check(m: Readonly<LifecycleModel>): boolean {
    return chosen(m as LifecycleModel, this.pick, (o) => this.ok(o)) !== null;
  }
  async run(m: LifecycleModel, r: Real): Promise<void> {
    const o = chosen(m, this.pick, (x) => this.ok(x)) as ModelOrder;
    r.d.tick(this.minutes);
    await this.act(m, r, o);
  }
  toString(): string {
    return `${this.label}(#${this.pick}, +${this.minutes}m)`;
  }
}

export class Pay extends OrderStep {
  protected readonly label = 'pay';
  protected ok(o: ModelOrder): boolean {
    return !o.paid && o.status !== 'cancelled';
  }
  protected async act(m: LifecycleModel, r: Real, o: ModelOrder): Promise<void> {
    if (o.method === 'stripe') await r.d.cardPaid(o.intentId as string, o.totalFen);
    else if (o.method === 'wechatpay') await r.d.wechatPaid(o.intentId as string);
    else if (o.method === 'alipay') await r.d.alipayPaid(o.intentId as string);
    else await r.d.payByTransfer(o, o.totalFen);
    m.paid(o, r.d.now);
  }
}

export class Ship extends OrderStep {
  protected readonly label = 'ship';
  protected ok(o: ModelOrder): boolean {
    return o.status === 'to_ship';
  }
  protected async act(m: LifecycleModel, r: Real, o: ModelOrder): Promise<void> {
    await r.d.ship(o.id);
    m.shipped(o);
  }
}

export class Receive extends OrderStep {
  protected readonly label = 'receive';
  protected ok(o: ModelOrder): boolean {
    return o.status === 'shipped';
  }
  protected async act(m: LifecycleModel, r: Real, o: ModelOrder): Promise<void> {
    await r.d.receive(o.id, o.who);
    m.received(o, r.d.now);
  }
}

/** The buyer rates a received order (it becomes completed): where the jurisdiction requires it, this is what counts. */
export class Rate extends OrderStep {
  protected readonly label = 'rate';
  protected ok(o: ModelOrder): boolean {
    return o.status === 'received' && !o.rated;
  }
  protected async act(m: LifecycleModel, r: Real, o: ModelOrder): Promise<void> {
    await r.d.rate(o.id, o.who, 1 + (this.pick % 5));
    m.rated(o, r.d.now);
  }
}

export class Cancel extends OrderStep {
  protected readonly label = 'cancel';
  protected ok(o: ModelOrder): boolean {
    return !o.paid && (o.status === 'pending_payment' || o.status === 'to_ship');
  }
  protected async act(m: LifecycleModel, r: Real, o: ModelOrder): Promise<void> {
    await r.d.cancel(o.id, o.who);
    m.cancelled(o);
  }
}

export type RefundMode = 'one' | 'amount' | 'full';

export class Refund implements Cmd {
  constructor(
    readonly pick: number,
    readonly mode: RefundMode,
    /** Share of what is left, in thousandths (amount refunds) or which line (quantity refunds). */
    readonly share: number,
    readonly minutes: number,
    /** Card / WeChat Pay: the provider confirms later (a StripeSettles command), not at once. */
    readonly deferred: boolean,
  ) {}
  private ok = (o: ModelOrder) =>
    o.paid && o.status !== 'refunded' && o.status !== 'cancelled' && o.lines.some((l) => LifecycleModel.left(o, l) > 0);
  check = (m: Readonly<LifecycleModel>) => chosen(m as LifecycleModel, this.pick, this.ok) !== null;
  async run(m: LifecycleModel, r: Real): Promise<void> {
    const o = chosen(m, this.pick, this.ok) as ModelOrder;
    r.d.tick(this.minutes);
    const open = o.lines.filter((l) => LifecycleModel.left(o, l) > 0 && LifecycleModel.itemsLeft(o, l) > 0);
    const goodsLeft = o.lines.reduce((s, l) => s + LifecycleModel.left(o, l), 0);
    let by: Parameters<LifecycleDriver['refund']>[1];
    if (this.mode === 'full' || (this.mode === 'one' && open.length === 0)) {
      by = { lines: open.map((l) => ({ lineId: l.id, quantity: LifecycleModel.itemsLeft(o, l) })), includeShipping: true };
      if (open.length === 0) by = { amountFen: goodsLeft };
    } else if (this.mode === 'one') {
      const l = open[this.share % open.length];
      by = { lines: [{ lineId: l.id, quantity: 1 }] };
    } else {
      by = { amountFen: Math.max(1, Math.floor((goodsLeft * this.share) / 1000)) };
    }
    if (o.method === 'wechatpay') r.d.wechatRefundsAtOnce(!this.deferred);
    if (o.method === 'alipay' && this.deferred) r.d.alipayRefundTimesOut();
    const refund = await r.d.refund(o.id, by);
    if (o.method === 'bank_transfer') return m.refunded(o, refund, r.d.now);
    // Alipay did it but its answer never came (told to time out, or late on a loaded machine): pending until a sweep asks
    if (o.method === 'alipay' && (this.deferred || refund.status === 'pending')) {
      if (refund.status !== 'pending') throw new Error(`an Alipay refund whose answer timed out is ${refund.status}`);
      o.pending.push(refund);
      return;
    }
    if (o.method === 'alipay' || (o.method === 'wechatpay' && !this.deferred)) {
      // Alipay refunds in its answer (fund_change Y); WeChat Pay answered SUCCESS: settled with finance's request
      if (refund.status !== 'succeeded') throw new Error(`a ${o.method} refund done in the provider's answer is ${refund.status}`);
      return m.refunded(o, refund, r.d.now);
    }
    // a card refund takes effect when Stripe says so (charge.refunded: the cumulative amount refunded)
    o.pending.push(refund);
    if (!this.deferred) await settleCard(m, r, o);
  }
  toString = () => `refund(#${this.pick}, ${this.mode}, ${this.share}, +${this.minutes}m${this.deferred ? ', deferred' : ''})`;
}

async function settleCard(m: LifecycleModel, r: Real, o: ModelOrder): Promise<void> {
  const all = o.refundedFen + o.pending.reduce((s, p) => s + p.amountFen, 0);
  let swept = false;
  if (o.method === 'wechatpay') m.paths.add('wechatpay refund confirmed by its notification');
  if (o.method === 'wechatpay') await r.d.wechatRefundsDone(o.intentId as string);
  else if (o.method === 'alipay') {
    m.paths.add('alipay refund found by the sweep after its answer timed out');
    await r.d.sweepRefunds();
    swept = true;
  } else swept = await r.d.cardRefunded(o.intentId as string, all);
  for (const p of o.pending.splice(0)) m.refunded(o, p, r.d.now);
  // a sweep settles every due refund, whosever it is: Alipay's unanswered ones (due 30 s after their attempt) with it
  if (swept)
    for (const other of m.orders.filter((x) => x.method === 'alipay'))
      for (const p of other.pending.splice(0)) m.refunded(other, p, r.d.now);
}

/**
 * At the end of a sequence: Alipay refunds whose answer timed out are done at Alipay, so any later sweep (a later
 * sequence's) would settle them and move an earlier sequence's figures inside the next one's window. A last sweep,
 * a minute on, settles them within their own sequence (the model with them).
 */
export async function settleTimedOutAlipayRefunds(m: LifecycleModel, r: Real): Promise<void> {
  const left = m.orders.filter((o) => o.method === 'alipay' && o.pending.length > 0);
  if (left.length === 0) return;
  r.d.tick(1);
  await r.d.sweepRefunds();
  for (const o of left) for (const p of o.pending.splice(0)) m.refunded(o, p, r.d.now);
}

/** Stripe (or WeChat Pay) confirms the refunds still pending, later than they were made. */
export class StripeSettles extends OrderStep {
  protected readonly label = 'stripeSettles';
  protected ok(o: ModelOrder): boolean {
    return o.pending.length > 0;
  }
  protected act(m: LifecycleModel, r: Real, o: ModelOrder): Promise<void> {
    return settleCard(m, r, o);
  }
}

export class Rebind implements Cmd {
  constructor(
    readonly pick: number,
    readonly unit: number,
    readonly minutes: number,
  ) {}
  private ok = (o: ModelOrder) => o.status !== 'cancelled';
  check = (m: Readonly<LifecycleModel>) => chosen(m as LifecycleModel, this.pick, this.ok) !== null;
  async run(m: LifecycleModel, r: Real): Promise<void> {
    const o = chosen(m, this.pick, this.ok) as ModelOrder;
    r.d.tick(this.minutes);
    // the units the buyer may choose (their own, and the 主管单位 above the order's unit)
    const others = (await r.d.bindingTargets(o.id, o.who)).map((u) => u.id).filter((u) => u !== o.unitId && r.units.includes(u));
    if (others.length === 0) return;
    const to = others[this.unit % others.length];
    await r.d.rebind(o.id, to, o.who);
    m.rebound(o, to, r.d.now);
  }
  toString = () => `rebind(#${this.pick}, unit ${this.unit}, +${this.minutes}m)`;
}

/** The consumers catch up (until then events wait in the outbox while the orders move on). */
export class Deliver implements Cmd {
  check = () => true;
  async run(_m: LifecycleModel, r: Real): Promise<void> {
    await r.d.deliver();
  }
  toString = () => 'deliver';
}

/** Stripe sends an earlier webhook again, or a stale failure after the success: nothing may change. */
export class Replay implements Cmd {
  constructor(
    readonly pick: number,
    readonly staleFailure: boolean,
  ) {}
  check = (m: Readonly<LifecycleModel>) => (this.staleFailure ? m.orders.some((o) => o.paid && o.method === 'stripe') : true);
  async run(m: LifecycleModel, r: Real): Promise<void> {
    if (this.staleFailure) {
      const o = chosen(m, this.pick, (x) => x.paid && x.method === 'stripe') as ModelOrder;
      await r.d.webhook('payment_intent.payment_failed', {
        id: o.intentId,
        object: 'payment_intent',
        amount: o.totalFen,
        currency: 'cny',
        status: 'requires_payment_method',
        last_payment_error: { message: 'card declined' },
      });
      return;
    }
    if (r.d.webhooks.length === 0) return;
    await r.d.postWebhook(r.d.webhooks[this.pick % r.d.webhooks.length]);
  }
  toString = () => `replay(#${this.pick}${this.staleFailure ? ', stale failure' : ''})`;
}

export interface Generators {
  placeKinds: PlaceKind[];
  refundModes: RefundMode[];
  rebind: boolean;
  /** Ratings, and runs where the jurisdiction requires one (decided per run by the property). */
  rate?: boolean;
}

/**
 * The steps, weighted so that orders get far in their lives (most steps move an order on); the clock moves 1–40
 * minutes a step, so a sequence starting at 21:00 on 31 December crosses the Shanghai new year about halfway.
 */
export function commandArbitraries(g: Generators): fc.Arbitrary<Cmd> {
  const pick = fc.nat(50);
  const minutes = fc.integer({ min: 1, max: 40 });
  const product = fc.constantFrom<ProductKey>('pear', 'insoles', 'mushroom', 'beads');
  const lines = fc.array(fc.record({ product, quantity: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 2 });
  const step = (arbitrary: fc.Arbitrary<Cmd>, weight: number) => ({ arbitrary, weight });
  const steps = [
    step(
      fc.tuple(fc.constantFrom(...g.placeKinds), lines, minutes).map(([k, l, t]) => new Place(k, l, t)),
      2,
    ),
    step(
      fc.tuple(pick, minutes).map(([p, t]) => new Pay(p, t)),
      4,
    ),
    step(
      fc.tuple(pick, minutes).map(([p, t]) => new Ship(p, t)),
      4,
    ),
    step(
      fc.tuple(pick, minutes).map(([p, t]) => new Receive(p, t)),
      4,
    ),
    step(
      fc.tuple(pick, minutes).map(([p, t]) => new Cancel(p, t)),
      1,
    ),
    step(fc.constant(new Deliver()), 1),
    step(
      fc.tuple(pick, fc.boolean()).map(([p, s]) => new Replay(p, s)),
      1,
    ),
  ];
  if (g.refundModes.length) {
    steps.push(
      step(
        fc
          .tuple(pick, fc.constantFrom(...g.refundModes), fc.integer({ min: 1, max: 999 }), minutes, fc.boolean())
          .map(([p, mode, s, t, later]) => new Refund(p, mode, s, t, later)),
        3,
      ),
    );
    steps.push(
      step(
        fc.tuple(pick, minutes).map(([p, t]) => new StripeSettles(p, t)),
        1,
      ),
    );
  }
  if (g.rebind)
    steps.push(
      step(
        fc.tuple(pick, fc.nat(5), minutes).map(([p, u, t]) => new Rebind(p, u, t)),
        1,
      ),
    );
  // added last, so that without it a seed still generates the sequences it did before ratings were generated
  if (g.rate)
    steps.push(
      step(
        fc.tuple(pick, minutes).map(([p, t]) => new Rate(p, t)),
        3,
      ),
    );
  return fc.oneof(...steps);
}
