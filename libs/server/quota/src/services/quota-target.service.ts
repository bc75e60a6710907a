import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { trimRegion } from '@yigou/server/core';
import { WorkUnit, WorkUnitService } from '@yigou/server/identity';
import { computeTarget, figuresFromRecord } from './quota-rule.strategies';
import { jurisdictionChain } from './quota-jurisdiction';
import { queryNamed } from '@yigou/server/database';
import {
  ANALYZE_UNIT_TARGETS,
  DEADLINES_OF_REGIONS,
  DELETE_TARGETS_NOT_IN_REGION,
  DELETE_TARGETS_OF_UNITS,
  FILINGS_OF_TWO_YEARS,
  MOVE_UNIT_TOTALS,
  type RuleRow,
  RULES_OF_REGIONS,
  STORED_SNAPSHOTS,
  UPSERT_UNIT_TARGETS,
} from '../sql/quota-target.sql';

/** How long the ranking trusts its snapshot of the unit directory before comparing it again (new or edited units). */
export const UNIT_SYNC_MS = 30_000;

/**
 * Keeps `quota_unit_target` (each unit's effective target for a year) in step
 * with filings, reviews, rules, year settings and the unit directory. Every
 * write takes the caller's transaction so a mutation and the targets it changes
 * commit together.
 */
