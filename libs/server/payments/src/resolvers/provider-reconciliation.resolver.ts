import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Roles } from '@yigou/server/core';
import { FINANCE_DESK_ROLES } from '@yigou/shared/domain';
import { ProviderReconciliationService } from '../services/provider-reconciliation.service';
import { PaymentProviderStatus, ProviderReconciliationDesk, ProviderReconciliationRun } from '../dto/provider-reconciliation.types';

@Resolver()
export class ProviderReconciliationResolver {
  constructor(private readonly reconciliation: ProviderReconciliationService) {}

  @Roles(...FINANCE_DESK_ROLES)
  @Query(() => ProviderReconciliationDesk, {
    description: "Platform finance: each provider's latest daily reconciliation and the differences it found",
  })
  providerReconciliation(@Ctx() ctx: RequestContext): Promise<ProviderReconciliationDesk> {
    return this.reconciliation.desk(ctx);
  }

  @Roles(...FINANCE_DESK_ROLES)
  @Mutation(() => [ProviderReconciliationRun], {
    description: 'Platform finance: reconcile one Shanghai day (YYYY-MM-DD, default yesterday) with every provider now',
  })
  runProviderReconciliation(
    @Ctx() ctx: RequestContext,
    @Args('day', { type: () => String, nullable: true }) day: string | null,
  ): Promise<ProviderReconciliationRun[]> {
    return this.reconciliation.runManually(ctx, day ?? null);
  }

  @Roles('platform_admin')
  @Query(() => [PaymentProviderStatus], {
    description: 'Platform admin: which payment providers are live, their last notification and last reconciliation',
  })
  paymentProviderStatus(@Ctx() ctx: RequestContext): Promise<PaymentProviderStatus[]> {
    return this.reconciliation.providerStatus(ctx);
  }
}
