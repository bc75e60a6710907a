import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { advanceOrderCursor, DomainEvent, EventConsumer, EventDispatcher, ORDER_EVENTS, OrderEventPayload } from '@yigou/server/events';
import { WorkUnitService } from '@yigou/server/identity';
import { addToTotals, chinaYear, planLedgerRows, PlannedRow, UnitYearTotals } from './counting-planner';
import { QuotaLedgerEntry, QuotaYearSetting } from './quota-entities';

export const QUOTA_COUNTING_CONSUMER = 'quota-counting';
const COUNTED_TYPES = [ORDER_EVENTS.paid, ORDER_EVENTS.received, ORDER_EVENTS.completed, ORDER_EVENTS.cancelled, ORDER_EVENTS.refunded, ORDER_EVENTS.rebound];

interface LedgerRowSql {
  id: string;
  unit_id: string;
  year: number;
  kind: 'ordered' | 'completed';
  amount_fen: string;
  order_id: string;
  line_id: string;
  product_id: string;
  supplier_id: string;
  buyer_id: string;
  reverses_id: string | null;
  occurred_at: Date;
}

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
export class QuotaCountingService implements OnModuleInit, EventConsumer {
  readonly name = QUOTA_COUNTING_CONSUMER;
  readonly types = COUNTED_TYPES;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dispatcher: EventDispatcher,
    private readonly units: WorkUnitService,
  ) {}

  onModuleInit(): void {
    this.dispatcher.register(this);
  }

  async handle(event: DomainEvent, em: EntityManager): Promise<void> {
    const payload = event.payload as unknown as OrderEventPayload;
    // Events without counting facts (written before the rule had them) count nothing; an older event than one already applied neither.
    if (!payload.state || !(await advanceOrderCursor(em, this.name, payload.orderId, event.id))) return;
    const prior: LedgerRowSql[] = await em.query(`SELECT * FROM quota_ledger WHERE order_id = $1 ORDER BY id FOR UPDATE`, [payload.orderId]);
    const unitId = payload.state.unitId;
    const year = chinaYear(new Date(payload.occurredAt));
    const requiresRating = unitId ? await this.completionRequiresRating(unitId, year, em) : false;
    const rows = planLedgerRows(payload, prior.map(toPlanned), requiresRating);
    if (!rows.length) return;
    const values: unknown[] = [];
    const tuples = rows.map((r, i) => {
      values.push(r.unitId, r.year, r.kind, r.amountFen, event.id, event.type, r.orderId, r.lineId, r.productId, r.supplierId, r.buyerId, r.reversesId, r.occurredAt);
      const b = i * 13;
      return `(${Array.from({ length: 13 }, (_, k) => `$${b + k + 1}`).join(',')})`;
    });
    await em.query(
      `INSERT INTO quota_ledger (unit_id, year, kind, amount_fen, event_id, event_type, order_id, line_id, product_id, supplier_id, buyer_id, reverses_id, occurred_at)
       VALUES ${tuples.join(',')}`,
      values,
    );
    const totals = new Map<string, UnitYearTotals>();
    addToTotals(totals, rows);
    const regions = new Map((await this.units.unitsByIds([...new Set(rows.map((r) => r.unitId))])).map((u) => [u.id, u.regionCode]));
    for (const [key, t] of totals) {
      const [u, y] = key.split(':');
      // an atomic increment: concurrent deliveries for other orders never lose an update
      await em.query(
        `INSERT INTO quota_unit_total (unit_id, year, region_code, ordered_fen, completed_fen) VALUES ($1, $2, $5, $3, $4)
         ON CONFLICT (unit_id, year) DO UPDATE
           SET ordered_fen = quota_unit_total.ordered_fen + EXCLUDED.ordered_fen,
               completed_fen = quota_unit_total.completed_fen + EXCLUDED.completed_fen`,
        [u, Number(y), t.orderedFen, t.completedFen, regions.get(u) ?? ''],
      );
    }
  }

  /** The per-jurisdiction setting of the unit's region (the county's, else its city's or province's). */
  async completionRequiresRating(unitId: string, year: number, em: EntityManager = this.db.manager): Promise<boolean> {
    const [unit] = await this.units.unitsByIds([unitId]);
    return unit ? this.requiresRatingIn(unit.regionCode, year, em) : false;
  }

  private async requiresRatingIn(code: string, year: number, em: EntityManager): Promise<boolean> {
    const candidates = [code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`];
    const settings = await em.getRepository(QuotaYearSetting).find({ where: candidates.map((regionCode) => ({ regionCode, year })) });
    const best = candidates.map((c) => settings.find((s) => s.regionCode === c)).find(Boolean);
    return best?.completionRequiresRating ?? false;
  }

  /**
   * Recomputes every unit's totals from the order events alone (the outbox log),
   * with the same counting rules, without touching the ledger. Key `${unitId}:${year}`.
   */
  async rebuildUnitTotals(): Promise<Map<string, UnitYearTotals>> {
    const events: { id: string; type: string; payload: OrderEventPayload }[] = await this.db.query(
      `SELECT id, type, payload FROM outbox_event WHERE type = ANY($1) ORDER BY id`,
      [COUNTED_TYPES],
    );
    const byOrder = new Map<string, PlannedRow[]>();
    const totals = new Map<string, UnitYearTotals>();
    const ratingCache = new Map<string, boolean>();
    let seq = 0;
    for (const e of events) {
      const prior = byOrder.get(e.payload.orderId) ?? [];
      const unitId = e.payload.state?.unitId ?? null;
      const year = chinaYear(new Date(e.payload.occurredAt));
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
    const rows: { unit_id: string; year: number; ordered: string; completed: string }[] = await this.db.query(
      `SELECT unit_id, year, SUM(amount_fen) FILTER (WHERE kind = 'ordered') AS ordered, SUM(amount_fen) FILTER (WHERE kind = 'completed') AS completed
         FROM quota_ledger GROUP BY unit_id, year`,
    );
    return new Map(rows.map((r) => [`${r.unit_id}:${r.year}`, { orderedFen: Number(r.ordered ?? 0), completedFen: Number(r.completed ?? 0) }]));
  }

  /** Ledger rows of an order, oldest first (for reports and tests). */
  ledgerOfOrder(orderId: string): Promise<QuotaLedgerEntry[]> {
    return this.db.getRepository(QuotaLedgerEntry).find({ where: { orderId }, order: { id: 'ASC' } });
  }
}
