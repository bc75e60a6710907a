import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { trimRegion } from '@yigou/server/core';
import { WorkUnit, WorkUnitService } from '@yigou/server/identity';
import { computeTarget, figuresFromRecord, RuleParams } from './quota-rule.strategies';
import { jurisdictionChain } from './quota-jurisdiction';

/** How long the ranking trusts its snapshot of the unit directory before comparing it again (new or edited units). */
export const UNIT_SYNC_MS = 30_000;

interface RuleRow extends RuleParams {
  regionCode: string;
  notLessThanLastYear: boolean;
}

interface SnapshotRow {
  unit_id: string;
  region_code: string;
  unit_name: string;
  parent_id: string | null;
  parent_name: string | null;
  has_canteen: boolean;
  headcount: number;
  canteen_budget_fen: string;
}

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
    const filings: { unit_id: string; year: number; status: string; target_fen: string }[] = await em.query(
      `SELECT unit_id, year, status, target_fen FROM quota_filing WHERE unit_id = ANY($1::uuid[]) AND year IN ($2, $2 - 1)`,
      [ids, year],
    );
    const current = new Map(filings.filter((f) => f.year === year).map((f) => [f.unit_id, f]));
    const last = new Map(
      filings.filter((f) => f.year === year - 1 && f.status === 'approved').map((f) => [f.unit_id, Number(f.target_fen)]),
    );
    const codes = [...new Set(units.flatMap((u) => jurisdictionChain(u.regionCode)))];
    const [rules, settings] = await Promise.all([
      em.query(
        `SELECT region_code AS "regionCode", kind, amount_per_person_fen::float8 AS "amountPerPersonFen", ratio_percent::float8 AS "ratioPercent",
                fixed_amount_fen::float8 AS "fixedAmountFen", not_less_than_last_year AS "notLessThanLastYear"
           FROM quota_rule WHERE year = $1 AND region_code = ANY($2)`,
        [year, codes],
      ) as Promise<RuleRow[]>,
      em.query(`SELECT region_code, filing_closes_at FROM quota_year_setting WHERE year = $1 AND region_code = ANY($2)`, [
        year,
        codes,
      ]) as Promise<{ region_code: string; filing_closes_at: Date }[]>,
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
    await em.query(
      `INSERT INTO quota_unit_target (unit_id, year, region_code, unit_name, parent_id, parent_name, has_canteen, headcount, canteen_budget_fen, target_fen, provisional, filing_status, filing_closes_at, updated_at)
       SELECT x.unit_id, $1, x.region_code, x.unit_name, x.parent_id, x.parent_name, x.has_canteen, x.headcount, x.budget, x.target, x.provisional, x.status, x.closes, now()
         FROM unnest($2::uuid[], $3::varchar[], $4::text[], $5::uuid[], $6::text[], $7::bool[], $8::int[], $9::int8[], $10::int8[], $11::bool[], $12::text[], $13::timestamptz[])
           AS x(unit_id, region_code, unit_name, parent_id, parent_name, has_canteen, headcount, budget, target, provisional, status, closes)
       ON CONFLICT (unit_id, year) DO UPDATE SET
         region_code = EXCLUDED.region_code, unit_name = EXCLUDED.unit_name, parent_id = EXCLUDED.parent_id, parent_name = EXCLUDED.parent_name,
         has_canteen = EXCLUDED.has_canteen, headcount = EXCLUDED.headcount, canteen_budget_fen = EXCLUDED.canteen_budget_fen,
         target_fen = EXCLUDED.target_fen, provisional = EXCLUDED.provisional, filing_status = EXCLUDED.filing_status,
         filing_closes_at = EXCLUDED.filing_closes_at, updated_at = now()`,
      [
        year,
        cols.unit,
        cols.region,
        cols.name,
        cols.parent,
        cols.parentName,
        vals.canteen,
        vals.headcount,
        vals.budget,
        vals.target,
        vals.provisional,
        vals.status,
        vals.closes,
      ],
    );
    // the running totals carry the unit's region for reading a jurisdiction's totals: they follow a region change
    await em.query(
      `UPDATE quota_unit_total t SET region_code = x.region_code FROM unnest($2::uuid[], $3::varchar[]) AS x(unit_id, region_code)
        WHERE t.unit_id = x.unit_id AND t.year = $1 AND t.region_code <> x.region_code`,
      [year, cols.unit, cols.region],
    );
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
    await em.query(`DELETE FROM quota_unit_target WHERE year = $1 AND region_code LIKE $2 AND NOT (unit_id = ANY($3::uuid[]))`, [
      year,
      `${prefix}%`,
      units.map((u) => u.id),
    ]);
    // a jurisdiction's worth of new rows: fresh statistics keep the ranking on a hash join (ANALYZE may run in a transaction)
    if (units.length >= 1000) await em.query(`ANALYZE quota_unit_target`);
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
    const rows: SnapshotRow[] = await this.db.query(
      `SELECT unit_id, region_code, unit_name, parent_id, parent_name, has_canteen, headcount, canteen_budget_fen
         FROM quota_unit_target WHERE year = $1 AND (region_code LIKE $2 OR unit_id = ANY($3::uuid[]))`,
      [year, `${prefix}%`, ids],
    );
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
        if (gone.length)
          await em.query(`DELETE FROM quota_unit_target WHERE year = $1 AND region_code LIKE $2 AND unit_id = ANY($3::uuid[])`, [
            year,
            `${prefix}%`,
            gone,
          ]);
      });
    }
    this.syncedAt.set(key, Date.now());
    return changed.length + gone.length;
  }
}
