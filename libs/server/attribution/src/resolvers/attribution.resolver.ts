import { Args, Extensions, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, DayRangeArgs, IdPipe, RequestContext, Roles } from '@yigou/server/core';
import { HouseholdService } from '../services/household.service';
import { HouseholdAccessLogService } from '../services/household-access-log.service';
import { BenefitService } from '../services/benefit.service';
import { AttributionReportService } from '../services/attribution-report.service';
import { AttributionRebuildService } from '../services/attribution-rebuild.service';
import { SheetFile } from '../services/spreadsheet';
import {
  AttributionReport,
  AttributionRuleInput,
  AttributionRuleView,
  BenefitLinkInput,
  BenefitLinkView,
  ExportFile,
  HouseholdAccessConnection,
  HouseholdConnection,
  HouseholdImportView,
  HouseholdIncome,
  HouseholdInput,
  HouseholdRevisionView,
  HouseholdView,
  ImportFileInput,
  IncomeAlertConnection,
  OtherIncomeInput,
  OtherIncomeView,
  RebuildResultView,
  ReportRow,
  RevealedHousehold,
  UpdateHouseholdInput,
} from '../dto/attribution.types';
import { shanghaiYear } from '@yigou/shared/time';

const thisYear = () => shanghaiYear(new Date());

/** Household registry, benefit links, rules and attribution reports: county admins (their county) and platform admins. */
const sheetOf = (input: ImportFileInput): SheetFile => ({
  countyCode: input.countyCode,
  format: input.format,
  bytes: Buffer.from(input.contentBase64, 'base64'),
});

@Resolver()
@Roles('county_admin', 'platform_admin')
export class AttributionResolver {
  constructor(
    private readonly registry: HouseholdService,
    private readonly benefits: BenefitService,
    private readonly reports: AttributionReportService,
    private readonly rebuilds: AttributionRebuildService,
    private readonly accessLog: HouseholdAccessLogService,
  ) {}

  @Query(() => HouseholdConnection, { description: '本县建档立卡户（姓名、身份证号已脱敏）' })
  households(
    @Ctx() ctx: RequestContext,
    @Args('countyCode') countyCode: string,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('category', { type: () => String, nullable: true }) category: string | null,
    @Args('villageCode', { type: () => String, nullable: true }) villageCode: string | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.registry.list(ctx, { countyCode, search, category, villageCode, first, after });
  }

  @Query(() => HouseholdView)
  async household(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return (await this.registry.views([await this.registry.get(ctx, id)]))[0];
  }

  @Query(() => [HouseholdRevisionView])
  async householdRevisions(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    const revs = await this.registry.revisions(ctx, id);
    return revs.map((r) => ({
      version: r.version,
      changedBy: r.changedBy,
      changedFields: Object.keys(r.after).map((k) => (k === 'headIdNumberEnc' ? 'idNumber' : k)),
      createdAt: r.createdAt,
    }));
  }

  @Mutation(() => HouseholdView)
  createHousehold(@Ctx() ctx: RequestContext, @Args('countyCode') countyCode: string, @Args('input') input: HouseholdInput) {
    return this.registry.create(ctx, countyCode, input);
  }

  @Mutation(() => HouseholdView)
  updateHousehold(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateHouseholdInput) {
    return this.registry.update(ctx, id, input);
  }

  @Mutation(() => RevealedHousehold, { description: '查看户主姓名与身份证号明文（记录日志）' })
  // the service refuses a reason over 200 characters with its own message; the general argument bound stays above it
  @Extensions({ maxArgLength: { reason: 1000 } })
  revealHousehold(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string) {
    return this.registry.reveal(ctx, id, reason);
  }

  @Mutation(() => HouseholdImportView, {
    deprecationReason:
      'Upload the file as multipart to POST /uploads/households (fields countyCode, file): base64 in the JSON body is bounded by the small JSON body limit (256 KB)',
  })
  importHouseholds(@Ctx() ctx: RequestContext, @Args('input') input: ImportFileInput) {
    return this.registry.importHouseholds(ctx, sheetOf(input));
  }

  @Mutation(() => HouseholdImportView, {
    deprecationReason:
      'Upload the file as multipart to POST /uploads/benefit-links (fields countyCode, file): base64 in the JSON body is bounded by the small JSON body limit (256 KB)',
  })
  importBenefitLinks(@Ctx() ctx: RequestContext, @Args('input') input: ImportFileInput) {
    return this.benefits.importLinks(ctx, sheetOf(input));
  }

  @Query(() => HouseholdImportView, { description: 'progress of an import' })
  householdImport(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.registry.importJob(ctx, id);
  }

