import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Roles } from '@yigou/server/core';
import { LivePeriodArgs, LivePeriodReport, LiveSessionReport } from '../dto/live-report.types';
import { LiveReportService } from '../services/live-report.service';

@Resolver()
export class LiveReportResolver {
  constructor(private readonly reports: LiveReportService) {}

  @Roles('live_host', 'county_admin', 'platform_admin')
  @Query(() => LiveSessionReport)
  liveSessionReport(@Ctx() ctx: RequestContext, @Args('sessionId', { type: () => ID }) sessionId: string): Promise<LiveSessionReport> {
    return this.reports.sessionReport(ctx, sessionId);
  }

  @Roles('live_host', 'county_admin', 'finance_reviewer', 'auditor', 'platform_admin')
  @Query(() => LivePeriodReport, { description: 'A county over a period: per host and per session, sales and tourism sessions apart' })
  livePeriodReport(@Ctx() ctx: RequestContext, @Args() args: LivePeriodArgs): Promise<LivePeriodReport> {
    return this.reports.periodReport(ctx, args.countyCode, args.from, args.to);
  }

  @Roles('live_host', 'county_admin', 'finance_reviewer', 'auditor', 'platform_admin')
  @Query(() => String, { description: 'The period report as an XLSX workbook, base64' })
  async livePeriodReportXlsx(@Ctx() ctx: RequestContext, @Args() args: LivePeriodArgs): Promise<string> {
    return (await this.reports.periodWorkbook(ctx, args.countyCode, args.from, args.to)).toString('base64');
  }
}
