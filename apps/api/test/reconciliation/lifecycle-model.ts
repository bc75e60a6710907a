import type { PlacedOrder } from '../orders/order-helpers';
import { shanghaiDate, shanghaiParts } from '@yigou/shared/time';

/**
 * The in-test model of what every figure must be: per order, the counting rule
 * applied step by step as the test acts (DESIGN.md "The counting rule"), kept as
 * running figures per unit / Shanghai year and month, per year of attribution and
 * per live session. Small on purpose: it knows nothing of events or ledgers.
 */
export type Who = 'buyer' | 'purchaser';
export type Kind = 'ordered' | 'completed';
export type ProductKey = 'pear' | 'insoles' | 'mushroom' | 'beads';

/** The benefit rules of the demo products (demo.json benefitLinks): per pair / box, or a share of revenue. */
export const RULES: Record<ProductKey, { perUnitFen?: number; percent?: number } | null> = {
  pear: { perUnitFen: 1800 },
  insoles: { perUnitFen: 1200 },
  mushroom: { percent: 12 },
  beads: null, // not certified: never counts
};

/**
 * When each product's verified certificate is valid (Shanghai dates, inclusive): the demo's until 2027; 香菇's is
 * replaced by one that ends on the new year's eve every run crosses (LifecycleDriver.start); the beads have none.
 * A line counts if its product was certified on the ORDER date, whatever happens after.
 */
export const CERTIFIED: Record<ProductKey, { from: string; to: string } | null> = {
  pear: { from: '2026-01-01', to: '2027-12-31' },
  insoles: { from: '2026-01-01', to: '2027-12-31' },
  mushroom: { from: '2026-01-01', to: '2026-12-31' },
  beads: null,
};

const certifiedOn = (product: ProductKey, at: Date): boolean => {
  const c = CERTIFIED[product];
  const day = shanghaiDate(at);
  return c !== null && c.from <= day && day <= c.to;
};

export interface ModelLine {
  id: string;
  product: ProductKey;
  quantity: number;
  amountFen: number;
  certified: boolean;
  refundedFen: number;
  refundedQuantity: number;
  counted: Record<Kind, number | null>;
  /** Attribution: the rule's amount on the whole line, and what households hold of it now. */
  attributable: number;
  heldFen: number;
  attributed: boolean;
}

export interface ModelOrder {
  id: string;
  orderNo: string;
  remittanceRef: string;
  who: Who;
  method: 'stripe' | 'wechatpay' | 'alipay' | 'bank_transfer';
  term: 'online' | 'pay_first' | 'ship_first';
  live: boolean;
  placedAt: Date;
  totalFen: number;
  shippingFen: number;
  unitId: string;
  status: 'pending_payment' | 'to_ship' | 'shipped' | 'received' | 'completed' | 'cancelled' | 'refunded';
  paid: boolean;
  received: boolean;
  /** Rated by its buyer (a received order; rating completes it). */
  rated: boolean;
  /** When it became both paid and received: that year's rating setting decides its completion (docs/counting.md). */
  bothAt: Date | null;
  refundedFen: number;
  intentId: string | null;
  /** Card / WeChat Pay refunds sent, not yet confirmed by the provider (they count once confirmed). */
  pending: { amountFen: number; lines: { lineId: string; quantity: number; amountFen: number }[] }[];
  lines: ModelLine[];
}

const shanghai = (at: Date) => {
  const { year, monthNo } = shanghaiParts(at);
  return { year, month: monthNo };
};

/** One rating setting for both years of a run, or one per year: [2026, 2027]. */
export type RatingRule = boolean | readonly [boolean, boolean];

export class LifecycleModel {
  readonly orders: ModelOrder[] = [];
  /** `${unitId}|${year}|${month}|${kind}` → fen */
  readonly quota = new Map<string, number>();
  /** year → fen attributed to households */
  readonly attribution = new Map<number, number>();
  readonly live = { orders: 0, salesFen: 0 };
  /** Which paths of the rule this sequence went through (reported under MODEL_STATS). */
  readonly paths = new Set<string>();

  /**
   * `ratingRequired`: whether the units' jurisdiction (汾西县) requires a rating before an order counts as completed —
   * one answer for both years of the run, or one per year (2026, 2027).
   */
  constructor(readonly ratingRequired: RatingRule = false) {}

  /** The rating setting of a year. */
  requiredIn(year: number): boolean {
    const r = this.ratingRequired;
    return typeof r === 'boolean' ? r : year === 2026 ? r[0] : r[1];
  }

