import { shanghaiDate } from '@yigou/server/catalog';
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
 * Attribution splits the completed base by the benefit rule in force on the day it
 * counted: the rule's amount on the full line, less the refunded share (cumulative,
 * rounded down, so a full refund takes back everything), split over the linked
 * households by weight with the largest remainder; later refunds are split over what
 * each household still holds.
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
  | { kind: 'paid'; at: Date }
  | { kind: 'completed'; at: Date }
  | { kind: 'refund'; at: Date; lines: Map<string, number> }
  | { kind: 'rebind'; at: Date; toUnitId: string }
  | { kind: 'cancel'; at: Date };

/** Same instant: count first, then move, then take back (a refund never precedes the payment it refunds). */
const STEP_ORDER: Record<Step['kind'], number> = { paid: 0, completed: 1, rebind: 2, refund: 3, cancel: 4 };

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

function unitAt(o: OrderFacts, at: Date): string | null {
  let unit = o.unitAtCheckout;
  for (const r of o.rebindings) if (r.at.getTime() <= at.getTime()) unit = r.toUnitId;
  return unit;
}

/** When the completed amount counts: paid and received (or rated), whichever came last. */
export function completionTime(o: OrderFacts, registry: RegistryFacts): Date | null {
  if (!o.paidAt || !o.receivedAt) return null;
  const needsRating = ratingRequired(registry, unitAt(o, o.receivedAt), yearMonth(o.receivedAt).year);
  const done = needsRating ? o.completedAt : o.receivedAt;
  if (!done) return null;
  return done.getTime() > o.paidAt.getTime() ? done : o.paidAt;
}

function stepsOf(o: OrderFacts, registry: RegistryFacts): Step[] {
  const steps: Step[] = [];
  if (o.paidAt) steps.push({ kind: 'paid', at: o.paidAt });
  const done = completionTime(o, registry);
  if (done) steps.push({ kind: 'completed', at: done });
  for (const r of o.refunds) {
    const lines = new Map<string, number>();
    for (const l of r.lines) lines.set(l.lineId, (lines.get(l.lineId) ?? 0) + l.amountFen);
    steps.push({ kind: 'refund', at: r.at, lines });
  }
  for (const b of o.rebindings) steps.push({ kind: 'rebind', at: b.at, toUnitId: b.toUnitId });
  if (o.cancelledAt && o.paidAt && o.cancelledAt.getTime() >= o.paidAt.getTime()) steps.push({ kind: 'cancel', at: o.cancelledAt });
  return steps.sort((a, b) => a.at.getTime() - b.at.getTime() || STEP_ORDER[a.kind] - STEP_ORDER[b.kind]);
}

/** The figures one order contributes, per unit / household / session and Shanghai year and month. */
export function expectedFigures(o: OrderFacts, registry: RegistryFacts): OrderFigures {
  const steps = stepsOf(o, registry);
  const quota: QuotaCell[] = [];
  const attribution: AttributionCell[] = [];
  for (const line of o.lines.filter((l) => l.certified && l.amountFen > 0)) {
    quota.push(...quotaOfLine(o, line, steps));
    attribution.push(...attributionOfLine(o, line, steps, registry));
  }
  return { quota: merge(quota), attribution, live: liveOf(o) };
}

function quotaOfLine(o: OrderFacts, line: FactLine, steps: Step[]): QuotaCell[] {
  const out: QuotaCell[] = [];
  let unit = o.unitAtCheckout;
  let refunded = 0;
  const counted: Record<QuotaKind, number | null> = { ordered: null, completed: null };
  const emit = (u: string | null, kind: QuotaKind, amountFen: number, at: Date) => {
    if (u && amountFen !== 0) out.push({ unitId: u, ...yearMonth(at), kind, orderId: o.orderId, amountFen });
  };
  for (const s of steps) {
    if (s.kind === 'paid' || s.kind === 'completed') {
      const kind: QuotaKind = s.kind === 'paid' ? 'ordered' : 'completed';
      if (counted[kind] !== null) continue;
      counted[kind] = Math.max(0, line.amountFen - refunded);
      emit(unit, kind, counted[kind] as number, s.at);
    } else if (s.kind === 'refund') {
      const r = s.lines.get(line.lineId) ?? 0;
      refunded += r;
      for (const kind of ['ordered', 'completed'] as const) {
        const c = counted[kind];
        if (c === null || r <= 0) continue;
        const back = Math.min(r, c);
        counted[kind] = c - back;
        emit(unit, kind, -back, s.at);
      }
    } else if (s.kind === 'rebind') {
      for (const kind of ['ordered', 'completed'] as const) {
        const c = counted[kind] ?? 0;
        emit(unit, kind, -c, s.at);
        emit(s.toUnitId, kind, c, s.at);
      }
      unit = s.toUnitId;
    } else {
      for (const kind of ['ordered', 'completed'] as const) {
        emit(unit, kind, -(counted[kind] ?? 0), s.at);
        if (counted[kind] !== null) counted[kind] = 0;
      }
    }
  }
  return out;
}

