import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { advanceOrderCursor, DomainEvent, EventConsumer, EventDispatcher, ORDER_EVENTS, OrderEventPayload } from '@yigou/server/events';
import { QuotaCountingService } from '@yigou/server/quota';
import { EventPlan, PlannedRow, planEvent, rowKey } from './attribution-planner';
import { DbPlannerSource } from './attribution-sources';
import { HouseholdDelta, bucketKey, householdDeltas, sumKey } from './attribution-summaries';

export const ATTRIBUTION_CONSUMER = 'attribution-ledger';
/** Every order event: each carries the order's counting facts, and the rule decides what they change. */
export const ATTRIBUTED_TYPES = [ORDER_EVENTS.paid, ORDER_EVENTS.received, ORDER_EVENTS.completed, ORDER_EVENTS.cancelled, ORDER_EVENTS.refunded, ORDER_EVENTS.rebound] as const;

/**
 * Feeds the attribution ledger from order events, exactly once (the
 * dispatcher marks each event consumed in this same transaction), and keeps
 * the report summaries in step with it.
 */
@Injectable()
export class AttributionLedgerService implements EventConsumer, OnModuleInit {
  readonly name = ATTRIBUTION_CONSUMER;
  readonly types = ATTRIBUTED_TYPES;

  constructor(
    private readonly dispatcher: EventDispatcher,
    private readonly quota: QuotaCountingService,
  ) {}

  onModuleInit(): void {
    this.dispatcher.register(this);
  }

  async handle(event: DomainEvent, em: EntityManager): Promise<void> {
    const p = event.payload as unknown as OrderEventPayload;
    // Events without counting facts count nothing; an event older than one already applied neither.
    if (!p.state || !p.orderId || !(await advanceOrderCursor(em, this.name, p.orderId, event.id))) return;
    const plan = await planEvent(event, new DbPlannerSource(em, (unitId, year) => this.quota.completionRequiresRating(unitId, year, em)));
    await this.persist(em, plan);
  }

