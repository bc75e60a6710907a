import type { Fen } from '@yigou/shared/money';
import { splitLargestRemainder } from '@yigou/shared/money';
import type { DomainEvent, OrderEventType } from '@yigou/server/events';
import { countOrder, ratingYear } from '@yigou/server/events';
import { attributableFen, RuleTerms } from './attribution-strategy';
import { splitAttribution } from './attribution-split';
import { shanghaiParts } from '@yigou/shared/time';

export interface LinkedHousehold {
  householdId: string;
  weight: number;
  countyCode: string;
  villageCode: string;
  category: string;
  members: number;
}

export interface RuleRow extends RuleTerms {
  id: string;
}

/**
 * A household's move of one event and line: `split(T_after, P)[h] − split(T_before, P)[h]`. Not stored (the ledger
 * stores the movement); what the report summaries move by.
 */
export interface PlannedRow {
  eventId: string;
  eventType: string;
  orderId: string;
  orderNo: string;
  lineId: string;
  householdId: string;
  countyCode: string;
  villageCode: string;
  category: string;
  members: number;
  supplierId: string;
  productId: string;
  unitId: string | null;
  liveSessionId: string | null;
  ruleId: string | null;
  amountFen: Fen;
  year: number;
  month: string;
  occurredAt: string;
}

/** A ledger row: the line's target for a unit before and after an event (`attribution_movement`). */
export interface PlannedMovement {
  eventId: string;
  eventType: string;
  orderId: string;
  orderNo: string;
  lineId: string;
  supplierId: string;
  productId: string;
  unitId: string | null;
  liveSessionId: string | null;
  ruleId: string | null;
  targetBeforeFen: Fen;
  targetAfterFen: Fen;
  year: number;
  month: string;
  occurredAt: string;
}

/** A household's share of a line as first split (its full part), with what the report buckets need. */
export interface LinePart {
  householdId: string;
  amountFen: Fen;
  countyCode: string;
  villageCode: string;
  category: string;
  members: number;
}

export interface LineState {
  lineId: string;
  orderId: string;
  /** The event that first attributed the line (its rule and households are those of that day). */
  eventId: string;
  ruleId: string | null;
  quantity: number;
  /** The line's amount as charged. */
  amountFen: Fen;
  /** What the rule gives for the whole line, split into `parts`. */
  attributableFen: Fen;
  /** The line's amount that does not count now (refunded, or not completed). */
  refundedFen: Fen;
  /** What of `attributableFen` does not reach households now. */
  reversedFen: Fen;
  parts: readonly LinePart[];
}

/** What the planner reads: the ledger so far, and the rules and links in force on a day. */
export interface PlannerSource {
  line(lineId: string): Promise<LineState | null>;
  /** Every movement of the line, oldest first. */
  movements(lineId: string): Promise<PlannedMovement[]>;
  rule(supplierId: string, productId: string, day: string): Promise<RuleRow | null>;
  households(supplierId: string, productId: string, day: string): Promise<readonly LinkedHousehold[]>;
  /** The jurisdiction of the unit requires a rating before an order counts as completed (quota's setting). */
  completionRequiresRating(unitId: string, year: number): Promise<boolean>;
}

/** A ledger row and the split of its line: each household's move by it is `holdings(after)[i] − holdings(before)[i]`. */
export interface MovedLine {
  movement: PlannedMovement;
  parts: readonly LinePart[];
}

export interface EventPlan {
  newLines: LineState[];
  updatedLines: LineState[];
  /** The ledger rows: one per line and unit whose target moved. */
  movements: PlannedMovement[];
  /**
   * The same movements with their line's split, in movement order: what the summaries move by, expanded per household
   * where they are applied (`householdMoves` gives the rows), not here — a 玉露香梨 receipt is 458 of them.
   */
  moved: MovedLine[];
}

/**
 * What a line gives households when `countedFen` of its `amountFen` counts:
 * the whole attributable amount when all of it counts, else that amount in
 * proportion, rounded down to the fen (docs/counting.md).
 */
export function attributedTarget(attributable: Fen, amountFen: Fen, countedFen: Fen): Fen {
  if (countedFen <= 0 || amountFen <= 0 || attributable <= 0) return 0;
  if (countedFen >= amountFen) return attributable;
  return Number((BigInt(attributable) * BigInt(countedFen)) / BigInt(amountFen));
}

