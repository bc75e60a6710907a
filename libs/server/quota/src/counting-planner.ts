import { ORDER_EVENTS, OrderEventPayload } from '@yigou/server/events';
import type { LedgerKind } from './quota-entities';

/** A ledger row as the planner sees it; `id` is absent on rows still to be written. */
export interface PlannedRow {
  id?: string;
  unitId: string;
  year: number;
  kind: LedgerKind;
  amountFen: number;
  orderId: string;
  lineId: string;
  productId: string;
  supplierId: string;
  buyerId: string;
  reversesId: string | null;
  occurredAt: Date;
}

/** The year in China (UTC+8) in which a moment falls: counting years are Beijing calendar years. */
export function chinaYear(at: Date): number {
  return new Date(at.getTime() + 8 * 3600_000).getUTCFullYear();
}

/**
 * Decides which ledger rows an order event writes, given the rows already
 * written for that order. Pure: the consumer and the rebuild use the same rules.
 * - paid: the ordered amount of each certified line;
 * - received (or completed, where the jurisdiction requires a rating): the completed amount;
 * - cancelled: reverses everything still counted for the order;
 * - refunded: reverses the refunded part of each line, ordered and completed.
 */
export function planLedgerRows(type: string, p: OrderEventPayload, prior: readonly PlannedRow[], completionRequiresRating: boolean): PlannedRow[] {
  const occurredAt = new Date(p.occurredAt);
  const originals = prior.filter((r) => r.reversesId === null);
  const remaining = (orig: PlannedRow) => orig.amountFen + prior.filter((r) => r.reversesId === orig.id).reduce((s, r) => s + r.amountFen, 0);
  const original = (lineId: string, kind: LedgerKind) => originals.find((r) => r.lineId === lineId && r.kind === kind);
  const reverse = (orig: PlannedRow, amount: number): PlannedRow => ({ ...orig, id: undefined, amountFen: -amount, reversesId: orig.id ?? null, occurredAt });

  switch (type) {
    case ORDER_EVENTS.paid: {
      if (!p.unitId) return [];
      const unitId = p.unitId;
      return p.lines
        .filter((l) => l.certified && l.amountFen > 0 && !original(l.lineId, 'ordered'))
        .map((l) => ({
          unitId,
          year: chinaYear(occurredAt),
          kind: 'ordered' as const,
          amountFen: l.amountFen,
          orderId: p.orderId,
          lineId: l.lineId,
          productId: l.productId,
          supplierId: p.supplierId,
          buyerId: p.buyerId,
          reversesId: null,
          occurredAt,
        }));
    }
    case ORDER_EVENTS.received:
    case ORDER_EVENTS.completed: {
      if (type === ORDER_EVENTS.received && completionRequiresRating) return [];
      const out: PlannedRow[] = [];
      for (const l of p.lines) {
        const ordered = original(l.lineId, 'ordered');
        if (!l.certified || !ordered || original(l.lineId, 'completed')) continue;
        const amount = Math.min(l.amountFen, remaining(ordered));
        if (amount > 0) out.push({ ...ordered, id: undefined, kind: 'completed', amountFen: amount, reversesId: null, occurredAt });
      }
      return out;
    }
    case ORDER_EVENTS.cancelled:
      return originals.filter((o) => remaining(o) > 0).map((o) => reverse(o, remaining(o)));
    case ORDER_EVENTS.refunded: {
      const out: PlannedRow[] = [];
      for (const l of p.lines) {
        for (const kind of ['ordered', 'completed'] as const) {
          const orig = original(l.lineId, kind);
          if (!orig) continue;
          const amount = Math.min(l.amountFen, remaining(orig));
          if (amount > 0) out.push(reverse(orig, amount));
        }
      }
      return out;
    }
    default:
      return [];
  }
}

export interface UnitYearTotals {
  orderedFen: number;
  completedFen: number;
}

/** Adds rows into per unit-and-year totals (key `${unitId}:${year}`). */
export function addToTotals(totals: Map<string, UnitYearTotals>, rows: readonly PlannedRow[]): void {
  for (const r of rows) {
    const key = `${r.unitId}:${r.year}`;
    const t = totals.get(key) ?? { orderedFen: 0, completedFen: 0 };
    if (r.kind === 'ordered') t.orderedFen += r.amountFen;
    else t.completedFen += r.amountFen;
    totals.set(key, t);
  }
}
