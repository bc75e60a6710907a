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
import { queryNamed } from '@yigou/server/database';
import { LEDGER_SUMMARY, type LedgerSummary, UNIT_FIGURES, UNIT_TOTALS } from '../sql/quota-progress.sql';

export { paceStatus, yearPace } from './quota-pace';
export type { PaceStatus, RankingSort } from './quota-pace';

interface UnitFigures {
  targetFen: number;
  provisional: boolean;
  filingStatus: string;
  orderedFen: number;
  completedFen: number;
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
    const rows = await queryNamed(this.db, UNIT_TOTALS, { year, unitIds });
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
      const rows = await queryNamed(this.db, UNIT_FIGURES, { year, unitIds: units.map((u) => u.id) });
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
    const [row] = await queryNamed(this.db, LEDGER_SUMMARY, { unitId, year, withMembers });
    return row;
  }
}
