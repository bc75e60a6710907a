import { shanghaiDate } from '@yigou/shared/time';
import { splitLargestRemainder } from '@yigou/shared/money';
import type { FactLine, FactRule, OrderFacts, RegistryFacts } from './order-facts';

/**
 * The counting rule (DESIGN.md "The counting rule"), written a second time on
 * purpose, from order facts alone, so that it can disagree with the consumers:
 * - a certified line's ordered amount counts when the order is fully paid;
 * - its completed amount counts once it is paid AND received (or rated, where
 *   the unit's jurisdiction requires a rating that year), in either order;
 * - whatever was refunded before a figure counted is left out of it; every later
 *   refund takes exactly its amount back; a cancellation takes back the rest;
 * - an approved re-binding moves the whole counted amount to the new unit;
 * - every amount is dated (year and month) by the Shanghai date of the event that
 *   made it count or took it back.
 * Attribution (docs/counting.md): on the day a line first completes, the rule in force
 * gives A for the whole line, split by link weight into parts P (largest remainder,
 * households in id order); at any moment households hold floor(A × completed / amount)
 * (A once nothing is refunded) split over P, and each change is dated by its event.
 */

export type QuotaKind = 'ordered' | 'completed';

export interface QuotaCell {
  unitId: string;
  year: number;
  month: string;
  kind: QuotaKind;
  orderId: string;
  amountFen: number;
}

export interface AttributionCell {
  householdId: string;
  countyCode: string;
  year: number;
  month: string;
  orderId: string;
  amountFen: number;
}

export interface LiveCell {
  sessionId: string;
  orderId: string;
  orders: number;
  salesFen: number;
}

export interface OrderFigures {
  quota: QuotaCell[];
  attribution: AttributionCell[];
  live: LiveCell | null;
}

type Step =
  | { kind: 'paid' | 'received' | 'rated' | 'cancel'; at: Date }
  | { kind: 'refund'; at: Date; lines: Map<string, number> }
  | { kind: 'rebind'; at: Date; toUnitId: string };

/** Same instant: count first, then move, then take back (a refund never precedes the payment it refunds). */
const STEP_ORDER: Record<Step['kind'], number> = { paid: 0, received: 1, rated: 2, rebind: 3, refund: 4, cancel: 5 };

export function yearMonth(at: Date): { year: number; month: string } {
  const day = shanghaiDate(at);
  return { year: Number(day.slice(0, 4)), month: day.slice(0, 7) };
}

