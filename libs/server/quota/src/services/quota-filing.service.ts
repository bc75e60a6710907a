import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { badInput, forbidden, notFound, RequestContext } from '@yigou/server/core';
import { WorkUnit, WorkUnitService } from '@yigou/server/identity';
import { computeTarget, figuresFromRecord, UnitFigures } from './quota-rule.strategies';
import { CanteenMode, FilingStatus, QuotaFiling } from '../entities/quota-filing.entity';
import { QuotaYearSetting } from '../entities/quota-year-setting.entity';
import { QuotaRule, QuotaRuleKind } from '../entities/quota-rule.entity';
import { filingWindowClosed } from '../errors';
import { jurisdictionChain } from './quota-jurisdiction';
import { QuotaTargetService } from './quota-target.service';

export interface QuotaRuleInputData {
  regionCode: string;
  year: number;
  kind: QuotaRuleKind;
  amountPerPersonFen?: number | null;
  ratioPercent?: number | null;
  fixedAmountFen?: number | null;
  notLessThanLastYear?: boolean | null;
  note?: string | null;
}

export interface FilingInputData {
  unitId: string;
  year: number;
  headcount: number;
  canteenMode: CanteenMode;
  canteenBudgetFen: number;
  ratioPercent?: number | null;
  unionBudgetFen: number;
}

export interface UnitTarget {
  targetFen: number;
  /** true while no filing is approved: computed from the unit's record. */
  provisional: boolean;
  filingStatus: FilingStatus | 'missing';
  /** The window has closed and the filing is not approved. */
  overdue: boolean;
}

export { jurisdictionChain };

