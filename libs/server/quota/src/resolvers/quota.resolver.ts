import { Args, Extensions, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { WorkUnitService } from '@yigou/server/identity';
import {
  badInput,
  type Connection,
  Ctx,
  decodeCursor,
  encodeCursor,
  forbidden,
  IdPipe,
  pageSize,
  RequestContext,
  Roles,
} from '@yigou/server/core';
import {
  BulletinFileType,
  ExportFormatEnum,
  FileQuotaInput,
  JurisdictionRankingArgs,
  JurisdictionRankingType,
  QuotaFilingConnection,
  QuotaFilingsArgs,
  QuotaFilingType,
  QuotaRuleInput,
  QuotaRuleType,
  QuotaYearSettingInput,
  QuotaYearSettingType,
  UnitQuotaDashboardType,
} from '../dto/quota.types';
import { FilingStatus, QuotaFiling } from '../entities/quota-filing.entity';
import { QuotaYearSetting } from '../entities/quota-year-setting.entity';
import { QuotaRule } from '../entities/quota-rule.entity';
import { QuotaBulletinService } from '../services/quota-bulletin.service';
import { QuotaFilingService } from '../services/quota-filing.service';
import { QuotaProgressService } from '../services/quota-progress.service';
import { QuotaRankingService } from '../services/quota-ranking.service';
import { QuotaTargetService } from '../services/quota-target.service';
import { PaceStatus, RankingSort } from '../services/quota-pace';
import { mayReviewRegion } from '../services/quota-jurisdiction';

@Resolver()
export class QuotaResolver {
  constructor(
    private readonly filings: QuotaFilingService,
    private readonly progress: QuotaProgressService,
    private readonly bulletin: QuotaBulletinService,
    private readonly units: WorkUnitService,
    private readonly rankings: QuotaRankingService,
    private readonly targets: QuotaTargetService,
  ) {}

  @Query(() => [QuotaRuleType], { description: '某辖区某年度的以购代捐规则' })
  quotaRules(@Args('regionCode') regionCode: string, @Args('year', { type: () => Int }) year: number): Promise<QuotaRule[]> {
    return this.filings.rules(regionCode, year);
  }

  @Roles('finance_reviewer', 'platform_admin')
  @Mutation(() => QuotaRuleType, { description: '财政部门：设置辖区年度规则（每种类型一条）' })
  upsertQuotaRule(@Ctx() ctx: RequestContext, @Args('input') input: QuotaRuleInput): Promise<QuotaRule> {
    return this.filings.upsertRule(ctx, input);
  }

  @Roles('finance_reviewer', 'platform_admin')
  @Mutation(() => QuotaYearSettingType, { description: '财政部门：填报期与“完成”口径（是否需评价）' })
  setQuotaYearSetting(@Ctx() ctx: RequestContext, @Args('input') input: QuotaYearSettingInput): Promise<QuotaYearSetting> {
    return this.filings.setYearSetting(ctx, input);
  }

  @Roles('unit_admin')
  @Mutation(() => QuotaFilingType, { description: '单位管理员：在填报期内填报本年度数据' })
  fileQuota(@Ctx() ctx: RequestContext, @Args('input') input: FileQuotaInput): Promise<QuotaFiling> {
    return this.filings.fileQuota(ctx, input);
  }

  @Roles('finance_reviewer', 'platform_admin')
  @Mutation(() => QuotaFilingType, { description: '财政审核：通过，或退回并说明原因' })
  @Extensions({ maxArgLength: { reason: 500 } })
  reviewQuotaFiling(
    @Ctx() ctx: RequestContext,
    @Args('filingId', { type: () => ID }, new IdPipe('找不到该填报')) filingId: string,
    @Args('approve') approve: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ): Promise<QuotaFiling> {
    if (reason && reason.length > 500) throw badInput('退回原因不能超过 500 字', 'reason');
    return this.filings.review(ctx, filingId, approve, reason);
  }

  @Roles('unit_admin', 'finance_reviewer', 'platform_admin')
  @Query(() => QuotaFilingType, { nullable: true, description: '单位某年度的填报' })
  quotaFiling(
    @Ctx() ctx: RequestContext,
    @Args('unitId', { type: () => ID }, new IdPipe('单位不存在')) unitId: string,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<QuotaFiling | null> {
    return this.filings.filing(ctx, unitId, year);
  }

  @Roles('finance_reviewer', 'platform_admin')
  @Query(() => QuotaFilingConnection, { description: '财政审核：辖区内的填报，按填报时间从早到晚分页' })
  async quotaFilings(
    @Ctx() ctx: RequestContext,
    @Args() args: QuotaFilingsArgs,
  ): Promise<Connection<QuotaFiling & { unitName: string | null }>> {
    const { regionCode, year, status } = args;
    if (status && !['submitted', 'approved', 'returned'].includes(status)) throw badInput('状态不正确', 'status');
    const page = await this.filings.filings(ctx, regionCode, year, (status as FilingStatus) ?? null, {
      first: pageSize(args.first),
      after: args.after,
    });
    const unitIds = [...new Set(page.edges.map((e) => e.node.unitId))];
    const names = new Map((await this.units.unitsByIds(unitIds)).map((u) => [u.id, u.name]));
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: { ...e.node, unitName: names.get(e.node.unitId) ?? null } })) };
  }

  @Query(() => UnitQuotaDashboardType, { description: '单位以购代捐进度' })
  unitQuotaDashboard(
    @Ctx() ctx: RequestContext,
    @Args('unitId', { type: () => ID }, new IdPipe('单位不存在')) unitId: string,
    @Args('year', { type: () => Int }) year: number,
  ) {
    return this.progress.unitDashboard(ctx, unitId, year);
  }

  @Roles('finance_reviewer', 'county_admin', 'auditor', 'platform_admin')
  @Query(() => JurisdictionRankingType, { description: '财政/县乡村振兴局：辖区内各单位完成情况排名' })
  async jurisdictionRanking(@Ctx() ctx: RequestContext, @Args() args: JurisdictionRankingArgs): Promise<JurisdictionRankingType> {
    const size = pageSize(args.first);
    const offset = args.after ? Number(decodeCursor(args.after, 1)[0]) : 0;
    if (!Number.isInteger(offset) || offset < 0) throw badInput('分页游标无效', 'after');
    // rank, filters, sort and the page are computed by PostgreSQL from the stored targets and running totals
    const ranking = await this.rankings.ranking(ctx, args.regionCode, args.year, {
      sort: (args.sort as RankingSort | null) ?? 'rank',
      descending: args.descending,
      status: (args.status as PaceStatus | null) ?? null,
      search: args.search,
      offset,
      limit: size,
    });
    const rollUps = await this.rankings.rollUps(
      ranking.rows.map((r) => r.unitId),
      args.year,
      { userId: ctx.user?.id ?? null },
    );
    const end = offset + ranking.rows.length;
    return {
      regionCode: ranking.regionCode,
      year: ranking.year,
      pace: ranking.pace,
      totalCount: ranking.totalCount,
      totals: ranking.totals,
      rows: ranking.rows.map((r) => ({
        ...r,
        rolledUp: rollUps.get(r.unitId) ?? {
          unitCount: 1,
          targetFen: r.targetFen,
          orderedFen: r.orderedFen,
          completedFen: r.completedFen,
          rate: r.rate,
        },
      })),
      pageInfo: { hasNextPage: end < ranking.totalCount, endCursor: ranking.rows.length ? encodeCursor([end]) : null },
    };
  }

  @Roles('finance_reviewer', 'platform_admin')
  @Mutation(() => Int, { description: '财政部门：按当前规则、填报和单位名录重算辖区内各单位的年度目标；返回单位数' })
  async recomputeQuotaTargets(
    @Ctx() ctx: RequestContext,
    @Args('regionCode') regionCode: string,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<number> {
    ctx.requireUser();
    if (!/^\d{6}$/.test(regionCode)) throw badInput('行政区划代码必须是 6 位数字', 'regionCode');
    if (!mayReviewRegion(ctx, regionCode)) throw forbidden('只有本辖区的财政审核人员可以执行此操作');
    return this.targets.recompute(regionCode, year);
  }

  @Roles('finance_reviewer', 'county_admin', 'auditor', 'platform_admin')
  @Query(() => BulletinFileType, { description: '月度通报：导出辖区排名（XLSX 或 CSV，base64）' })
  quotaBulletin(
    @Ctx() ctx: RequestContext,
    @Args('regionCode') regionCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('format', { type: () => ExportFormatEnum }) format: 'xlsx' | 'csv',
  ) {
    return this.bulletin.export(ctx, regionCode, year, format);
  }
}
