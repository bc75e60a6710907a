import type { Fen } from '@yigou/shared/money';
import { splitLargestRemainder } from '@yigou/shared/money';
import type { DomainEvent, OrderEventType } from '@yigou/server/events';
import { countOrder, settle } from '@yigou/server/events';
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

/** A ledger row as planned; `reversesKey` names the original row as `eventId:lineId:householdId`. */
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
  reversesKey: string | null;
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
  parts: LinePart[];
}

/** What the planner reads: the ledger so far, and the rules and links in force on a day. */
export interface PlannerSource {
  line(lineId: string): Promise<LineState | null>;
  /** Every ledger row of the line (originals and reversals), oldest first. */
  rows(lineId: string): Promise<PlannedRow[]>;
  rule(supplierId: string, productId: string, day: string): Promise<RuleRow | null>;
  households(supplierId: string, productId: string, day: string): Promise<LinkedHousehold[]>;
  /** The jurisdiction of the unit requires a rating before an order counts as completed (quota's setting). */
  completionRequiresRating(unitId: string, year: number): Promise<boolean>;
}

export interface EventPlan {
  newLines: LineState[];
  updatedLines: LineState[];
  rows: PlannedRow[];
}

/** An original row's identity (unique: one original per event, line and household). */
export const rowKey = (r: { eventId: string; lineId: string; householdId: string }) => `${r.eventId}:${r.lineId}:${r.householdId}`;

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

/** Each household's share of `target`: largest remainder over the line's first split, so no household gets more than its part. */
export function householdTargets(target: Fen, parts: readonly LinePart[]): Map<string, Fen> {
  const total = parts.reduce((s, p) => s + p.amountFen, 0);
  const amounts =
    target >= total
      ? parts.map((p) => p.amountFen)
      : splitLargestRemainder(
          target,
          parts.map((p) => p.amountFen),
        );
  return new Map(parts.map((p, i) => [p.householdId, amounts[i]]));
}

const targetKey = (householdId: string, unitId: string | null) => `${householdId}|${unitId ?? ''}`;

/**
 * Turns one order event into ledger rows by the counting rule: from the
 * event's counting facts, each certified line's completed amount (the same
 * base quota counts, refunds included) gives the attributed target; the rows
 * bring each household's holding for the bound unit to its share of it, dated
 * by the event. A line is split the first day it counts, under the rule and
 * links in force that day; later events only move amounts along that split.
 */
export async function planEvent(
  event: Pick<DomainEvent<OrderEventType>, 'id' | 'type' | 'payload'>,
  source: PlannerSource,
): Promise<EventPlan> {
  const plan: EventPlan = { newLines: [], updatedLines: [], rows: [] };
  const p = event.payload;
  const state = p.state;
  if (!state || !Array.isArray(state.lines) || !p.supplierId) return plan;
  if (Number.isNaN(Date.parse(p.occurredAt))) throw new Error(`order event ${event.id}: occurredAt is not a time`);
  const when = shanghaiParts(p.occurredAt);
  const requiresRating = state.unitId ? await source.completionRequiresRating(state.unitId, when.year) : false;
  const factsOf = new Map(state.lines.map((l) => [l.lineId, l]));
  const seen = new Set<string>();
  for (const counted of countOrder(state, { completionRequiresRating: requiresRating, certifiedOnly: true })) {
    if (seen.has(counted.lineId)) continue;
    seen.add(counted.lineId);
    const facts = factsOf.get(counted.lineId);
    if (!facts) continue;
    let line = await source.line(counted.lineId);
    const rows = line ? await source.rows(counted.lineId) : [];
    if (!line) {
      if (counted.completedFen <= 0) continue;
      const rule = await source.rule(p.supplierId, facts.productId, when.day);
      const households = rule ? await source.households(p.supplierId, facts.productId, when.day) : [];
      const full = rule ? attributableFen(rule, { quantity: facts.quantity, amountFen: facts.amountFen }) : 0;
      const byId = new Map(households.map((h) => [h.householdId, h]));
      const parts: LinePart[] = splitAttribution(full, households).map((part) => {
        const h = byId.get(part.householdId) as LinkedHousehold;
        return {
          householdId: h.householdId,
          amountFen: part.amountFen,
          countyCode: h.countyCode,
          villageCode: h.villageCode,
          category: h.category,
          members: h.members,
        };
      });
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
    const targets = new Map<string, Fen>();
    for (const [householdId, amount] of householdTargets(target, line.parts)) targets.set(targetKey(householdId, state.unitId), amount);
    const settled = settle(
      rows.map((r) => ({
        id: r.reversesKey === null ? rowKey(r) : undefined,
        key: targetKey(r.householdId, r.unitId),
        amountFen: r.amountFen,
        reversesId: r.reversesKey,
      })),
      targets,
    );
    const originals = new Map(rows.filter((r) => r.reversesKey === null).map((r) => [rowKey(r), r]));
    const partOf = new Map(line.parts.map((x) => [x.householdId, x]));
    for (const s of settled) {
      const [householdId, unit] = s.key.split('|');
      const base = s.reversesId ? (originals.get(s.reversesId) as PlannedRow) : null;
      const part = partOf.get(householdId) as LinePart;
      plan.rows.push({
        eventId: event.id,
        eventType: event.type,
        orderId: p.orderId,
        orderNo: p.orderNo,
        lineId: counted.lineId,
        householdId,
        countyCode: base?.countyCode ?? part.countyCode,
        villageCode: base?.villageCode ?? part.villageCode,
        category: base?.category ?? part.category,
        members: base?.members ?? part.members,
        supplierId: p.supplierId,
        productId: facts.productId,
        unitId: unit === '' ? null : unit,
        liveSessionId: p.liveSessionId ?? null,
        ruleId: line.ruleId,
        amountFen: s.amountFen,
        reversesKey: s.reversesId,
        year: when.year,
        month: when.month,
        occurredAt: p.occurredAt,
      });
    }
    const refundedFen = Math.max(0, line.amountFen - counted.completedFen);
    const reversedFen = line.attributableFen - target;
    if (!plan.newLines.includes(line) && (refundedFen !== line.refundedFen || reversedFen !== line.reversedFen))
      plan.updatedLines.push({ ...line, refundedFen, reversedFen });
    else if (plan.newLines.includes(line)) Object.assign(line, { refundedFen, reversedFen });
  }
  return plan;
}