  @Query(() => HouseholdAccessConnection, {
    description: '农户信息访问日志（查看明文、导出），最新在前：本县乡村振兴局、审计；可按日期范围（上海时间，含首尾两天），总数只计该范围',
  })
  @Roles('county_admin', 'auditor', 'platform_admin')
  householdAccessLog(
    @Ctx() ctx: RequestContext,
    @Args('countyCode') countyCode: string,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args() days: DayRangeArgs,
  ) {
    return this.accessLog.page(ctx, countyCode, first, after, days);
  }

  @Query(() => ExportFile, {
    description: '导出农户信息访问日志（XLSX，可按日期范围）；超过一次导出的上限时拒绝（EXPORT_TOO_LARGE），不生成不完整的文件',
  })
  @Roles('county_admin', 'auditor', 'platform_admin')
  exportHouseholdAccessLog(@Ctx() ctx: RequestContext, @Args('countyCode') countyCode: string, @Args() days: DayRangeArgs) {
    return this.accessLog.export(ctx, countyCode, days);
  }

  @Mutation(() => ExportFile, { description: '导出农户名册（脱敏，记录日志）' })
  exportHouseholds(@Ctx() ctx: RequestContext, @Args('countyCode') countyCode: string) {
    return this.registry.exportHouseholds(ctx, countyCode);
  }

  @Query(() => [BenefitLinkView])
  benefitLinks(@Ctx() ctx: RequestContext, @Args('householdId', { type: () => ID }) householdId: string) {
    return this.benefits.linksOfHousehold(ctx, householdId).then((ls) => ls.map((l) => ({ ...l, supplierName: null })));
  }

  @Mutation(() => BenefitLinkView)
  async createBenefitLink(@Ctx() ctx: RequestContext, @Args('input') input: BenefitLinkInput) {
    return { ...(await this.benefits.createLink(ctx, input)), supplierName: null };
  }

  @Query(() => [AttributionRuleView])
  async attributionRules(@Ctx() ctx: RequestContext, @Args('supplierId', { type: () => ID }) supplierId: string) {
    return (await this.benefits.rules(ctx, supplierId)).map(BenefitService.view);
  }

  @Mutation(() => AttributionRuleView)
  async createAttributionRule(@Ctx() ctx: RequestContext, @Args('input') input: AttributionRuleInput) {
    return BenefitService.view(await this.benefits.createRule(ctx, input));
  }

  @Mutation(() => OtherIncomeView, { description: '录入销售以外的收入（工资、地租、分红）' })
  recordOtherIncome(@Ctx() ctx: RequestContext, @Args('input') input: OtherIncomeInput) {
    return this.benefits.recordOtherIncome(ctx, input);
  }

  @Query(() => AttributionReport, { description: '县（或市、省）归因报表' })
  @Roles('county_admin', 'auditor', 'platform_admin')
  attributionReport(
    @Ctx() ctx: RequestContext,
    @Args('regionCode') regionCode: string,
    @Args('year', { type: () => Int, nullable: true }) year: number | null,
  ) {
    return this.reports.report(ctx, regionCode, year ?? thisYear());
  }

  @Roles('county_admin', 'auditor', 'platform_admin')
  @Mutation(() => ExportFile, { description: '导出归因报表 XLSX（记录日志）' })
  exportAttributionReport(
    @Ctx() ctx: RequestContext,
    @Args('regionCode') regionCode: string,
    @Args('year', { type: () => Int, nullable: true }) year: number | null,
  ) {
    return this.reports.exportReport(ctx, regionCode, year ?? thisYear());
  }

  @Query(() => ReportRow, { description: '本单位采购带动的脱贫户户数、人数与金额' })
  @Roles('unit_admin', 'unit_purchaser', 'platform_admin')
  unitAttribution(
    @Ctx() ctx: RequestContext,
    @Args('unitId', { type: () => ID }, new IdPipe('单位不存在')) unitId: string,
    @Args('year', { type: () => Int, nullable: true }) year: number | null,
  ) {
    return this.reports.unitReach(ctx, unitId, year ?? thisYear());
  }

  @Query(() => HouseholdIncome, { description: '农户本年收入与贫困线对比' })
  householdIncome(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('year', { type: () => Int, nullable: true }) year: number | null,
  ) {
    return this.reports.householdIncome(ctx, id, year ?? thisYear());
  }

  @Query(() => IncomeAlertConnection, { description: '收入低于贫困线或处于监测区间的农户' })
  incomeAlerts(
    @Ctx() ctx: RequestContext,
    @Args('countyCode') countyCode: string,
    @Args('year', { type: () => Int, nullable: true }) year: number | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.reports.alerts(ctx, countyCode, year ?? thisYear(), first, after);
  }

  @Mutation(() => RebuildResultView, { description: '从订单事件重建归因账本并与现有账本比对（只读）' })
  @Roles('platform_admin')
  rebuildAttribution(@Ctx() ctx: RequestContext) {
    return this.rebuilds.rebuild(ctx);
  }
}
