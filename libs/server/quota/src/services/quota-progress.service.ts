import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { forbidden, RequestContext } from '@yigou/server/core';
import { CatalogService } from '@yigou/server/catalog';
import { WorkUnit, WorkUnitService } from '@yigou/server/identity';
import type { UnitTarget } from './quota-filing.service';
import { paceStatus, requireJurisdiction, yearPace } from './quota-pace';
import { QuotaRankingService, Ranking } from './quota-ranking.service';
import { QuotaTargetService } from './quota-target.service';

export { paceStatus, yearPace } from './quota-pace';
export type { PaceStatus, RankingSort } from './quota-pace';

interface FiguresRow {
  unit_id: string;
  stored: boolean;
  region_code: string | null;
  unit_name: string | null;
  parent_id: string | null;
  has_canteen: boolean | null;
  headcount: number | null;
  canteen_budget_fen: number | null;
  target_fen: number | null;
  provisional: boolean | null;
  filing_status: string | null;
  ordered_fen: number;
  completed_fen: number;
}

interface UnitFigures {
  targetFen: number;
  provisional: boolean;
  filingStatus: string;
  orderedFen: number;
  completedFen: number;
}

interface LedgerSummary {
  months: { month: number; ordered: number; completed: number }[];
  products: { id: string; amount: number }[];
  suppliers: { id: string; amount: number }[];
  members: { buyer_id: string; ordered: number; completed: number }[] | null;
}

const rateOf = (completed: number, target: number) => (target > 0 ? completed / target : 1);

