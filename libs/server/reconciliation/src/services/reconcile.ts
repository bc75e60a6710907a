import type { EntityManager } from 'typeorm';
import { queryNamed, type Queryable } from '@yigou/server/database';
import { addCell, compareGrouped, compareTotals, Difference, DifferenceArea, DifferenceFigure, Grouped } from './compare-figures';
import { expectedFigures } from './expected-figures';
import { readOrders, readRegistry } from './facts-reader';
import {
  ATTRIBUTION_HOUSEHOLD_SUMS,
  ATTRIBUTION_LEDGER_CELLS,
  HOUSEHOLD_NOS,
  LIVE_LEDGER_CELLS,
  ORDER_NOS,
  QUOTA_LEDGER_CELLS,
  QUOTA_UNIT_TOTALS,
  SESSION_TITLES,
  UNIT_NAMES,
} from '../sql/reconciliation.sql';

type Query = EntityManager['query'];

export interface ReconciliationResult {
  ordersChecked: number;
  differences: (Difference & { orderNos: string[] })[];
}

const SEP = '|';

/**
 * Recomputes every figure from the orders and compares it with the ledgers and
 * their summaries. Reads only; call it inside a REPEATABLE READ transaction so the
 * orders and the ledgers are seen at one moment.
 */
export async function reconcile(query: Query): Promise<ReconciliationResult> {
  const registry = await readRegistry(query);
  const quota: Grouped = new Map();
  const attribution: Grouped = new Map();
  const live: Record<'orders' | 'sales', Grouped> = { orders: new Map(), sales: new Map() };
  const orderNos = new Map<string, string>();
  let ordersChecked = 0;
  for await (const page of readOrders(query)) {
    for (const o of page) {
      ordersChecked++;
      orderNos.set(o.orderId, o.orderNo);
      const f = expectedFigures(o, registry);
      for (const c of f.quota) {
        addCell(quota, [c.unitId, c.year, c.month, c.kind].join(SEP), c.orderId, c.amountFen);
      }
      for (const c of f.attribution) addCell(attribution, [c.householdId, c.year, c.month].join(SEP), c.orderId, c.amountFen);
      if (f.live) {
        addCell(live.orders, f.live.sessionId, f.live.orderId, f.live.orders);
        addCell(live.sales, f.live.sessionId, f.live.orderId, f.live.salesFen);
      }
    }
  }

  const recordedQuota: Grouped = new Map();
  for (const r of (await query(QUOTA_LEDGER_CELLS)) as {
    unit_id: string;
    year: number;
    month: string;
    kind: string;
    order_id: string;
    amount_fen: string;
  }[]) {
    addCell(recordedQuota, [r.unit_id, r.year, r.month, r.kind].join(SEP), r.order_id, Number(r.amount_fen));
  }
  const recordedQuotaTotals = new Map<string, number>();
  for (const r of (await query(QUOTA_UNIT_TOTALS)) as { unit_id: string; year: number; ordered_fen: string; completed_fen: string }[]) {
    recordedQuotaTotals.set([r.unit_id, r.year, 'ordered'].join(SEP), Number(r.ordered_fen));
    recordedQuotaTotals.set([r.unit_id, r.year, 'completed'].join(SEP), Number(r.completed_fen));
  }
  const recordedAttribution: Grouped = new Map();
  for (const r of (await query(ATTRIBUTION_LEDGER_CELLS)) as {
    household_id: string;
    year: number;
    month: string;
    order_id: string;
    amount_fen: string;
  }[]) {
    addCell(recordedAttribution, [r.household_id, r.year, r.month].join(SEP), r.order_id, Number(r.amount_fen));
  }
  const recordedHouseholdTotals = new Map<string, number>();
  for (const r of (await query(ATTRIBUTION_HOUSEHOLD_SUMS)) as {
    county_code: string;
    year: number;
    household_id: string;
    amount_fen: string;
  }[]) {
    const k = [r.household_id, r.year].join(SEP);
    recordedHouseholdTotals.set(k, (recordedHouseholdTotals.get(k) ?? 0) + Number(r.amount_fen));
  }
  const recordedLive: Record<'orders' | 'sales', Grouped> = { orders: new Map(), sales: new Map() };
  for (const r of (await query(LIVE_LEDGER_CELLS)) as { session_id: string; order_id: string; orders: number; sales_fen: string }[]) {
    addCell(recordedLive.orders, r.session_id, r.order_id, r.orders);
    addCell(recordedLive.sales, r.session_id, r.order_id, Number(r.sales_fen));
  }

  const diffs: Difference[] = [];
  const push = (
    area: DifferenceArea,
    figure: DifferenceFigure,
    subjectId: string,
    year: number | null,
    month: string | null,
    d: { expected: number; recorded: number; orderIds?: string[] },
  ) =>
    diffs.push({
      area,
      figure,
      subjectId,
      subjectName: '',
      year,
      month,
      expected: d.expected,
      recorded: d.recorded,
      orderIds: d.orderIds ?? [],
    });
  for (const d of compareGrouped(quota, recordedQuota)) {
    const [unit, year, month, kind] = d.group.split(SEP);
    push('quota', kind as DifferenceFigure, unit, Number(year), month, d);
  }
  // A summary table that drifted from its own ledger (the ledger's rows are checked above, order by order).
  for (const d of compareTotals(
    ledgerTotals(recordedQuota, (unit, year, _month, kind) => [unit, year, kind]),
    recordedQuotaTotals,
  )) {
    const [unit, year, kind] = d.group.split(SEP);
    push('quota_total', kind as DifferenceFigure, unit, Number(year), null, d);
  }
  for (const d of compareGrouped(attribution, recordedAttribution)) {
    const [household, year, month] = d.group.split(SEP);
    push('attribution', 'attributed', household, Number(year), month, d);
  }
  for (const d of compareTotals(
    ledgerTotals(recordedAttribution, (household, year) => [household, year]),
    recordedHouseholdTotals,
  )) {
    const [household, year] = d.group.split(SEP);
    push('attribution_sum', 'attributed', household, Number(year), null, d);
  }
  for (const figure of ['orders', 'sales'] as const) {
    for (const d of compareGrouped(live[figure], recordedLive[figure])) push('live', figure, d.group, null, null, d);
  }
  return { ordersChecked, differences: await named(query, diffs, orderNos) };
}

