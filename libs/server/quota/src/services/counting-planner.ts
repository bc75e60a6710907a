import { countOrder, OrderEventPayload, settle } from '@yigou/server/events';
import type { LedgerKind } from '../entities/quota-ledger-entry.entity';
import { shanghaiParts } from '@yigou/shared/time';

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
  return shanghaiParts(at).year;
}

const keyOf = (lineId: string, kind: LedgerKind, unitId: string) => `${lineId}|${kind}|${unitId}`;

/**
 * Decides which ledger rows an order event writes, given the rows already
 * written for that order. Pure, state-based (docs/counting.md): the event's
 * counting facts give what each certified line should count now for the bound
 * unit, ordered and completed; the rows are the difference from the ledger,
 * dated (year and month) by the event. A re-binding moves everything to the new
 * unit; a refund at any time reduces both kinds; a repeated event writes nothing.
 */
export function planLedgerRows(p: OrderEventPayload, prior: readonly PlannedRow[], completionRequiresRating: boolean): PlannedRow[] {
  const state = p.state;
  if (!state) return [];
  const occurredAt = new Date(p.occurredAt);
  const targets = new Map<string, number>();
  if (state.unitId) {
    for (const c of countOrder(state, { completionRequiresRating, certifiedOnly: true })) {
      targets.set(keyOf(c.lineId, 'ordered', state.unitId), c.orderedFen);
      targets.set(keyOf(c.lineId, 'completed', state.unitId), c.completedFen);
    }
  }
  const productOf = new Map<string, string>([
    ...prior.map((r) => [r.lineId, r.productId] as const),
    ...state.lines.map((l) => [l.lineId, l.productId] as const),
  ]);
  const rows = prior.map((r) => ({ id: r.id, key: keyOf(r.lineId, r.kind, r.unitId), amountFen: r.amountFen, reversesId: r.reversesId }));
  return settle(rows, targets).map((o) => {
    const [lineId, kind, unitId] = o.key.split('|') as [string, LedgerKind, string];
    return {
      unitId,
      year: chinaYear(occurredAt),
      kind,
      amountFen: o.amountFen,
      orderId: p.orderId,
      lineId,
      productId: productOf.get(lineId) as string,
      supplierId: p.supplierId,
      buyerId: p.buyerId,
      reversesId: o.reversesId,
      occurredAt,
    };
  });
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