@Injectable()
export class QuotaTargetService {
  private readonly syncedAt = new Map<string, number>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly units: WorkUnitService,
  ) {}

  /** Computes and stores the targets of these units (directory records) for the year. Returns how many were written. */
  async store(em: EntityManager, units: readonly WorkUnit[], year: number): Promise<number> {
    if (!units.length) return 0;
    const ids = units.map((u) => u.id);
    const names = new Map(units.map((u) => [u.id, u.name]));
    const missingParents = [...new Set(units.map((u) => u.parentId).filter((p): p is string => !!p && !names.has(p)))];
    for (const p of await this.units.unitsByIds(missingParents)) names.set(p.id, p.name);
    const filings = await queryNamed(em, FILINGS_OF_TWO_YEARS, { unitIds: ids, year });
    const current = new Map(filings.filter((f) => f.year === year).map((f) => [f.unit_id, f]));
    const last = new Map(
      filings.filter((f) => f.year === year - 1 && f.status === 'approved').map((f) => [f.unit_id, Number(f.target_fen)]),
    );
    const codes = [...new Set(units.flatMap((u) => jurisdictionChain(u.regionCode)))];
    const [rules, settings] = await Promise.all([
      queryNamed(em, RULES_OF_REGIONS, { year, regionCodes: codes }),
      queryNamed(em, DEADLINES_OF_REGIONS, { year, regionCodes: codes }),
    ]);
    // the most specific jurisdiction (county, city, province) that has any rule / a setting
    const rulesOf = (code: string) => {
      const chain = jurisdictionChain(code);
      const found = chain.find((c) => rules.some((r) => r.regionCode === c));
      return rules.filter((r) => r.regionCode === found);
    };
    const closesOf = (code: string) =>
      jurisdictionChain(code)
        .map((c) => settings.find((s) => s.region_code === c))
        .find(Boolean)?.filing_closes_at ?? null;
    const cols = {
      unit: [] as string[],
      region: [] as string[],
      name: [] as string[],
      parent: [] as (string | null)[],
      parentName: [] as (string | null)[],
    };
    const vals = {
      canteen: [] as boolean[],
      headcount: [] as number[],
      budget: [] as number[],
      target: [] as number[],
      provisional: [] as boolean[],
      status: [] as string[],
      closes: [] as (Date | null)[],
    };
    const rulesCache = new Map<string, RuleRow[]>();
    for (const u of units) {
      if (!rulesCache.has(u.regionCode)) rulesCache.set(u.regionCode, rulesOf(u.regionCode));
      const f = current.get(u.id);
      let targetFen: number;
      if (f?.status === 'approved') targetFen = Number(f.target_fen);
      else targetFen = computeTarget(rulesCache.get(u.regionCode) ?? [], figuresFromRecord(u), last.get(u.id) ?? null).targetFen;
      cols.unit.push(u.id);
      cols.region.push(u.regionCode);
      cols.name.push(u.name);
      cols.parent.push(u.parentId);
      cols.parentName.push(u.parentId ? (names.get(u.parentId) ?? null) : null);
      vals.canteen.push(u.hasCanteen);
      vals.headcount.push(u.headcount);
      vals.budget.push(Number(u.canteenBudgetFen));
      vals.target.push(targetFen);
      vals.provisional.push(f?.status !== 'approved');
      vals.status.push(f?.status ?? 'missing');
      vals.closes.push(closesOf(u.regionCode));
    }
    await queryNamed(em, UPSERT_UNIT_TARGETS, {
      year,
      unitIds: cols.unit,
      regionCodes: cols.region,
      unitNames: cols.name,
      parentIds: cols.parent,
      parentNames: cols.parentName,
      hasCanteens: vals.canteen,
      headcounts: vals.headcount,
      budgets: vals.budget,
      targets: vals.target,
      provisionals: vals.provisional,
      statuses: vals.status,
      closes: vals.closes,
    });
    await queryNamed(em, MOVE_UNIT_TOTALS, { year, unitIds: cols.unit, regionCodes: cols.region });
    return units.length;
  }

  /** Recomputes the stored targets of some units (a filing, a review) in the caller's transaction. */
  async recomputeUnits(em: EntityManager, unitIds: readonly string[], year: number): Promise<number> {
    return this.store(em, await this.units.unitsByIds([...new Set(unitIds)]), year);
  }

  /**
   * Rewrites the targets of every unit of the region (a rule or year-setting
   * change, or an explicit recompute) and drops rows of units no longer in it.
   */
  async recomputeRegion(em: EntityManager, regionCode: string, year: number): Promise<number> {
    const prefix = trimRegion(regionCode);
    const units = await this.units.unitsInRegion(prefix);
    await this.store(em, units, year);
    await queryNamed(em, DELETE_TARGETS_NOT_IN_REGION, { year, regionPrefix: `${prefix}%`, unitIds: units.map((u) => u.id) });
    if (units.length >= 1000) await queryNamed(em, ANALYZE_UNIT_TARGETS, {});
    this.syncedAt.set(`${prefix}:${year}`, Date.now());
    return units.length;
  }

  /** The recompute function: every stored target of the jurisdiction and year, in one transaction. */
  recompute(regionCode: string, year: number): Promise<number> {
    return this.db.transaction((em) => this.recomputeRegion(em, regionCode, year));
  }

  /**
   * Before a ranking: at most every UNIT_SYNC_MS per jurisdiction, compares the
   * stored snapshot with the unit directory and recomputes only units that are
   * new, moved, renamed, re-parented or whose headcount/canteen changed (there is
   * no unit-changed event to listen to). Returns how many rows it wrote.
   */
  async syncRegion(regionCode: string, year: number, force = false): Promise<number> {
    const prefix = trimRegion(regionCode);
    const key = `${prefix}:${year}`;
    if (!force && Date.now() - (this.syncedAt.get(key) ?? 0) < UNIT_SYNC_MS) return 0;
    const units = await this.units.unitsInRegion(prefix);
    const ids = units.map((u) => u.id);
    const rows = await queryNamed(this.db, STORED_SNAPSHOTS, { year, regionPrefix: `${prefix}%`, unitIds: ids });
    const stored = new Map(rows.map((r) => [r.unit_id, r]));
    const names = new Map(units.map((u) => [u.id, u.name]));
    const changed = units.filter((u) => {
      const s = stored.get(u.id);
      return (
        !s ||
        s.region_code !== u.regionCode ||
        s.unit_name !== u.name ||
        s.parent_id !== u.parentId ||
        (u.parentId && names.has(u.parentId) && s.parent_name !== names.get(u.parentId)) ||
        s.has_canteen !== u.hasCanteen ||
        s.headcount !== u.headcount ||
        Number(s.canteen_budget_fen) !== Number(u.canteenBudgetFen)
      );
    });
    const present = new Set(ids);
    const gone = rows.filter((r) => !present.has(r.unit_id)).map((r) => r.unit_id);
    if (changed.length || gone.length) {
      await this.db.transaction(async (em) => {
        await this.store(em, changed, year);
        if (gone.length) await queryNamed(em, DELETE_TARGETS_OF_UNITS, { year, regionPrefix: `${prefix}%`, unitIds: gone });
      });
    }
    this.syncedAt.set(key, Date.now());
    return changed.length + gone.length;
  }
}
