import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  COUNTED_ORDER_EVENTS,
  CountedOrderEventType,
  DomainEvent,
  EventConsumer,
  EventDispatcher,
  eventsOfTypes,
  eventsToApply,
  ratingYear,
} from '@yigou/server/events';
import { WorkUnitService } from '@yigou/server/identity';
import { addToTotals, planLedgerRows, PlannedRow, UnitYearTotals } from './counting-planner';
import { QuotaLedgerEntry } from '../entities/quota-ledger-entry.entity';
import { QuotaYearSetting } from '../entities/quota-year-setting.entity';
import { queryNamed } from '@yigou/server/database';
import { ADD_UNIT_TOTALS, INSERT_LEDGER_ROWS, LEDGER_TOTALS, LOCK_ORDERS_LEDGER, type LedgerRowSql } from '../sql/quota-counting.sql';

export const QUOTA_COUNTING_CONSUMER = 'quota-counting';

const toPlanned = (r: LedgerRowSql): PlannedRow => ({
  id: String(r.id),
  unitId: r.unit_id,
  year: r.year,
  kind: r.kind,
  amountFen: Number(r.amount_fen),
  orderId: r.order_id,
  lineId: r.line_id,
  productId: r.product_id,
  supplierId: r.supplier_id,
  buyerId: r.buyer_id,
  reversesId: r.reverses_id === null ? null : String(r.reverses_id),
  occurredAt: r.occurred_at,
});

/**
 * 计入: counts order events into the append-only ledger and the per-unit running
 * totals, in the dispatcher's transaction (so each event counts exactly once).
 */