  /** Whether the order needs its rating to complete: the setting of the year it became paid and received. */
  private needsRating(o: ModelOrder): boolean {
    return o.bothAt !== null && this.requiredIn(shanghai(o.bothAt).year);
  }

  /** A placed order: its lines certified or not by the model's own CERTIFIED on `at`, the order date. */
  add(o: PlacedOrder, who: Who, method: ModelOrder['method'], live: boolean, products: ProductKey[], at: Date): ModelOrder {
    for (const p of products) {
      if (CERTIFIED[p] && !certifiedOn(p, at)) this.paths.add('ordered after the certificate expired');
    }
    const m: ModelOrder = {
      id: o.id,
      orderNo: o.orderNo,
      remittanceRef: o.remittanceRef,
      who,
      method,
      term: o.paymentTerm as ModelOrder['term'],
      live,
      placedAt: at,
      totalFen: Number(o.totalFen),
      shippingFen: Number(o.shippingFen),
      unitId: o.unitId as string,
      status: o.status as ModelOrder['status'],
      paid: false,
      received: false,
      rated: false,
      bothAt: null,
      refundedFen: 0,
      intentId: null,
      pending: [],
      lines: o.lines.map((l, i) => ({
        id: l.id,
        product: products[i],
        quantity: l.quantity,
        amountFen: Number(l.unitPriceFen) * l.quantity,
        certified: certifiedOn(products[i], at),
        refundedFen: 0,
        refundedQuantity: 0,
        counted: { ordered: null, completed: null },
        attributable: 0,
        heldFen: 0,
        attributed: false,
      })),
    };
    this.orders.push(m);
    return m;
  }

  private bump(unitId: string, at: Date, kind: Kind, fen: number): void {
    const { year, month } = shanghai(at);
    const k = `${unitId}|${year}|${month}|${kind}`;
    this.quota.set(k, (this.quota.get(k) ?? 0) + fen);
  }

  private attribute(at: Date, fen: number): void {
    const { year } = shanghai(at);
    this.attribution.set(year, (this.attribution.get(year) ?? 0) + fen);
  }

  private count(o: ModelOrder, kind: Kind, at: Date): void {
    for (const l of o.lines) {
      if (!l.certified || l.counted[kind] !== null) continue;
      l.counted[kind] = l.amountFen - l.refundedFen;
      if (!certifiedOn(l.product, at)) this.paths.add(`${kind} after the certificate expired`);
      this.bump(o.unitId, at, kind, l.counted[kind] as number);
      if (kind === 'completed') this.attributeLine(l, at);
    }
  }

  /** What households hold for a line: the rule's amount for the whole line in proportion to what still counts (rounded down). */
  private held(l: ModelLine): number {
    const completed = l.amountFen - l.refundedFen;
    return completed >= l.amountFen ? l.attributable : Math.floor((l.attributable * completed) / l.amountFen);
  }

  private attributeLine(l: ModelLine, at: Date): void {
    const rule = RULES[l.product];
    if (!rule || l.refundedFen >= l.amountFen) return;
    l.attributable =
      rule.perUnitFen !== undefined
        ? Math.min(rule.perUnitFen * l.quantity, l.amountFen)
        : Math.floor((l.amountFen * (rule.percent as number)) / 100);
    l.heldFen = this.held(l);
    l.attributed = true;
    this.attribute(at, l.heldFen);
  }

  /** A live order's ordered amount: every line (certified or not) less its refunds, shipping aside. */
  private liveOrdered(o: ModelOrder): number {
    return o.paid ? o.lines.reduce((s, l) => s + (l.amountFen - l.refundedFen), 0) : 0;
  }

  /** What makes the order complete: receipt, or the rating where the jurisdiction requires one. */
  private done(o: ModelOrder): boolean {
    return this.needsRating(o) ? o.rated : o.received;
  }

  paid(o: ModelOrder, at: Date): void {
    if (o.received) this.paths.add('ship-first paid after receipt');
    if (o.rated) this.paths.add('ship-first paid after rating');
    this.paths.add(`paid by ${{ stripe: 'card', wechatpay: 'WeChat Pay', alipay: 'Alipay', bank_transfer: 'transfer' }[o.method]}`);
    o.paid = true;
    if (o.received && !o.bothAt) o.bothAt = at;
    if (o.status === 'pending_payment') o.status = 'to_ship';
    this.count(o, 'ordered', at);
    if (this.done(o)) this.count(o, 'completed', at);
    if (o.live) {
      this.live.orders += this.liveOrdered(o) > 0 ? 1 : 0;
      this.live.salesFen += this.liveOrdered(o);
    }
  }

