import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Roles } from '@yigou/server/core';
import { ReconciliationRunType, ReconciliationStatusType } from '../dto/reconciliation.types';
import { ReconciliationRun } from '../entities/reconciliation-run.entity';
import { ReconciliationService } from '../services/reconciliation.service';

const toType = (r: ReconciliationRun): ReconciliationRunType => ({
  ...r,
  differences: r.differences.map((d) => ({ ...d, expected: String(d.expected), recorded: String(d.recorded) })),
});

@Resolver()
export class ReconciliationResolver {
  constructor(private readonly reconciliation: ReconciliationService) {}

  @Roles('platform_admin')
  @Mutation(() => ReconciliationRunType, { description: '平台管理员：按订单重新对账（配额、归因、直播），记录本次结果' })
  async runReconciliation(@Ctx() ctx: RequestContext): Promise<ReconciliationRunType> {
    return toType(await this.reconciliation.run('admin', ctx.requireUser().id, ctx.now));
  }

  @Roles('platform_admin')
  @Query(() => ReconciliationRunType, { nullable: true, description: '平台管理员：最近一次对账及其差异' })
  async lastReconciliation(): Promise<ReconciliationRunType | null> {
    const r = await this.reconciliation.last();
    return r ? toType(r) : null;
  }

  @Roles('platform_admin', 'platform_finance', 'county_admin', 'finance_reviewer', 'auditor')
  @Query(() => ReconciliationStatusType, { nullable: true, description: '最近一次对账的时间与是否一致（县、平台看板）' })
  async reconciliationStatus(): Promise<ReconciliationStatusType | null> {
    const r = await this.reconciliation.last();
    return r ? { ranAt: r.finishedAt, clean: r.clean, differenceCount: r.differenceCount } : null;
  }
}
