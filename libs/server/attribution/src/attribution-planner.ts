import type { Fen } from '@yigou/shared/money';
import type { OrderEventLine, OrderEventPayload, OrderRefundedPayload } from '@yigou/server/events';
import { ORDER_EVENTS } from '@yigou/server/events';
import { attributableFen, RuleTerms } from './attribution-strategy';
import { reversalTotal, splitAttribution, splitReversal } from './attribution-split';

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

export interface LineState {
  lineId: string;
  orderId: string;
  eventId: string;
  ruleId: string | null;
  quantity: number;
  amountFen: Fen;
  attributableFen: Fen;
  refundedFen: Fen;
  reversedFen: Fen;
}

export interface OriginalRow {
  key: string;
  row: PlannedRow;
  reversedFen: Fen;
}

/** What the planner reads: the ledger so far, and the rules and links in force on a day. */
export interface PlannerSource {
  line(lineId: string): Promise<LineState | null>;
  originals(lineId: string): Promise<OriginalRow[]>;
  rule(supplierId: string, productId: string, day: string): Promise<RuleRow | null>;
  households(supplierId: string, productId: string, day: string): Promise<LinkedHousehold[]>;
}

export interface EventPlan {
  newLines: LineState[];
  updatedLines: LineState[];
  rows: PlannedRow[];
}

export const rowKey = (r: { eventId: string; lineId: string; householdId: string }) => `${r.eventId}:${r.lineId}:${r.householdId}`;

/** China time (UTC+8): the day and month a sale belongs to. */
export function chinaDay(iso: string): { day: string; year: number; month: string } {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString();
  return { day: d.slice(0, 10), year: Number(d.slice(0, 4)), month: d.slice(0, 7) };
}

/**
 * Turns one order event into ledger rows. Received: every certified line is
 * attributed once (by its line id) under the rule in force that day, split by
 * the links' weights. Refunded: each certified refunded line takes back its
 * proportional share, split over what each household still holds.
 */
export async function planEvent(event: { id: string; type: string; payload: Record<string, unknown> }, source: PlannerSource): Promise<EventPlan> {
  const plan: EventPlan = { newLines: [], updatedLines: [], rows: [] };
  const p = event.payload as unknown as OrderEventPayload;
  // Only certified lines count; an event without lines (or not following the contract) attributes nothing.
  const lines: OrderEventLine[] = (Array.isArray(p.lines) ? p.lines : []).filter((l) => l && l.certified === true);
  if (lines.length === 0 || !p.supplierId) return plan;
  if (Number.isNaN(Date.parse(p.occurredAt))) throw new Error(`order event ${event.id}: occurredAt is not a time`);
  const when = chinaDay(p.occurredAt);
  if (event.type === ORDER_EVENTS.received) {
    const seen = new Set<string>();
    for (const line of lines) {
      if (seen.has(line.lineId) || (await source.line(line.lineId))) continue;
      seen.add(line.lineId);
      const rule = await source.rule(p.supplierId, line.productId, when.day);
      if (!rule) continue;
      const total = attributableFen(rule, { quantity: line.quantity, amountFen: line.amountFen });
      const households = await source.households(p.supplierId, line.productId, when.day);
      const parts = splitAttribution(total, households);
      const byId = new Map(households.map((h) => [h.householdId, h]));
      const attributed = parts.reduce((a, x) => a + x.amountFen, 0);
      plan.newLines.push({
        lineId: line.lineId,
        orderId: p.orderId,
        eventId: event.id,
        ruleId: rule.id,
        quantity: line.quantity,
        amountFen: line.amountFen,
        attributableFen: attributed,
        refundedFen: 0,
        reversedFen: 0,
      });
      for (const part of parts) {
        const h = byId.get(part.householdId) as LinkedHousehold;
        plan.rows.push({
          eventId: event.id,
          eventType: event.type,
          orderId: p.orderId,
          orderNo: p.orderNo,
          lineId: line.lineId,
          householdId: h.householdId,
          countyCode: h.countyCode,
          villageCode: h.villageCode,
          category: h.category,
          members: h.members,
          supplierId: p.supplierId,
          productId: line.productId,
          unitId: p.unitId ?? null,
          liveSessionId: p.liveSessionId ?? null,
          ruleId: rule.id,
          amountFen: part.amountFen,
          reversesKey: null,
          year: when.year,
          month: when.month,
          occurredAt: p.occurredAt,
        });
      }
    }
  } else if (event.type === ORDER_EVENTS.refunded) {
    const refunded = new Map<string, number>();
    for (const line of lines) refunded.set(line.lineId, (refunded.get(line.lineId) ?? 0) + Math.max(0, line.amountFen));
    for (const [lineId, refundFen] of refunded) {
      const state = await source.line(lineId);
      if (!state) continue;
      const total = reversalTotal({
        attributableFen: state.attributableFen,
        lineAmountFen: state.amountFen,
        refundedBeforeFen: state.refundedFen,
        refundFen,
        reversedBeforeFen: state.reversedFen,
      });
      const originals = (await source.originals(lineId)).sort((a, b) => (a.row.householdId < b.row.householdId ? -1 : 1));
      const parts = splitReversal(
        total,
        originals.map((o) => ({ householdId: o.row.householdId, amountFen: o.row.amountFen, reversedFen: o.reversedFen })),
      );
      const byHousehold = new Map(originals.map((o) => [o.row.householdId, o]));
      let reversed = 0;
      for (const part of parts) {
        const o = byHousehold.get(part.householdId) as OriginalRow;
        reversed -= part.amountFen;
        plan.rows.push({
          ...o.row,
          eventId: event.id,
          eventType: event.type,
          amountFen: part.amountFen,
          reversesKey: o.key,
          occurredAt: p.occurredAt,
        });
      }
      plan.updatedLines.push({
        ...state,
        refundedFen: Math.min(state.amountFen, state.refundedFen + refundFen),
        reversedFen: state.reversedFen + reversed,
      });
    }
    void (p as OrderRefundedPayload);
  }
  return plan;
}