/**
 * Each household's share of `target`, in part order: largest remainder over the line's first split, so no household
 * gets more than its part (the whole split at or above its total, nothing at or below 0).
 */
export function holdings(target: Fen, parts: readonly { amountFen: Fen }[]): Fen[] {
  const amounts = parts.map((p) => p.amountFen);
  if (target <= 0) return amounts.map(() => 0);
  const total = amounts.reduce((s, a) => s + a, 0);
  return target >= total ? amounts : splitLargestRemainder(target, amounts);
}

/** `holdings` of a split, remembered per split (by identity) and target: the lines of one product and quantity share a split. */
const holdingsMemo = new WeakMap<readonly LinePart[], Map<Fen, readonly Fen[]>>();
export function splitHoldings(target: Fen, parts: readonly LinePart[]): readonly Fen[] {
  let byTarget = holdingsMemo.get(parts);
  if (!byTarget) holdingsMemo.set(parts, (byTarget = new Map()));
  let out = byTarget.get(target);
  if (!out) {
    // a split has a few targets at most (full, refunded, partial refunds): the memo stays small
    if (byTarget.size > 64) byTarget.clear();
    byTarget.set(target, (out = Object.freeze(holdings(target, parts))));
  }
  return out;
}

/**
 * A new line's split of `full` over the households linked that day, as parts with what the buckets need. Remembered
 * per list of households (by identity: a batch's source hands out one list per supplier, product and day) and amount,
 * so the lines of a batch with the same product and quantity share one split object (and one stored split).
 */
const partsMemo = new WeakMap<readonly LinkedHousehold[], Map<Fen, readonly LinePart[]>>();
function lineParts(full: Fen, households: readonly LinkedHousehold[]): readonly LinePart[] {
  let byFull = partsMemo.get(households);
  if (!byFull) partsMemo.set(households, (byFull = new Map()));
  const known = byFull.get(full);
  if (known) return known;
  const byId = new Map(households.map((h) => [h.householdId, h]));
  const parts: readonly LinePart[] = Object.freeze(
    splitAttribution(full, households).map((part) => {
      const h = byId.get(part.householdId) as LinkedHousehold;
      return Object.freeze({
        householdId: h.householdId,
        amountFen: part.amountFen,
        countyCode: h.countyCode,
        villageCode: h.villageCode,
        category: h.category,
        members: h.members,
      });
    }),
  );
  byFull.set(full, parts);
  return parts;
}

/** Each household's share of `target` by household id (`holdings`). */
export function householdTargets(target: Fen, parts: readonly LinePart[]): Map<string, Fen> {
  const amounts = holdings(target, parts);
  return new Map(parts.map((p, i) => [p.householdId, amounts[i]]));
}

const unitKey = (unitId: string | null) => unitId ?? '';

/** The line's target per unit now: each unit's last movement (a unit never moved holds nothing). */
export function currentTargets(movements: readonly PlannedMovement[]): Map<string, Fen> {
  const held = new Map<string, Fen>();
  for (const m of movements) held.set(unitKey(m.unitId), m.targetAfterFen);
  return held;
}

/**
 * Turns one order event into ledger rows by the counting rule: from the
 * event's counting facts, each certified line's completed amount (the same
 * base quota counts, refunds included) gives the attributed target; a movement
 * per unit whose target changes brings the bound unit to it and every other
 * unit to 0, dated by the event, and each household's holding follows as its
 * share of the target (`holdings`; `rows` are those moves, for the summaries).
 * A line is split the first day it counts, under the rule and links in force
 * that day; later events only move its target along that split.
 */