  private async persist(em: EntityManager, plan: EventPlan): Promise<void> {
    for (const l of plan.newLines) {
      await em.query(
        `INSERT INTO attribution_line (line_id, order_id, event_id, rule_id, quantity, amount_fen, attributable_fen, refunded_fen, reversed_fen, parts)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [l.lineId, l.orderId, l.eventId, l.ruleId, l.quantity, l.amountFen, l.attributableFen, l.refundedFen, l.reversedFen, JSON.stringify(l.parts)],
      );
    }
    for (const l of plan.updatedLines) {
      await em.query(`UPDATE attribution_line SET refunded_fen = $2, reversed_fen = $3 WHERE line_id = $1`, [l.lineId, l.refundedFen, l.reversedFen]);
    }
    if (plan.rows.length === 0) return;
    const reversedLines = [...new Set(plan.rows.filter((r) => r.reversesKey).map((r) => r.lineId))];
    const ids = new Map<string, string>();
    if (reversedLines.length) {
      const originals: { id: string; event_id: string; line_id: string; household_id: string }[] = await em.query(
        `SELECT id, event_id, line_id, household_id FROM attribution_entry WHERE line_id = ANY($1) AND reverses_id IS NULL`,
        [reversedLines],
      );
      for (const o of originals) ids.set(rowKey({ eventId: String(o.event_id), lineId: o.line_id, householdId: o.household_id }), String(o.id));
    }
    await insertEntries(em, plan.rows, ids);
    await applySummaries(em, plan.rows);
  }
}

const ENTRY_COLUMNS = [
  'event_id', 'event_type', 'order_id', 'order_no', 'line_id', 'household_id', 'county_code', 'village_code', 'category', 'members',
  'supplier_id', 'product_id', 'unit_id', 'live_session_id', 'rule_id', 'amount_fen', 'reverses_id', 'year', 'month', 'occurred_at',
];

async function insertEntries(em: EntityManager, rows: readonly PlannedRow[], ids: Map<string, string>): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const params: unknown[] = [];
    const values = chunk.map((r) => {
      const reverses = r.reversesKey ? ids.get(r.reversesKey) : null;
      if (r.reversesKey && !reverses) throw new Error(`attribution: original row ${r.reversesKey} not found`);
      const vals = [r.eventId, r.eventType, r.orderId, r.orderNo, r.lineId, r.householdId, r.countyCode, r.villageCode, r.category, r.members,
        r.supplierId, r.productId, r.unitId, r.liveSessionId, r.ruleId, r.amountFen, reverses, r.year, r.month, r.occurredAt];
      return `(${vals.map((v) => { params.push(v); return `$${params.length}`; }).join(', ')})`;
    });
    await em.query(`INSERT INTO attribution_entry (${ENTRY_COLUMNS.join(', ')}) VALUES ${values.join(', ')}`, params);
  }
}

/** Moves the per-household sums and the bucket totals (amount, households and people with a positive net). */
export async function applySummaries(em: EntityManager, rows: readonly PlannedRow[]): Promise<void> {
  const deltas = [...householdDeltas(rows).values()];
  if (deltas.length === 0) return;
  const existing: { county_code: string; year: number; dim: string; key: string; household_id: string; amount_fen: string }[] = await em.query(
    `SELECT s.county_code, s.year, s.dim, s.key, s.household_id, s.amount_fen
       FROM attribution_household_sum s
       JOIN unnest($1::varchar[], $2::int[], $3::text[], $4::text[], $5::uuid[]) AS k(c, y, d, kk, h)
         ON s.county_code = k.c AND s.year = k.y AND s.dim = k.d AND s.key = k.kk AND s.household_id = k.h
      FOR UPDATE OF s`,
    [deltas.map((d) => d.countyCode), deltas.map((d) => d.year), deltas.map((d) => d.dim), deltas.map((d) => d.key), deltas.map((d) => d.householdId)],
  );
  const before = new Map(existing.map((e) => [sumKey({ countyCode: e.county_code, year: e.year, dim: e.dim as HouseholdDelta['dim'], key: e.key, householdId: e.household_id }), Number(e.amount_fen)]));
  const buckets = new Map<string, { countyCode: string; year: number; dim: string; key: string; amount: number; households: number; people: number }>();
  const after = deltas.map((d) => {
    const old = before.get(sumKey(d)) ?? 0;
    const now = old + d.amountFen;
    const id = bucketKey(d);
    const b = buckets.get(id) ?? { countyCode: d.countyCode, year: d.year, dim: d.dim, key: d.key, amount: 0, households: 0, people: 0 };
    const crossed = (now > 0 ? 1 : 0) - (old > 0 ? 1 : 0);
    b.amount += d.amountFen;
    b.households += crossed;
    b.people += crossed * d.members;
    buckets.set(id, b);
    return { ...d, amountFen: now };
  });
  await em.query(
    `INSERT INTO attribution_household_sum (county_code, year, dim, key, household_id, amount_fen)
     SELECT * FROM unnest($1::varchar[], $2::int[], $3::text[], $4::text[], $5::uuid[], $6::bigint[])
     ON CONFLICT (county_code, year, dim, key, household_id) DO UPDATE SET amount_fen = EXCLUDED.amount_fen`,
    [after.map((d) => d.countyCode), after.map((d) => d.year), after.map((d) => d.dim), after.map((d) => d.key), after.map((d) => d.householdId), after.map((d) => d.amountFen)],
  );
  const bs = [...buckets.values()];
  await em.query(
    `INSERT INTO attribution_bucket_sum AS b (county_code, year, dim, key, amount_fen, households, people)
     SELECT * FROM unnest($1::varchar[], $2::int[], $3::text[], $4::text[], $5::bigint[], $6::int[], $7::int[])
     ON CONFLICT (county_code, year, dim, key) DO UPDATE SET
       amount_fen = b.amount_fen + EXCLUDED.amount_fen, households = b.households + EXCLUDED.households, people = b.people + EXCLUDED.people`,
    [bs.map((b) => b.countyCode), bs.map((b) => b.year), bs.map((b) => b.dim), bs.map((b) => b.key), bs.map((b) => b.amount), bs.map((b) => b.households), bs.map((b) => b.people)],
  );
}