  shipped(o: ModelOrder): void {
    o.status = 'shipped';
  }

  received(o: ModelOrder, at: Date): void {
    o.status = 'received';
    o.received = true;
    if (o.paid && !o.bothAt) o.bothAt = at;
    if (o.paid && this.done(o)) this.count(o, 'completed', at);
  }

  rated(o: ModelOrder, at: Date): void {
    this.paths.add(this.needsRating(o) ? 'rated where a rating is required' : 'rated where receipt suffices');
    o.status = 'completed';
    o.rated = true;
    if (o.paid && this.done(o)) this.count(o, 'completed', at);
  }

  cancelled(o: ModelOrder): void {
    o.status = 'cancelled';
  }

  /** A refund took effect: `lines` as the API recorded them, `amountFen` with any shipping. */
  refunded(o: ModelOrder, refund: { amountFen: number; lines: { lineId: string; quantity: number; amountFen: number }[] }, at: Date): void {
    this.paths.add(o.received ? 'refund after receipt' : 'refund before receipt');
    if (this.needsRating(o)) this.paths.add(o.rated ? 'refund after rating (required)' : 'refund before rating (required)');
    if (o.bothAt && this.requiredIn(shanghai(o.bothAt).year) !== this.requiredIn(shanghai(at).year))
      this.paths.add('refund under another year’s rating setting than its completion’s');
    if (o.lines.some((l) => l.counted.ordered !== null && shanghai(at).year !== 2026)) this.paths.add('refund in the new year');
    if (o.live) this.paths.add('live order refunded');
    if (o.method === 'wechatpay' || o.method === 'alipay') this.paths.add(`${o.method} refund`);
    const liveBefore = o.live ? this.liveOrdered(o) : 0;
    for (const r of refund.lines) {
      const l = o.lines.find((x) => x.id === r.lineId) as ModelLine;
      l.refundedFen += r.amountFen;
      l.refundedQuantity += r.quantity;
      if (!l.certified) continue;
      for (const kind of ['ordered', 'completed'] as const) {
        const c = l.counted[kind];
        if (c === null) continue;
        const back = Math.min(c, r.amountFen);
        l.counted[kind] = c - back;
        this.bump(o.unitId, at, kind, -back);
      }
      if (l.attributed) {
        const now = this.held(l);
        this.attribute(at, now - l.heldFen);
        l.heldFen = now;
      }
    }
    o.refundedFen += refund.amountFen;
    if (o.refundedFen >= o.totalFen) o.status = 'refunded';
    if (o.live) {
      const liveAfter = this.liveOrdered(o);
      this.live.salesFen += liveAfter - liveBefore;
      if (liveBefore > 0 && liveAfter === 0) this.live.orders -= 1;
    }
  }

  rebound(o: ModelOrder, toUnitId: string, at: Date): void {
    if (o.paid) this.paths.add('paid order re-bound');
    if (o.paid && o.rated && this.needsRating(o)) this.paths.add('rated order re-bound (rating required)');
    for (const l of o.lines) {
      if (!l.certified) continue;
      for (const kind of ['ordered', 'completed'] as const) {
        const c = l.counted[kind] ?? 0;
        if (c === 0) continue;
        this.bump(o.unitId, at, kind, -c);
        this.bump(toUnitId, at, kind, c);
      }
    }
    o.unitId = toUnitId;
  }

  /** Items still refundable on a line (pending card refunds hold theirs, as they hold their amount). */
  static itemsLeft(o: ModelOrder, l: ModelLine): number {
    const pending = o.pending.reduce((s, r) => s + r.lines.filter((x) => x.lineId === l.id).reduce((a, x) => a + x.quantity, 0), 0);
    return l.quantity - l.refundedQuantity - pending;
  }

  /** Goods amount still refundable on a line (pending card refunds hold their part). */
  static left(o: ModelOrder, l: ModelLine): number {
    const pending = o.pending.reduce((s, r) => s + r.lines.filter((x) => x.lineId === l.id).reduce((a, x) => a + x.amountFen, 0), 0);
    return l.amountFen - l.refundedFen - pending;
  }
}