export async function planEvent(
  event: Pick<DomainEvent<OrderEventType>, 'id' | 'type' | 'payload'>,
  source: PlannerSource,
): Promise<EventPlan> {
  const plan: EventPlan = { newLines: [], updatedLines: [], movements: [], moved: [] };
  const p = event.payload;
  const state = p.state;
  if (!state || !Array.isArray(state.lines) || !p.supplierId) return plan;
  if (Number.isNaN(Date.parse(p.occurredAt))) throw new Error(`order event ${event.id}: occurredAt is not a time`);
  const when = shanghaiParts(p.occurredAt);
  const requiresRating = state.unitId ? await source.completionRequiresRating(state.unitId, ratingYear(state, p.occurredAt)) : false;
  const factsOf = new Map(state.lines.map((l) => [l.lineId, l]));
  const seen = new Set<string>();
  for (const counted of countOrder(state, { completionRequiresRating: requiresRating, certifiedOnly: true })) {
    if (seen.has(counted.lineId)) continue;
    seen.add(counted.lineId);
    const facts = factsOf.get(counted.lineId);
    if (!facts) continue;
    let line = await source.line(counted.lineId);
    const movements = line ? await source.movements(counted.lineId) : [];
    if (!line) {
      if (counted.completedFen <= 0) continue;
      const rule = await source.rule(p.supplierId, facts.productId, when.day);
      const households = rule ? await source.households(p.supplierId, facts.productId, when.day) : [];
      const full = rule ? attributableFen(rule, { quantity: facts.quantity, amountFen: facts.amountFen }) : 0;
      const parts = lineParts(full, households);
      line = {
        lineId: counted.lineId,
        orderId: p.orderId,
        eventId: event.id,
        ruleId: rule?.id ?? null,
        quantity: facts.quantity,
        amountFen: facts.amountFen,
        attributableFen: parts.reduce((s, x) => s + x.amountFen, 0),
        refundedFen: 0,
        reversedFen: 0,
        parts,
      };
      plan.newLines.push(line);
    }
    const target = attributedTarget(line.attributableFen, line.amountFen, counted.completedFen);
    // The bound unit holds the target; every other unit that holds something gives it back (a re-binding).
    const held = currentTargets(movements);
    const wanted = new Map<string, Fen>();
    for (const [unit, amount] of held) if (amount !== 0) wanted.set(unit, 0);
    wanted.set(unitKey(state.unitId), target);
    for (const [unit, after] of wanted) {
      const before = held.get(unit) ?? 0;
      if (before === after) continue;
      const movement: PlannedMovement = {
        eventId: event.id,
        eventType: event.type,
        orderId: p.orderId,
        orderNo: p.orderNo,
        lineId: counted.lineId,
        supplierId: p.supplierId,
        productId: facts.productId,
        unitId: unit === '' ? null : unit,
        liveSessionId: p.liveSessionId ?? null,
        ruleId: line.ruleId,
        targetBeforeFen: before,
        targetAfterFen: after,
        year: when.year,
        month: when.month,
        occurredAt: p.occurredAt,
      };
      plan.movements.push(movement);
      plan.moved.push({ movement, parts: line.parts });
    }
    const refundedFen = Math.max(0, line.amountFen - counted.completedFen);
    const reversedFen = line.attributableFen - target;
    if (!plan.newLines.includes(line) && (refundedFen !== line.refundedFen || reversedFen !== line.reversedFen))
      plan.updatedLines.push({ ...line, refundedFen, reversedFen });
    else if (plan.newLines.includes(line)) Object.assign(line, { refundedFen, reversedFen });
  }
  return plan;
}

/** Appends each household's move by a movement to `out`: its holding after, minus before (zero moves left out). */
export function householdMoves({ movement: m, parts }: MovedLine, out: PlannedRow[]): void {
  const before = splitHoldings(m.targetBeforeFen, parts);
  const after = splitHoldings(m.targetAfterFen, parts);
  for (let i = 0; i < parts.length; i++) {
    const amountFen = after[i] - before[i];
    if (amountFen === 0) continue;
    const part = parts[i];
    out.push({
      eventId: m.eventId,
      eventType: m.eventType,
      orderId: m.orderId,
      orderNo: m.orderNo,
      lineId: m.lineId,
      householdId: part.householdId,
      countyCode: part.countyCode,
      villageCode: part.villageCode,
      category: part.category,
      members: part.members,
      supplierId: m.supplierId,
      productId: m.productId,
      unitId: m.unitId,
      liveSessionId: m.liveSessionId,
      ruleId: m.ruleId,
      amountFen,
      year: m.year,
      month: m.month,
      occurredAt: m.occurredAt,
    });
  }
}