/** Quota rules, filing windows, the units' yearly filings and their review; the targets they give. */
@Injectable()
export class QuotaFilingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly units: WorkUnitService,
    private readonly targets: QuotaTargetService,
  ) {}

  private requireFinance(ctx: RequestContext, regionCode: string): void {
    if (!ctx.canActInRegion('finance_reviewer', regionCode)) throw forbidden('只有本辖区的财政审核人员可以执行此操作');
  }

  rules(regionCode: string, year: number): Promise<QuotaRule[]> {
    return this.db.getRepository(QuotaRule).find({ where: { regionCode, year }, order: { kind: 'ASC' } });
  }

  async upsertRule(ctx: RequestContext, input: QuotaRuleInputData): Promise<QuotaRule> {
    this.requireFinance(ctx, input.regionCode);
    const amounts = {
      amountPerPersonFen: null as number | null,
      ratioPercent: null as number | null,
      fixedAmountFen: null as number | null,
    };
    if (input.kind === 'per_capita') {
      if (!input.amountPerPersonFen || input.amountPerPersonFen <= 0) throw badInput('人均金额必须大于 0', 'amountPerPersonFen');
      amounts.amountPerPersonFen = input.amountPerPersonFen;
    } else if (input.kind === 'fixed_amount') {
      if (!input.fixedAmountFen || input.fixedAmountFen <= 0) throw badInput('固定金额必须大于 0', 'fixedAmountFen');
      amounts.fixedAmountFen = input.fixedAmountFen;
    } else {
      const r = input.ratioPercent ?? 0;
      if (!(r > 0 && r <= 100)) throw badInput('比例必须大于 0% 且不超过 100%', 'ratioPercent');
      amounts.ratioPercent = r;
    }
    // the rule and the stored targets of every unit it governs change together
    await this.db.transaction(async (em) => {
      await em.query(
        `INSERT INTO quota_rule (region_code, year, kind, amount_per_person_fen, ratio_percent, fixed_amount_fen, not_less_than_last_year, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT ON CONSTRAINT quota_rule_region_year_kind_key DO UPDATE SET
         amount_per_person_fen = EXCLUDED.amount_per_person_fen, ratio_percent = EXCLUDED.ratio_percent,
         fixed_amount_fen = EXCLUDED.fixed_amount_fen, not_less_than_last_year = EXCLUDED.not_less_than_last_year, note = EXCLUDED.note`,
        [
          input.regionCode,
          input.year,
          input.kind,
          amounts.amountPerPersonFen,
          amounts.ratioPercent,
          amounts.fixedAmountFen,
          !!input.notLessThanLastYear,
          input.note ?? null,
        ],
      );
      await this.targets.recomputeRegion(em, input.regionCode, input.year);
    });
    return this.db.getRepository(QuotaRule).findOneByOrFail({ regionCode: input.regionCode, year: input.year, kind: input.kind });
  }

  async setYearSetting(
    ctx: RequestContext,
    input: { regionCode: string; year: number; filingOpensAt: Date; filingClosesAt: Date; completionRequiresRating: boolean },
  ): Promise<QuotaYearSetting> {
    this.requireFinance(ctx, input.regionCode);
    if (input.filingClosesAt <= input.filingOpensAt) throw badInput('填报截止时间必须晚于开始时间', 'filingClosesAt');
    await this.db.transaction(async (em) => {
      await em.query(
        `INSERT INTO quota_year_setting (region_code, year, filing_opens_at, filing_closes_at, completion_requires_rating)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT quota_year_setting_region_year_key DO UPDATE SET
         filing_opens_at = EXCLUDED.filing_opens_at, filing_closes_at = EXCLUDED.filing_closes_at,
         completion_requires_rating = EXCLUDED.completion_requires_rating, updated_at = now()`,
        [input.regionCode, input.year, input.filingOpensAt, input.filingClosesAt, input.completionRequiresRating],
      );
      // the deadline decides which units are overdue in the ranking
      await this.targets.recomputeRegion(em, input.regionCode, input.year);
    });
    return this.db.getRepository(QuotaYearSetting).findOneByOrFail({ regionCode: input.regionCode, year: input.year });
  }

  /** The setting that governs a unit's region: its county's, else its city's or province's. */
  async settingFor(regionCode: string, year: number): Promise<QuotaYearSetting | null> {
    const chain = jurisdictionChain(regionCode);
    const rows = await this.db.getRepository(QuotaYearSetting).findBy({ regionCode: In(chain), year });
    return chain.map((c) => rows.find((r) => r.regionCode === c)).find(Boolean) ?? null;
  }

  /** The rules of the most specific jurisdiction (county, city, province) that has any for the year. */
  async rulesFor(regionCode: string, year: number): Promise<QuotaRule[]> {
    const chain = jurisdictionChain(regionCode);
    const rows = await this.db.getRepository(QuotaRule).findBy({ regionCode: In(chain), year });
    const code = chain.find((c) => rows.some((r) => r.regionCode === c));
    return rows.filter((r) => r.regionCode === code);
  }

  async fileQuota(ctx: RequestContext, input: FilingInputData): Promise<QuotaFiling> {
    const user = ctx.requireUser();
    if (!ctx.grantsFor('unit_admin').some((g) => g.unitId === input.unitId)) throw forbidden('只能为本单位填报');
    if (!Number.isInteger(input.headcount) || input.headcount < 0) throw badInput('在编人数不能为负数', 'headcount');
    if (input.canteenBudgetFen < 0) throw badInput('食堂采购预算不能为负数', 'canteenBudgetFen');
    if (input.unionBudgetFen < 0) throw badInput('工会经费不能为负数', 'unionBudgetFen');
    if (input.ratioPercent !== null && input.ratioPercent !== undefined && !(input.ratioPercent > 0 && input.ratioPercent <= 100)) {
      throw badInput('预留比例必须大于 0% 且不超过 100%', 'ratioPercent');
    }
    const unit = await this.units.unitById(input.unitId);
    const setting = await this.settingFor(unit.regionCode, input.year);
    if (!setting) throw filingWindowClosed();
    if (ctx.now < setting.filingOpensAt || ctx.now > setting.filingClosesAt)
      throw filingWindowClosed(setting.filingOpensAt, setting.filingClosesAt);
    const figures: UnitFigures = {
      headcount: input.headcount,
      canteenMode: input.canteenMode,
      canteenBudgetFen: input.canteenMode === 'none' ? 0 : input.canteenBudgetFen,
      ratioPercent: input.ratioPercent ?? null,
      unionBudgetFen: input.unionBudgetFen,
    };
    const [rules, lastYear] = await Promise.all([this.rulesFor(unit.regionCode, input.year), this.approvedTarget(unit.id, input.year - 1)]);
    const { targetFen } = computeTarget(rules, figures, lastYear);
    const rows: { id: string }[] = await this.db.transaction(async (em) => {
      const inserted: { id: string }[] = await em.query(
        `INSERT INTO quota_filing (unit_id, year, region_code, headcount, canteen_mode, canteen_budget_fen, ratio_percent, union_budget_fen, target_fen, status, return_reason, filed_by, filed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'submitted', NULL, $10, $11)
       ON CONFLICT ON CONSTRAINT quota_filing_unit_year_key DO UPDATE SET
         headcount = EXCLUDED.headcount, canteen_mode = EXCLUDED.canteen_mode, canteen_budget_fen = EXCLUDED.canteen_budget_fen,
         ratio_percent = EXCLUDED.ratio_percent, union_budget_fen = EXCLUDED.union_budget_fen, target_fen = EXCLUDED.target_fen,
         status = 'submitted', return_reason = NULL, filed_by = EXCLUDED.filed_by, filed_at = EXCLUDED.filed_at,
         reviewed_by = NULL, reviewed_at = NULL
       WHERE quota_filing.status <> 'approved'
       RETURNING id`,
        [
          unit.id,
          input.year,
          unit.regionCode,
          figures.headcount,
          figures.canteenMode,
          figures.canteenBudgetFen,
          figures.ratioPercent,
          figures.unionBudgetFen,
          targetFen,
          user.id,
          ctx.now,
        ],
      );
      // the filing's status shows in the ranking at once
      if (inserted.length) await this.targets.recomputeUnits(em, [unit.id], input.year);
      return inserted;
    });
    if (!rows.length) throw badInput('本年度填报已审核通过，不能再修改', 'year');
    return this.db.getRepository(QuotaFiling).findOneByOrFail({ id: rows[0].id });
  }

  async review(ctx: RequestContext, filingId: string, approve: boolean, reason: string | null): Promise<QuotaFiling> {
    const user = ctx.requireUser();
    const filing = await this.db.getRepository(QuotaFiling).findOneBy({ id: filingId });
    if (!filing) throw notFound('找不到该填报');
    this.requireFinance(ctx, filing.regionCode);
    const why = reason?.trim() ?? '';
    if (!approve && !why) throw badInput('退回时必须填写原因', 'reason');
    await this.db.transaction(async (em) => {
      const res = await em
        .createQueryBuilder()
        .update(QuotaFiling)
        .set({ status: approve ? 'approved' : 'returned', returnReason: approve ? null : why, reviewedBy: user.id, reviewedAt: ctx.now })
        .where('id = :id AND status = :s', { id: filingId, s: 'submitted' })
        .execute();
      if (!res.affected) throw badInput('该填报不在待审核状态', 'filingId');
      // an approved filing fixes the unit's target; next year's "not less than last year" may follow it
      await this.targets.recomputeUnits(em, [filing.unitId], filing.year);
      const next: unknown[] = await em.query(`SELECT 1 FROM quota_unit_target WHERE unit_id = $1 AND year = $2`, [
        filing.unitId,
        filing.year + 1,
      ]);
      if (next.length) await this.targets.recomputeUnits(em, [filing.unitId], filing.year + 1);
    });
    return this.db.getRepository(QuotaFiling).findOneByOrFail({ id: filingId });
  }

  async filing(ctx: RequestContext, unitId: string, year: number): Promise<QuotaFiling | null> {
    const unit = await this.units.unitById(unitId);
    if (!this.units.isUnitAdmin(ctx, unitId) && !ctx.canActInRegion('finance_reviewer', unit.regionCode)) throw forbidden();
    return this.db.getRepository(QuotaFiling).findOneBy({ unitId, year });
  }

  async filings(ctx: RequestContext, regionCode: string, year: number, status: FilingStatus | null): Promise<QuotaFiling[]> {
    this.requireFinance(ctx, regionCode);
    return this.db.query(
      `SELECT id, unit_id AS "unitId", year, region_code AS "regionCode", headcount, canteen_mode AS "canteenMode",
              canteen_budget_fen::float8 AS "canteenBudgetFen", ratio_percent::float8 AS "ratioPercent", union_budget_fen::float8 AS "unionBudgetFen",
              target_fen::float8 AS "targetFen", status, return_reason AS "returnReason", filed_by AS "filedBy", filed_at AS "filedAt",
              reviewed_by AS "reviewedBy", reviewed_at AS "reviewedAt"
         FROM quota_filing WHERE region_code LIKE $1 AND year = $2 AND ($3::text IS NULL OR status = $3) ORDER BY filed_at LIMIT 500`,
      [`${regionCode}%`, year, status],
    );
  }

  private async approvedTarget(unitId: string, year: number): Promise<number | null> {
    const f = await this.db.getRepository(QuotaFiling).findOneBy({ unitId, year, status: 'approved' });
    return f ? f.targetFen : null;
  }

  /** Each unit's target for the year: the approved filing's, else computed from the unit's record (provisional). */
  async targetsFor(units: readonly WorkUnit[], year: number, now: Date, regionPrefix?: string): Promise<Map<string, UnitTarget>> {
    const ids = units.map((u) => u.id);
    type FilingRow = { unit_id: string; year: number; status: FilingStatus; target_fen: string };
    // a whole jurisdiction reads its filings by region (one index range); a few units by id
    const filings: FilingRow[] = !ids.length
      ? []
      : regionPrefix !== undefined
        ? await this.db.query(`SELECT unit_id, year, status, target_fen FROM quota_filing WHERE region_code LIKE $1 AND year IN ($2, $3)`, [
            `${regionPrefix}%`,
            year,
            year - 1,
          ])
        : await this.db.query(`SELECT unit_id, year, status, target_fen FROM quota_filing WHERE unit_id = ANY($1) AND year IN ($2, $3)`, [
            ids,
            year,
            year - 1,
          ]);
    const current = new Map(filings.filter((f) => f.year === year).map((f) => [f.unit_id, f]));
    const last = new Map(
      filings.filter((f) => f.year === year - 1 && f.status === 'approved').map((f) => [f.unit_id, Number(f.target_fen)]),
    );
    const rulesByRegion = new Map<string, QuotaRule[]>();
    const settingByRegion = new Map<string, QuotaYearSetting | null>();
    const out = new Map<string, UnitTarget>();
    for (const u of units) {
      if (!rulesByRegion.has(u.regionCode)) {
        rulesByRegion.set(u.regionCode, await this.rulesFor(u.regionCode, year));
        settingByRegion.set(u.regionCode, await this.settingFor(u.regionCode, year));
      }
      const f = current.get(u.id);
      const setting = settingByRegion.get(u.regionCode);
      const overdue = !!setting && now > setting.filingClosesAt && f?.status !== 'approved';
      if (f?.status === 'approved') {
        out.set(u.id, { targetFen: Number(f.target_fen), provisional: false, filingStatus: 'approved', overdue });
        continue;
      }
      const { targetFen } = computeTarget(rulesByRegion.get(u.regionCode) ?? [], figuresFromRecord(u), last.get(u.id) ?? null);
      out.set(u.id, { targetFen, provisional: true, filingStatus: f?.status ?? 'missing', overdue });
    }
    return out;
  }
}
