import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { badInput, type Connection, forbidden, type KeysetColumns, keysetConnection, notFound, RequestContext } from '@yigou/server/core';
import { WorkUnit, WorkUnitService } from '@yigou/server/identity';
import { computeTarget, figuresFromRecord, UnitFigures } from './quota-rule.strategies';
import { CanteenMode, FilingStatus, QuotaFiling } from '../entities/quota-filing.entity';
import { QuotaYearSetting } from '../entities/quota-year-setting.entity';
import { QuotaRule, QuotaRuleKind } from '../entities/quota-rule.entity';
import { filingWindowClosed } from '../errors';
import { jurisdictionChain, mayReviewRegion } from './quota-jurisdiction';
import { QuotaTargetService } from './quota-target.service';
import { type NamedSql, namedValues, queryNamed } from '@yigou/server/database';
import {
  COUNT_REGION_FILINGS,
  HAS_UNIT_TARGET,
  REGION_FILINGS_OF_TWO_YEARS,
  regionFilingsPageSql,
  SUBMIT_FILING,
  UNIT_FILINGS_OF_TWO_YEARS,
  UPSERT_RULE,
  UPSERT_YEAR_SETTING,
} from '../sql/quota-filing.sql';

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

  /** For rules, windows and lists by region code: see `mayReviewRegion`. */
  private requireFinance(ctx: RequestContext, regionCode: string): void {
    if (!mayReviewRegion(ctx, regionCode)) throw forbidden('只有本辖区的财政审核人员可以执行此操作');
  }

  /** Writes a region's rule or year setting and recomputes the stored targets it governs, in one transaction. */
  private async upsertAndRecompute<P extends string>(
    sql: NamedSql<P, unknown>,
    params: NoInfer<Readonly<Record<P, unknown>>> & { regionCode: string; year: number },
  ): Promise<void> {
    await this.db.transaction(async (em) => {
      await queryNamed(em, sql, params);
      await this.targets.recomputeRegion(em, params.regionCode, params.year);
    });
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
    await this.upsertAndRecompute(UPSERT_RULE, {
      regionCode: input.regionCode,
      year: input.year,
      kind: input.kind,
      amountPerPersonFen: amounts.amountPerPersonFen,
      ratioPercent: amounts.ratioPercent,
      fixedAmountFen: amounts.fixedAmountFen,
      notLessThanLastYear: !!input.notLessThanLastYear,
      note: input.note ?? null,
    });
    return this.db.getRepository(QuotaRule).findOneByOrFail({ regionCode: input.regionCode, year: input.year, kind: input.kind });
  }

  async setYearSetting(
    ctx: RequestContext,
    input: { regionCode: string; year: number; filingOpensAt: Date; filingClosesAt: Date; completionRequiresRating: boolean },
  ): Promise<QuotaYearSetting> {
    this.requireFinance(ctx, input.regionCode);
    if (input.filingClosesAt <= input.filingOpensAt) throw badInput('填报截止时间必须晚于开始时间', 'filingClosesAt');
    // the deadline decides which units are overdue in the ranking
    await this.upsertAndRecompute(UPSERT_YEAR_SETTING, {
      regionCode: input.regionCode,
      year: input.year,
      filingOpensAt: input.filingOpensAt,
      filingClosesAt: input.filingClosesAt,
      completionRequiresRating: input.completionRequiresRating,
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
      const inserted = await queryNamed(em, SUBMIT_FILING, {
        unitId: unit.id,
        year: input.year,
        regionCode: unit.regionCode,
        headcount: figures.headcount,
        canteenMode: figures.canteenMode,
        canteenBudgetFen: figures.canteenBudgetFen,
        ratioPercent: figures.ratioPercent,
        unionBudgetFen: figures.unionBudgetFen,
        targetFen,
        filedBy: user.id,
        filedAt: ctx.now,
      });
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
    if (!filing || !mayReviewRegion(ctx, filing.regionCode)) throw notFound('找不到该填报');
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
      const next = await queryNamed(em, HAS_UNIT_TARGET, { unitId: filing.unitId, year: filing.year + 1 });
      if (next.length) await this.targets.recomputeUnits(em, [filing.unitId], filing.year + 1);
    });
    return this.db.getRepository(QuotaFiling).findOneByOrFail({ id: filingId });
  }

  async filing(ctx: RequestContext, unitId: string, year: number): Promise<QuotaFiling | null> {
    const unit = await this.units.unitById(unitId);
    if (!this.units.isUnitAdmin(ctx, unitId) && !mayReviewRegion(ctx, unit.regionCode)) throw forbidden();
    return this.db.getRepository(QuotaFiling).findOneBy({ unitId, year });
  }

  /** A region's filings of a year, oldest first, a page at a time (`page.first` already checked by pageSize()). */
  async filings(
    ctx: RequestContext,
    regionCode: string,
    year: number,
    status: FilingStatus | null,
    page: { first: number; after?: string | null },
  ): Promise<Connection<QuotaFiling>> {
    this.requireFinance(ctx, regionCode);
    const filter = { regionPrefix: `${regionCode}%`, year, status };
    const [{ n }] = await queryNamed(this.db, COUNT_REGION_FILINGS, filter);
    const sql = regionFilingsPageSql(page.after, page.first + 1);
    const rows: (QuotaFiling & KeysetColumns)[] = await this.db.query(sql.page.text, [
      ...namedValues(sql.page, filter),
      ...sql.keysetParams,
    ]);
    return keysetConnection<QuotaFiling>(rows, rows, page.first, n);
  }

  private async approvedTarget(unitId: string, year: number): Promise<number | null> {
    const f = await this.db.getRepository(QuotaFiling).findOneBy({ unitId, year, status: 'approved' });
    return f ? f.targetFen : null;
  }

  /** Each unit's target for the year: the approved filing's, else computed from the unit's record (provisional). */
  async targetsFor(units: readonly WorkUnit[], year: number, now: Date, regionPrefix?: string): Promise<Map<string, UnitTarget>> {
    const ids = units.map((u) => u.id);
    // a whole jurisdiction reads its filings by region (one index range); a few units by id
    const filings = !ids.length
      ? []
      : regionPrefix !== undefined
        ? await queryNamed(this.db, REGION_FILINGS_OF_TWO_YEARS, { regionPrefix: `${regionPrefix}%`, year, lastYear: year - 1 })
        : await queryNamed(this.db, UNIT_FILINGS_OF_TWO_YEARS, { unitIds: ids, year, lastYear: year - 1 });
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
