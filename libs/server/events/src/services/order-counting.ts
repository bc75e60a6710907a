import { shanghaiParts } from '@yigou/shared/time';
import type { OrderEventLine } from '../dto/order-events';

/**
 * The counting rule (docs/counting.md), in one pure module that quota counting,
 * household attribution and the livestream session figures all apply.
 *
 * Every order event carries the order's counting facts as they are after the
 * transition (`OrderCountingState`). A consumer computes from them what the
 * order should count now (`countOrder`) and writes into its append-only ledger
 * only the difference from what the ledger already holds (`settle`), dated by
 * the event. So every path (pay-first, ship-first in either order, refunds
 * before or after receipt, cancellations, re-bindings) goes through one rule,
 * and a repeated event writes nothing.
 */

/** One order line's facts: the line as events carry it, and what refunds took back so far. */
export interface OrderCountingLine extends OrderEventLine {
  /** What succeeded refunds took from this line so far, fen (by quantity or by amount). */
  refundedFen: number;
  /** Units refunded by quantity so far (refunds by amount leave the goods with the buyer). */
  refundedQuantity: number;
}

/** The order's counting facts after a transition. */
export interface OrderCountingState {
  /** The work unit the order is bound to now (null: the buyer had no unit). */
  unitId: string | null;
  /** Fully paid (for ship-first orders: the transfer arrived, before or after receipt). */
  paid: boolean;
  /** Received by the buyer (confirmed or auto-confirmed). */
  received: boolean;
  /** Rated (order.completed): needed where the jurisdiction requires a rating. */
  rated: boolean;
  /** Cancelled (before shipment): nothing counts. */
  cancelled: boolean;
  /**
   * When the order became both paid and received (ISO; the later of the two), null while it is not. Whether its
   * jurisdiction requires a rating is read for this moment's year (`ratingYear`), so a setting changed for a later
   * year neither takes back nor grants what an order completed before. Absent on events written before 2026-12-07.
   */
  completableAt?: string | null;
  lines: OrderCountingLine[];
}

/**
 * The year whose rating setting decides the order's completion: that of the moment it became paid and received;
 * before that (when it cannot be complete anyway), and for events written without the moment, the event's own year.
 */
export function ratingYear(state: Pick<OrderCountingState, 'completableAt'>, occurredAt: string | Date): number {
  return shanghaiParts(state.completableAt ?? occurredAt).year;
}

export interface CountedLine {
  lineId: string;
  productId: string;
  skuId: string;
  certified: boolean;
  /** Paid, not cancelled: the line's amount less its refunds ("ordered" / 下单金额). */
  orderedFen: number;
  /** Ordered and received (or rated, where required): the amount that counts as completed. */
  completedFen: number;
  /** Units that stayed with the buyer: quantity less units refunded by quantity, when paid and not cancelled. */
  quantity: number;
}

export interface CountOptions {
  /** Completion needs the rating (order.completed) instead of receipt: the jurisdiction's setting. */
  completionRequiresRating: boolean;
  /** Quota and attribution count certified lines only; session figures count every line. */
  certifiedOnly: boolean;
}

/** A line's amount less its refunds, never below zero. */
export function netLineFen(l: Pick<OrderCountingLine, 'amountFen' | 'refundedFen'>): number {
  return Math.max(0, l.amountFen - Math.max(0, l.refundedFen));
}

/** What each line of the order counts now, by the one rule. */
export function countOrder(state: OrderCountingState, opts: CountOptions): CountedLine[] {
  const live = state.paid && !state.cancelled;
  const done = opts.completionRequiresRating ? state.rated : state.received;
  return state.lines
    .filter((l) => !opts.certifiedOnly || l.certified)
    .map((l) => {
      const ordered = live ? netLineFen(l) : 0;
      return {
        lineId: l.lineId,
        productId: l.productId,
        skuId: l.skuId,
        certified: l.certified,
        orderedFen: ordered,
        completedFen: done ? ordered : 0,
        quantity: live ? Math.max(0, l.quantity - l.refundedQuantity) : 0,
      };
    });
}

/** A ledger row as `settle` sees it: a positive original (`reversesId` null) or a negative reversal pointing at one. */
export interface SettledRow {
  id?: string;
  key: string;
  amountFen: number;
  reversesId: string | null;
}

export interface SettleOutput {
  key: string;
  amountFen: number;
  /** For a negative row: the original it reverses. */
  reversesId: string | null;
}

/**
 * The rows that bring an append-only ledger from `rows` to `targets` (fen per
 * key; keys missing from `targets` go to zero). An increase is a new original;
 * a decrease reverses originals of the key, oldest first, never more than is
 * left of each. Pure and deterministic (keys in the targets' order, then the ledger's).
 */
export function settle(rows: readonly SettledRow[], targets: ReadonlyMap<string, number>): SettleOutput[] {
  const byKey = new Map<string, SettledRow[]>();
  for (const r of rows) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  const reversed = new Map<string, number>();
  for (const r of rows) if (r.reversesId !== null) reversed.set(r.reversesId, (reversed.get(r.reversesId) ?? 0) - r.amountFen);
  // the targets' order first (callers list them meaningfully, e.g. ordered before completed), then keys only the ledger has
  const keys = [...new Set([...targets.keys(), ...byKey.keys()])];
  const out: SettleOutput[] = [];
  for (const key of keys) {
    const own = byKey.get(key) ?? [];
    const current = own.reduce((s, r) => s + r.amountFen, 0);
    const target = Math.max(0, targets.get(key) ?? 0);
    let d = target - current;
    if (d > 0) out.push({ key, amountFen: d, reversesId: null });
    for (const o of own) {
      if (d >= 0) break;
      if (o.reversesId !== null || o.id === undefined) continue;
      const left = o.amountFen - (reversed.get(o.id) ?? 0);
      const take = Math.min(left, -d);
      if (take <= 0) continue;
      out.push({ key, amountFen: -take, reversesId: o.id });
      d += take;
    }
  }
  return out;
}
