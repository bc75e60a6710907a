export const DIFFERENCE_AREAS = ['quota', 'quota_total', 'attribution', 'attribution_sum', 'live'] as const;
export type DifferenceArea = (typeof DIFFERENCE_AREAS)[number];
export const DIFFERENCE_FIGURES = ['ordered', 'completed', 'attributed', 'orders', 'sales'] as const;
export type DifferenceFigure = (typeof DIFFERENCE_FIGURES)[number];

/** One figure that the recomputation and the ledgers (or their summaries) do not agree on. */
export interface Difference {
  area: DifferenceArea;
  figure: DifferenceFigure;
  /** The unit, household or live session. */
  subjectId: string;
  subjectName: string;
  year: number | null;
  month: string | null;
  /** Fen, or a count for `orders`. */
  expected: number;
  recorded: number;
  /** Order ids whose part of the figure differs (turned into order numbers for people). */
  orderIds: string[];
}

export type Grouped = Map<string, Map<string, number>>;

/** Adds `amount` at (group, order). */
export function addCell(map: Grouped, group: string, orderId: string, amount: number): void {
  const orders = map.get(group) ?? new Map<string, number>();
  orders.set(orderId, (orders.get(orderId) ?? 0) + amount);
  map.set(group, orders);
}

const sum = (m: Map<string, number> | undefined) => [...(m?.values() ?? [])].reduce((a, b) => a + b, 0);

/**
 * Compares two figures cell by cell (group × order): a group differs when any of its
 * orders does; the difference names those orders and gives the group's two totals.
 */
export function compareGrouped(
  expected: Grouped,
  recorded: Grouped,
): { group: string; expected: number; recorded: number; orderIds: string[] }[] {
  const out: { group: string; expected: number; recorded: number; orderIds: string[] }[] = [];
  for (const group of new Set([...expected.keys(), ...recorded.keys()])) {
    const e = expected.get(group);
    const r = recorded.get(group);
    const orderIds = [...new Set([...(e?.keys() ?? []), ...(r?.keys() ?? [])])].filter((o) => (e?.get(o) ?? 0) !== (r?.get(o) ?? 0)).sort();
    if (orderIds.length === 0) continue;
    out.push({ group, expected: sum(e), recorded: sum(r), orderIds });
  }
  return out.sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
}

/** Compares plain totals (a summary table against the recomputation), without orders. */
export function compareTotals(
  expected: Map<string, number>,
  recorded: Map<string, number>,
): { group: string; expected: number; recorded: number }[] {
  const out: { group: string; expected: number; recorded: number }[] = [];
  for (const group of new Set([...expected.keys(), ...recorded.keys()])) {
    const e = expected.get(group) ?? 0;
    const r = recorded.get(group) ?? 0;
    if (e !== r) out.push({ group, expected: e, recorded: r });
  }
  return out.sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
}

const AREA_LABEL: Record<DifferenceArea, string> = {
  quota: '配额台账',
  quota_total: '配额汇总',
  attribution: '归因台账',
  attribution_sum: '归因汇总',
  live: '直播场次',
};
const FIGURE_LABEL: Record<DifferenceFigure, string> = {
  ordered: '下单金额',
  completed: '完成金额',
  attributed: '归因收入',
  orders: '订单数',
  sales: '销售额',
};

/** One line a person reads: "配额台账 汾西县第一中学 2026-12 完成金额：应为 13600，台账 0（订单 YG…）". Amounts in fen. */
export function describeDifference(d: Difference & { orderNos: string[] }): string {
  const when = d.month ?? (d.year === null ? '' : String(d.year));
  const orders = d.orderNos.length ? `（订单 ${d.orderNos.join('、')}）` : '';
  return `${AREA_LABEL[d.area]} ${d.subjectName}${when ? ` ${when}` : ''} ${FIGURE_LABEL[d.figure]}：应为 ${d.expected}，记录为 ${d.recorded}${orders}`;
}