/** The rule in force on a day for the line: product-specific first, then the newest, then by id. */
export function ruleFor(rules: readonly FactRule[], supplierId: string, productId: string, day: string): FactRule | null {
  const candidates = rules.filter(
    (r) => r.supplierId === supplierId && (r.productId === productId || r.productId === null) && r.validFrom <= day && (r.validTo === null || r.validTo >= day),
  );
  candidates.sort((a, b) => (a.productId === null ? 1 : 0) - (b.productId === null ? 1 : 0) || (a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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

function attributionOfLine(o: OrderFacts, line: FactLine, steps: Step[], registry: RegistryFacts): AttributionCell[] {
  const out: AttributionCell[] = [];
  const countedAt = steps.find((s) => s.kind === 'completed')?.at;
  if (!countedAt) return out;
  const day = shanghaiDate(countedAt);
  const rule = ruleFor(registry.rules, o.supplierId, line.productId, day);
  if (!rule) return out;
  const weights = new Map<string, bigint>();
  for (const l of registry.links) {
    if (l.supplierId !== o.supplierId || (l.productId !== null && l.productId !== line.productId)) continue;
    if (l.validFrom > day || (l.validTo !== null && l.validTo < day)) continue;
    weights.set(l.householdId, (weights.get(l.householdId) ?? 0n) + decimalToScaled(l.weight, 4));
  }
  const households = [...weights.keys()].sort();
  if (households.length === 0) return out;
  const full = ruleAmount(rule, line.quantity, line.amountFen);
  const takenBack = (refunded: number) => (refunded >= line.amountFen ? full : Number((BigInt(full) * BigInt(refunded)) / BigInt(line.amountFen)));
  const emit = (householdId: string, amountFen: number, at: Date) => {
    if (amountFen === 0) return;
    const countyCode = registry.households.get(householdId)?.countyCode ?? '';
    out.push({ householdId, countyCode, ...yearMonth(at), orderId: o.orderId, amountFen });
  };
  let refunded = 0;
  let reversed = 0;
  let held: number[] | null = null;
  for (const s of steps) {
    if (s.kind === 'completed') {
      reversed = takenBack(Math.min(refunded, line.amountFen));
      const total = full - reversed;
      if (total <= 0) return out;
      held = splitLargestRemainder(total, households.map((h) => weights.get(h) as bigint));
      held.forEach((part, i) => emit(households[i], part, s.at));
    } else if (s.kind === 'refund') {
      refunded += s.lines.get(line.lineId) ?? 0;
      if (!held) continue;
      const target = takenBack(Math.min(refunded, line.amountFen));
      const amount = Math.min(target - reversed, held.reduce((a, b) => a + b, 0));
      reversed = target;
      if (amount <= 0) continue;
      const parts = splitLargestRemainder(amount, held);
      parts.forEach((part, i) => {
        (held as number[])[i] -= part;
        emit(households[i], -part, s.at);
      });
    } else if (s.kind === 'cancel' && held) {
      held.forEach((part, i) => emit(households[i], -part, s.at));
      held = held.map(() => 0);
    }
  }
  return out;
}

/** A paid live order counts once with what was paid, less refunds; fully refunded or cancelled, it leaves the session. */
function liveOf(o: OrderFacts): LiveCell | null {
  if (!o.liveSessionId) return null;
  const counted = !!o.paidAt && !(o.cancelledAt && o.cancelledAt.getTime() >= o.paidAt.getTime());
  const refunded = o.refunds.reduce((s, r) => s + r.amountFen, 0);
  if (!counted || refunded >= o.paidFen) return { sessionId: o.liveSessionId, orderId: o.orderId, orders: 0, salesFen: 0 };
  return { sessionId: o.liveSessionId, orderId: o.orderId, orders: 1, salesFen: o.paidFen - refunded };
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