/** Progress against the target: the unit dashboard, the jurisdiction ranking. */
@Injectable()
export class QuotaProgressService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly units: WorkUnitService,
    private readonly targets: QuotaTargetService,
    private readonly catalog: CatalogService,
    private readonly rankings: QuotaRankingService,
  ) {}

  requireJurisdiction(ctx: RequestContext, regionCode: string): void {
    requireJurisdiction(ctx, regionCode);
  }

  async requireUnitReader(ctx: RequestContext, unit: WorkUnit): Promise<void> {
    const user = ctx.requireUser();
    if (this.units.isUnitAdmin(ctx, unit.id) || user.unitId === unit.id) return;
    if (ctx.canActInRegion('finance_reviewer', unit.regionCode) || ctx.canActInRegion('county_admin', unit.regionCode)) return;
    throw forbidden('您无权查看该单位的进度');
  }

  async totals(unitIds: readonly string[], year: number): Promise<Map<string, { orderedFen: number; completedFen: number }>> {
    if (!unitIds.length) return new Map();
    const rows: { unit_id: string; ordered_fen: string; completed_fen: string }[] = await this.db.query(
      `SELECT unit_id, ordered_fen, completed_fen FROM quota_unit_total WHERE year = $1 AND unit_id = ANY($2::uuid[])`,
      [year, unitIds],
    );
    return new Map(rows.map((r) => [r.unit_id, { orderedFen: Number(r.ordered_fen), completedFen: Number(r.completed_fen) }]));
  }

  /** The whole ranking of a jurisdiction (every row): the bulletin. */
  ranking(ctx: RequestContext, regionCode: string, year: number): Promise<Ranking> {
    return this.rankings.ranking(ctx, regionCode, year);
  }

  /**
   * A unit's dashboard in four statements after the unit's own record and
   * subtree: the subtree's records (主管单位 only), the stored targets with the
   * running totals, and one pass over the unit's ledger rows (an index-only scan
   * of quota_ledger_unit_year_idx) for the monthly trend, top products/suppliers
   * and, for its admins, the members; then the names.
   */
  async unitDashboard(ctx: RequestContext, unitId: string, year: number) {
    const unit = await this.units.unitById(unitId);
    await this.requireUnitReader(ctx, unit);
    const subtree = await this.units.subtreeIds(unitId);
    const subUnits = subtree.length > 1 ? await this.units.unitsByIds(subtree) : [unit];
    const isAdmin = this.units.isUnitAdmin(ctx, unitId);
    const [figures, ledger] = await Promise.all([this.unitFigures(subUnits, year), this.ledgerSummary(unitId, year, isAdmin)]);
    const own = figures.get(unitId) as UnitFigures;
    const rolled = subtree.reduce(
      (s, id) => {
        const c = figures.get(id);
        return {
          orderedFen: s.orderedFen + (c?.orderedFen ?? 0),
          completedFen: s.completedFen + (c?.completedFen ?? 0),
          targetFen: s.targetFen + (c?.targetFen ?? 0),
        };
      },
      { orderedFen: 0, completedFen: 0, targetFen: 0 },
    );
    const { pace, daysLeft } = yearPace(ctx.now, year);
    const rate = rateOf(own.completedFen, own.targetFen);
    const [productNames, supplierNames, users] = await Promise.all([
      this.catalog.productNames(ledger.products.map((p) => p.id)),
      this.catalog.supplierNames(ledger.suppliers.map((s) => s.id)),
      ledger.members?.length ? this.units.usersByIds(ledger.members.map((m) => m.buyer_id)) : Promise.resolve([]),
    ]);
    const userNames = new Map(users.map((u) => [u.id, u.displayName]));
    const members = ledger.members
      ? ledger.members.map((r) => ({
          userId: r.buyer_id,
          displayName: userNames.get(r.buyer_id) ?? '（已注销用户）',
          orderedFen: r.ordered,
          completedFen: r.completed,
        }))
      : null;
    const byMonth = new Map(ledger.months.map((m) => [m.month, m]));
    return {
      unitId,
      unitName: unit.name,
      year,
      targetFen: own.targetFen,
      targetProvisional: own.provisional,
      filingStatus: own.filingStatus as UnitTarget['filingStatus'],
      orderedFen: own.orderedFen,
      completedFen: own.completedFen,
      remainingFen: Math.max(0, own.targetFen - own.completedFen),
      rate,
      pace,
      status: paceStatus(rate, pace),
      daysLeft,
      rolledUp: { unitCount: subtree.length, ...rolled },
      months: Array.from({ length: 12 }, (_, i) => ({
        month: i + 1,
        orderedFen: byMonth.get(i + 1)?.ordered ?? 0,
        completedFen: byMonth.get(i + 1)?.completed ?? 0,
      })),
      topProducts: ledger.products.map((p) => ({ id: p.id, name: productNames.get(p.id) ?? '—', orderedFen: p.amount })),
      topSuppliers: ledger.suppliers.map((s) => ({ id: s.id, name: supplierNames.get(s.id) ?? '—', orderedFen: s.amount })),
      members,
    };
  }

  /**
   * The stored targets (quota_unit_target) and running totals of these units in
   * one statement. A unit without a stored row, or whose stored snapshot differs
   * from its directory record (new unit, headcount/canteen/region/parent edited
   * since the last sync), has its target computed and stored first, so the
   * dashboard never shows a stale target.
   */
  private async unitFigures(units: readonly WorkUnit[], year: number): Promise<Map<string, UnitFigures>> {
    const read = async () => {
      const rows: FiguresRow[] = await this.db.query(
        `SELECT x.unit_id, t.unit_id IS NOT NULL AS stored, t.region_code, t.unit_name, t.parent_id, t.has_canteen, t.headcount, t.canteen_budget_fen::int8::float8 AS canteen_budget_fen,
                t.target_fen::float8 AS target_fen, t.provisional, t.filing_status,
                COALESCE(s.ordered_fen, 0)::float8 AS ordered_fen, COALESCE(s.completed_fen, 0)::float8 AS completed_fen
           FROM unnest($2::uuid[]) AS x(unit_id)
           LEFT JOIN quota_unit_target t ON t.unit_id = x.unit_id AND t.year = $1
           LEFT JOIN quota_unit_total s ON s.unit_id = x.unit_id AND s.year = $1`,
        [year, units.map((u) => u.id)],
      );
      return new Map(rows.map((r) => [r.unit_id, r]));
    };
    let rows = await read();
    const stale = units.filter((u) => {
      const r = rows.get(u.id);
      return (
        !r?.stored ||
        r.region_code !== u.regionCode ||
        r.unit_name !== u.name ||
        r.parent_id !== u.parentId ||
        r.has_canteen !== u.hasCanteen ||
        r.headcount !== u.headcount ||
        r.canteen_budget_fen !== Number(u.canteenBudgetFen)
      );
    });
    if (stale.length) {
      await this.db.transaction((em) => this.targets.store(em, stale, year));
      rows = await read();
    }
    return new Map(
      [...rows.values()].map((r) => [
        r.unit_id,
        {
          targetFen: r.target_fen ?? 0,
          provisional: r.provisional ?? true,
          filingStatus: r.filing_status ?? 'missing',
          orderedFen: r.ordered_fen,
          completedFen: r.completed_fen,
        },
      ]),
    );
  }

  /**
   * One pass over the unit's ledger rows for the year: the monthly trend, top 5 products and suppliers by ordered amount, and (admins)
   * members.
   */
  private async ledgerSummary(unitId: string, year: number, withMembers: boolean): Promise<LedgerSummary> {
    const [row]: LedgerSummary[] = await this.db.query(
      `WITH l AS MATERIALIZED (
         SELECT kind, amount_fen, product_id, supplier_id, buyer_id, occurred_at FROM quota_ledger WHERE unit_id = $1 AND year = $2
       )
       SELECT
         (SELECT COALESCE(json_agg(m ORDER BY m.month), '[]') FROM (
            SELECT extract(month FROM occurred_at AT TIME ZONE 'Asia/Shanghai')::int AS month,
                   COALESCE(SUM(amount_fen) FILTER (WHERE kind = 'ordered'), 0)::float8 AS ordered,
                   COALESCE(SUM(amount_fen) FILTER (WHERE kind = 'completed'), 0)::float8 AS completed
              FROM l GROUP BY 1) m) AS months,
         (SELECT COALESCE(json_agg(p ORDER BY p.amount DESC, p.id), '[]') FROM (
            SELECT product_id AS id, SUM(amount_fen)::float8 AS amount FROM l WHERE kind = 'ordered'
             GROUP BY 1 HAVING SUM(amount_fen) > 0 ORDER BY 2 DESC, 1 LIMIT 5) p) AS products,
         (SELECT COALESCE(json_agg(p ORDER BY p.amount DESC, p.id), '[]') FROM (
            SELECT supplier_id AS id, SUM(amount_fen)::float8 AS amount FROM l WHERE kind = 'ordered'
             GROUP BY 1 HAVING SUM(amount_fen) > 0 ORDER BY 2 DESC, 1 LIMIT 5) p) AS suppliers,
         CASE WHEN $3::bool THEN (SELECT COALESCE(json_agg(b ORDER BY b.ordered DESC, b.buyer_id), '[]') FROM (
            SELECT buyer_id, COALESCE(SUM(amount_fen) FILTER (WHERE kind = 'ordered'), 0)::float8 AS ordered,
                   COALESCE(SUM(amount_fen) FILTER (WHERE kind = 'completed'), 0)::float8 AS completed
              FROM l GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 100) b) END AS members`,
      [unitId, year, withMembers],
    );
    return row;
  }
}