/** Sums a ledger's cells into coarser groups (what its summary table must hold). */
function ledgerTotals(cells: Grouped, coarser: (...parts: string[]) => string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [group, orders] of cells) {
    const k = coarser(...group.split(SEP)).join(SEP);
    out.set(k, (out.get(k) ?? 0) + [...orders.values()].reduce((a, b) => a + b, 0));
  }
  return out;
}

/** Fills in names people read: unit names, household numbers, session titles, order numbers. */
async function named(query: Query, diffs: Difference[], orderNos: Map<string, string>): Promise<(Difference & { orderNos: string[] })[]> {
  const ids = (areas: DifferenceArea[]) => [...new Set(diffs.filter((d) => areas.includes(d.area)).map((d) => d.subjectId))];
  const unknownOrders = [...new Set(diffs.flatMap((d) => d.orderIds))].filter((id) => !orderNos.has(id));
  const db: Queryable = { query };
  const units = await queryNamed(db, UNIT_NAMES, { ids: ids(['quota', 'quota_total']) });
  const households = await queryNamed(db, HOUSEHOLD_NOS, { ids: ids(['attribution', 'attribution_sum']) });
  const sessions = await queryNamed(db, SESSION_TITLES, { ids: ids(['live']) });
  const orders = unknownOrders.length ? await queryNamed(db, ORDER_NOS, { ids: unknownOrders }) : [];
  const names = new Map<string, string>([
    ...units.map((u) => [u.id, u.name] as const),
    ...households.map((h) => [h.id, h.household_no] as const),
    ...sessions.map((s) => [s.id, s.title] as const),
  ]);
  for (const o of orders) orderNos.set(o.id, o.order_no);
  return diffs.map((d) => ({
    ...d,
    subjectName: names.get(d.subjectId) ?? d.subjectId,
    orderNos: d.orderIds.map((id) => orderNos.get(id) ?? id),
  }));
}