/** Where the unit's jurisdiction (county, else city, else province) requires a rating for "completed" that year. */
export function ratingRequired(registry: RegistryFacts, unitId: string | null, year: number): boolean {
  const code = unitId ? registry.unitRegion.get(unitId) : undefined;
  if (!code) return false;
  for (const c of [code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`]) {
    const v = registry.ratingRequired.get(`${c}:${year}`);
    if (v !== undefined) return v;
  }
  return false;
}

function stepsOf(o: OrderFacts): Step[] {
  const steps: Step[] = [];
  if (o.paidAt) steps.push({ kind: 'paid', at: o.paidAt });
  if (o.receivedAt) steps.push({ kind: 'received', at: o.receivedAt });
  if (o.completedAt) steps.push({ kind: 'rated', at: o.completedAt });
  for (const r of o.refunds) {
    const lines = new Map<string, number>();
    for (const l of r.lines) lines.set(l.lineId, (lines.get(l.lineId) ?? 0) + l.amountFen);
    steps.push({ kind: 'refund', at: r.at, lines });
  }
  for (const b of o.rebindings) steps.push({ kind: 'rebind', at: b.at, toUnitId: b.toUnitId });
  if (o.cancelledAt) steps.push({ kind: 'cancel', at: o.cancelledAt });
  return steps.sort((a, b) => a.at.getTime() - b.at.getTime() || STEP_ORDER[a.kind] - STEP_ORDER[b.kind]);
}

/** What a line counts after one step of its order. */
export interface LineState {
  at: Date;
  unitId: string | null;
  ordered: number;
  completed: number;
}

/**
 * The line's figures after each step: ordered = paid and not cancelled ? amount − refunds : 0; completed = ordered
 * once received (or rated, where the bound unit's jurisdiction requires it in the year the order became paid and
 * received: a setting of a later year neither takes back nor grants a completion).
 */
export function lineTimeline(o: OrderFacts, line: FactLine, steps: readonly Step[], registry: RegistryFacts): LineState[] {
  const f = { paid: false, received: false, rated: false, cancelled: false, refunded: 0, unitId: o.unitAtCheckout };
  let both: Date | null = null; // the step at which the order was first both paid and received
  return steps.map((s) => {
    if (s.kind === 'refund') f.refunded += s.lines.get(line.lineId) ?? 0;
    else if (s.kind === 'rebind') f.unitId = s.toUnitId;
    else if (s.kind === 'paid') f.paid = true;
    else if (s.kind === 'received') f.received = true;
    else if (s.kind === 'rated') f.rated = true;
    else f.cancelled = true;
    if (!both && f.paid && f.received) both = s.at;
    const ordered = f.paid && !f.cancelled ? Math.max(0, line.amountFen - f.refunded) : 0;
    const done = ratingRequired(registry, f.unitId, yearMonth(both ?? s.at).year) ? f.rated : f.received;
    return { at: s.at, unitId: f.unitId, ordered, completed: done ? ordered : 0 };
  });
}

/** The figures one order contributes, per unit / household / session and Shanghai year and month. */
export function expectedFigures(o: OrderFacts, registry: RegistryFacts): OrderFigures {
  const steps = stepsOf(o);
  const quota: QuotaCell[] = [];
  const attribution: AttributionCell[] = [];
  for (const line of o.lines.filter((l) => l.certified && l.amountFen > 0)) {
    const timeline = lineTimeline(o, line, steps, registry);
    quota.push(...quotaOfLine(o, timeline));
    attribution.push(...attributionOfLine(o, line, timeline, registry));
  }
  return { quota: merge(quota), attribution, live: liveOf(o) };
}

/** Each change of what the line counts, for the unit bound then: a re-binding takes all of it from the old unit. */
function quotaOfLine(o: OrderFacts, timeline: readonly LineState[]): QuotaCell[] {
  const out: QuotaCell[] = [];
  const held = new Map<string, number>(); // `${unitId}|${kind}` → fen
  for (const s of timeline) {
    const targets = new Map<string, number>();
    if (s.unitId) {
      targets.set(`${s.unitId}|ordered`, s.ordered);
      targets.set(`${s.unitId}|completed`, s.completed);
    }
    for (const key of new Set([...held.keys(), ...targets.keys()])) {
      const delta = (targets.get(key) ?? 0) - (held.get(key) ?? 0);
      if (delta === 0) continue;
      const [unitId, kind] = key.split('|') as [string, QuotaKind];
      out.push({ unitId, ...yearMonth(s.at), kind, orderId: o.orderId, amountFen: delta });
      held.set(key, targets.get(key) ?? 0);
    }
  }
  return out;
}

/** The rule in force on a day for the line: product-specific first, then the newest, then by id. */
export function ruleFor(rules: readonly FactRule[], supplierId: string, productId: string, day: string): FactRule | null {
  const candidates = rules.filter(
    (r) =>
      r.supplierId === supplierId &&
      (r.productId === productId || r.productId === null) &&
      r.validFrom <= day &&
      (r.validTo === null || r.validTo >= day),
  );
  candidates.sort(
    (a, b) =>
      (a.productId === null ? 1 : 0) - (b.productId === null ? 1 : 0) ||
      (a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return candidates[0] ?? null;
}

/** An exact decimal text ("8.2", "4.35", "100") as an integer of 1/10^scale. */
export function decimalToScaled(text: string, scale: number): bigint {
  const m = /^(\d+)(?:\.(\d*))?$/.exec(text.trim());
  if (!m) throw new RangeError(`not a decimal: ${text}`);
  const frac = (m[2] ?? '').padEnd(scale, '0');
  if (frac.length > scale && /[1-9]/.test(frac.slice(scale))) throw new RangeError(`more than ${scale} decimals: ${text}`);
  return BigInt(m[1]) * 10n ** BigInt(scale) + BigInt(frac.slice(0, scale) || '0');
}

/** The rule's amount for a whole line, fen. */
export function ruleAmount(rule: FactRule, quantity: number, amountFen: number): number {
  if (rule.kind === 'per_unit') return Math.min((rule.fenPerUnit ?? 0) * quantity, amountFen);
  const basisPoints = decimalToScaled(rule.percent ?? '0', 2);
  return Number((BigInt(amountFen) * basisPoints) / 10_000n);
}

function attributionOfLine(o: OrderFacts, line: FactLine, timeline: readonly LineState[], registry: RegistryFacts): AttributionCell[] {
  const out: AttributionCell[] = [];
  // from the first moment the line's completed amount is positive
  const first = timeline.findIndex((s) => s.completed > 0);
  if (first < 0) return out;
  const countedAt = timeline[first].at;
  const day = shanghaiDate(countedAt);
  const rule = ruleFor(registry.rules, o.supplierId, line.productId, day);
  if (!rule) return out;
  const weights = new Map<string, bigint>();
  for (const l of registry.links) {
    if (l.supplierId !== o.supplierId || (l.productId !== null && l.productId !== line.productId)) continue;
    if (l.validFrom > day || (l.validTo !== null && l.validTo < day)) continue;
    weights.set(l.householdId, (weights.get(l.householdId) ?? 0n) + decimalToScaled(l.weight, 4));
  }
  const linked = [...weights.keys()].sort();
  const full = ruleAmount(rule, line.quantity, line.amountFen);
  if (linked.length === 0 || full <= 0) return out;
  // each household's part of the whole line's amount; parts of 0 take no share
  const split = splitLargestRemainder(
    full,
    linked.map((h) => weights.get(h) as bigint),
  );
  const households = linked.filter((_, i) => split[i] > 0);
  const parts = split.filter((p) => p > 0);
  // what households hold for a completed base: the rule's share of it, split over the parts
  const holdings = (completed: number) => {
    const total = completed >= line.amountFen ? full : Number((BigInt(full) * BigInt(completed)) / BigInt(line.amountFen));
    return total > 0 ? splitLargestRemainder(total, parts) : parts.map(() => 0);
  };
  let held = parts.map(() => 0);
  const moveTo = (next: number[], at: Date) => {
    next.forEach((amount, i) => {
      if (amount === held[i]) return;
      const countyCode = registry.households.get(households[i])?.countyCode ?? '';
      out.push({ householdId: households[i], countyCode, ...yearMonth(at), orderId: o.orderId, amountFen: amount - held[i] });
    });
    held = next;
  };
  for (const s of timeline.slice(first)) moveTo(holdings(s.completed), s.at);
  return out;
}

/** Live sessions count every line's ordered amount (shipping aside); an order counts while that is above zero. */
function liveOf(o: OrderFacts): LiveCell | null {
  if (!o.liveSessionId) return null;
  const counted = !!o.paidAt && !o.cancelledAt;
  const refunded = new Map<string, number>();
  for (const r of o.refunds) for (const l of r.lines) refunded.set(l.lineId, (refunded.get(l.lineId) ?? 0) + l.amountFen);
  const ordered = counted ? o.lines.reduce((s, l) => s + Math.max(0, l.amountFen - (refunded.get(l.lineId) ?? 0)), 0) : 0;
  return { sessionId: o.liveSessionId, orderId: o.orderId, orders: ordered > 0 ? 1 : 0, salesFen: ordered };
}

/** Adds up the cells of one order that share unit, year, month and kind. */
function merge(cells: QuotaCell[]): QuotaCell[] {
  const byKey = new Map<string, QuotaCell>();
  for (const c of cells) {
    const k = `${c.unitId}|${c.year}|${c.month}|${c.kind}`;
    const cur = byKey.get(k);
    if (cur) cur.amountFen += c.amountFen;
    else byKey.set(k, { ...c });
  }
  return [...byKey.values()];
}