@Injectable()
export class QuotaCountingService implements OnModuleInit, EventConsumer<CountedOrderEventType> {
  readonly name = QUOTA_COUNTING_CONSUMER;
  readonly types = COUNTED_ORDER_EVENTS;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dispatcher: EventDispatcher,
    private readonly units: WorkUnitService,
  ) {}

  onModuleInit(): void {
    this.dispatcher.register(this);
  }

  handle(event: DomainEvent<CountedOrderEventType>, em: EntityManager): Promise<void> {
    return this.handleBatch([event], em);
  }

  /**
   * Counts a batch of order events (at most one per order): the cursors in one statement, the orders' ledger rows in
   * one read, the units and their jurisdictions' rating settings in one read each, then each event planned by the
   * pure planner against its order's rows, one ledger insert and one totals upsert for the batch.
   */
  async handleBatch(events: readonly DomainEvent<CountedOrderEventType>[], em: EntityManager): Promise<void> {
    // Events without counting facts (written before the rule had them) count nothing; an older event than one already applied neither.
    const withFacts = events.map((e) => ({ event: e, p: e.payload })).filter((x) => x.p.state);
    const todo = await eventsToApply(em, this.name, withFacts);
    if (!todo.length) return;
    const prior = await queryNamed(em, LOCK_ORDERS_LEDGER, { orderIds: todo.map((x) => x.p.orderId) });
    const priorOf = new Map<string, PlannedRow[]>();
    for (const r of prior) priorOf.set(r.order_id, [...(priorOf.get(r.order_id) ?? []), toPlanned(r)]);
    const asked = todo.flatMap((x) =>
      x.p.state?.unitId ? [{ unitId: x.p.state.unitId, year: ratingYear(x.p.state, x.p.occurredAt) }] : [],
    );
    const { requiresRating, regionOf } = await this.ratingRule(
      asked,
      em,
      prior.map((r) => r.unit_id),
    );
    const rows: (PlannedRow & { eventId: string; eventType: string })[] = [];
    for (const { event, p } of todo) {
      const unitId = p.state?.unitId;
      const planned = planLedgerRows(
        p,
        priorOf.get(p.orderId) ?? [],
        unitId ? requiresRating(unitId, ratingYear(p.state!, p.occurredAt)) : false,
      );
      rows.push(...planned.map((r) => ({ ...r, eventId: event.id, eventType: event.type })));
    }
    if (!rows.length) return;
    await queryNamed(em, INSERT_LEDGER_ROWS, {
      unitIds: rows.map((r) => r.unitId),
      years: rows.map((r) => r.year),
      kinds: rows.map((r) => r.kind),
      amountFens: rows.map((r) => r.amountFen),
      eventIds: rows.map((r) => r.eventId),
      eventTypes: rows.map((r) => r.eventType),
      orderIds: rows.map((r) => r.orderId),
      lineIds: rows.map((r) => r.lineId),
      productIds: rows.map((r) => r.productId),
      supplierIds: rows.map((r) => r.supplierId),
      buyerIds: rows.map((r) => r.buyerId),
      reversesIds: rows.map((r) => r.reversesId),
      occurredAts: rows.map((r) => r.occurredAt),
    });
    const totals = new Map<string, UnitYearTotals>();
    addToTotals(totals, rows);
    const keys = [...totals.keys()].map((k) => k.split(':'));
    const sums = [...totals.values()];
    await queryNamed(em, ADD_UNIT_TOTALS, {
      unitIds: keys.map(([u]) => u),
      years: keys.map(([, y]) => Number(y)),
      regionCodes: keys.map(([u]) => regionOf.get(u) ?? ''),
      orderedFens: sums.map((t) => t.orderedFen),
      completedFens: sums.map((t) => t.completedFen),
    });
  }

  /** The per-jurisdiction setting of the unit's region (the county's, else its city's or province's). */
  async completionRequiresRating(unitId: string, year: number, em: EntityManager = this.db.manager): Promise<boolean> {
    return (await this.ratingRule([{ unitId, year }], em)).requiresRating(unitId, year);
  }

  /**
   * The rating setting for every (unit, year) asked, from one read of the units and one of the settings of their
   * counties, cities and provinces; and each unit's region (also of `moreUnits`).
   */
  async ratingRule(
    asked: readonly { unitId: string; year: number }[],
    em: EntityManager = this.db.manager,
    moreUnits: readonly string[] = [],
  ): Promise<{ requiresRating: (unitId: string, year: number) => boolean; regionOf: Map<string, string> }> {
    const unitIds = [...new Set([...asked.map((a) => a.unitId), ...moreUnits])];
    const regionOf = new Map((await this.units.unitsByIds(unitIds)).map((u) => [u.id, u.regionCode]));
    const candidates = (code: string) => [code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`];
    const codes = [...new Set(asked.flatMap((a) => (regionOf.has(a.unitId) ? candidates(regionOf.get(a.unitId) as string) : [])))];
    const years = [...new Set(asked.map((a) => a.year))];
    const settings = codes.length
      ? await em.getRepository(QuotaYearSetting).find({ where: { regionCode: In(codes), year: In(years) } })
      : [];
    const setting = new Map(settings.map((s) => [`${s.regionCode}:${s.year}`, s.completionRequiresRating]));
    const requiresRating = (unitId: string, year: number): boolean => {
      const code = regionOf.get(unitId);
      if (!code) return false;
      const best = candidates(code).find((c) => setting.has(`${c}:${year}`));
      return best ? (setting.get(`${best}:${year}`) as boolean) : false;
    };
    return { requiresRating, regionOf };
  }

  /**
   * Recomputes every unit's totals from the order events alone (the outbox log),
   * with the same counting rules, without touching the ledger. Key `${unitId}:${year}`.
   */
  async rebuildUnitTotals(): Promise<Map<string, UnitYearTotals>> {
    const events = await eventsOfTypes(this.db, COUNTED_ORDER_EVENTS);
    const byOrder = new Map<string, PlannedRow[]>();
    const totals = new Map<string, UnitYearTotals>();
    const ratingCache = new Map<string, boolean>();
    let seq = 0;
    for (const e of events) {
      const prior = byOrder.get(e.payload.orderId) ?? [];
      const unitId = e.payload.state?.unitId ?? null;
      const year = ratingYear(e.payload.state ?? {}, e.payload.occurredAt);
      const cacheKey = `${unitId}:${year}`;
      if (unitId && !ratingCache.has(cacheKey)) ratingCache.set(cacheKey, await this.completionRequiresRating(unitId, year));
      const rows = planLedgerRows(e.payload, prior, ratingCache.get(cacheKey) ?? false).map((r) => ({ ...r, id: `m${++seq}` }));
      byOrder.set(e.payload.orderId, [...prior, ...rows]);
      addToTotals(totals, rows);
    }
    return totals;
  }

  /** Totals as the ledger has them (sum of its rows). */
  async ledgerTotals(): Promise<Map<string, UnitYearTotals>> {
    const rows = await queryNamed(this.db, LEDGER_TOTALS, {});
    return new Map(
      rows.map((r) => [`${r.unit_id}:${r.year}`, { orderedFen: Number(r.ordered ?? 0), completedFen: Number(r.completed ?? 0) }]),
    );
  }

  /** Ledger rows of an order, oldest first (for reports and tests). */
  ledgerOfOrder(orderId: string): Promise<QuotaLedgerEntry[]> {
    return this.db.getRepository(QuotaLedgerEntry).find({ where: { orderId }, order: { id: 'ASC' } });
  }
}
