import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, GraphQLContext, RequestContext, Roles } from '@yigou/server/core';
import { groupByKeys } from '@yigou/server/core';
import { maskPhone } from '@yigou/shared/validation';
import { SupplierStatus, SupplierStatusEnum } from '../../dto/catalog.enums';
import { Supplier } from '../../entities/supplier.entity';
import { SupplierApplicationInput, SupplierDecisionInput, SupplierReviewQueueArgs } from '../dto/supplier-application.input';
import { SupplierOnboardingService } from '../services/supplier-onboarding.service';
import { SupplierReviewStep } from '../entities/supplier-review-step.entity';
import { SupplierApplicationView, SupplierNextStep, SupplierReviewConnection } from '../dto/supplier-onboarding.types';
import { SupplierView } from '../../dto/supplier.view';
import { SupplierReviewStepView } from '../dto/supplier-review-step.view';

@Resolver(() => SupplierView)
export class SupplierOnboardingResolver {
  constructor(private readonly onboarding: SupplierOnboardingService) {}

  @Mutation(() => SupplierView, { description: 'Applies for 入驻; the caller becomes staff of the new (pending) supplier' })
  applyAsSupplier(@Ctx() ctx: RequestContext, @Args('input') input: SupplierApplicationInput): Promise<Supplier> {
    return this.onboarding.apply(ctx, input);
  }

  @Roles('county_admin', 'platform_admin')
  @Mutation(() => SupplierView, { description: 'County admin recommends a pending applicant of their county' })
  recommendSupplier(@Ctx() ctx: RequestContext, @Args('input') input: SupplierDecisionInput): Promise<Supplier> {
    return this.onboarding.decide(ctx, input, 'recommended');
  }

  @Roles('county_admin', 'platform_admin')
  @Mutation(() => SupplierView, { description: 'County admin rejects a pending applicant (reason required)' })
  countyRejectSupplier(@Ctx() ctx: RequestContext, @Args('input') input: SupplierDecisionInput): Promise<Supplier> {
    return this.onboarding.decide(ctx, input, 'county_rejected');
  }

  @Roles('platform_admin')
  @Mutation(() => SupplierView)
  approveSupplier(@Ctx() ctx: RequestContext, @Args('input') input: SupplierDecisionInput): Promise<Supplier> {
    return this.onboarding.decide(ctx, input, 'approved');
  }

  @Roles('platform_admin')
  @Mutation(() => SupplierView, { description: 'Reason required' })
  platformRejectSupplier(@Ctx() ctx: RequestContext, @Args('input') input: SupplierDecisionInput): Promise<Supplier> {
    return this.onboarding.decide(ctx, input, 'platform_rejected');
  }

  @Roles('platform_admin')
  @Mutation(() => SupplierView, { description: 'Suspends an approved supplier: its products leave the shelves (reason required)' })
  suspendSupplier(@Ctx() ctx: RequestContext, @Args('input') input: SupplierDecisionInput): Promise<Supplier> {
    return this.onboarding.decide(ctx, input, 'suspended');
  }

  @Roles('platform_admin')
  @Mutation(() => SupplierView)
  reinstateSupplier(@Ctx() ctx: RequestContext, @Args('input') input: SupplierDecisionInput): Promise<Supplier> {
    return this.onboarding.decide(ctx, input, 'reinstated');
  }

  @Query(() => [SupplierView], { description: 'The suppliers the caller is staff of, in any status' })
  mySuppliers(@Ctx() ctx: RequestContext): Promise<Supplier[]> {
    return this.onboarding.mySuppliers(ctx);
  }

  @Query(() => SupplierView, { description: 'A supplier in any status, for its staff and reviewers' })
  supplierForReview(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Supplier> {
    return this.onboarding.supplierForReview(ctx, id);
  }

  @Roles('county_admin', 'platform_admin')
  @Query(() => SupplierReviewConnection, { description: 'Applications waiting for the caller (county: their counties)' })
  supplierReviewQueue(@Ctx() ctx: RequestContext, @Args() args: SupplierReviewQueueArgs): Promise<SupplierReviewConnection> {
    return this.onboarding.reviewQueue(ctx, args);
  }

  @ResolveField(() => SupplierStatusEnum, { description: '入驻 status' })
  status(@Parent() supplier: Supplier): SupplierStatus {
    return supplier.status;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "Contact phone: in full for the supplier's staff, its county admins and platform admins; masked (138****0004) for everyone else",
  })
  contactPhone(@Parent() s: Supplier, @Context() { ctx }: GraphQLContext): string | null {
    if (!s.contactPhone) return null;
    return this.onboarding.canView(ctx, s) ? s.contactPhone : maskPhone(s.contactPhone);
  }

  @ResolveField(() => SupplierApplicationView, { nullable: true, description: 'Application details; only for its staff and reviewers' })
  application(@Parent() s: Supplier, @Context() { ctx }: GraphQLContext): SupplierApplicationView | null {
    if (!this.onboarding.canView(ctx, s)) return null;
    return {
      supplierId: s.id,
      creditCode: s.creditCode,
      contactName: s.contactName,
      contactPhone: s.contactPhone,
      bankAccountName: s.bankAccountName,
      bankName: s.bankName,
      bankAccountNo: s.bankAccountNo,
      licenseImageUrl: s.licenseImageUrl,
      benefitDescription: s.benefitDescription,
      appliedAt: s.createdAt,
    };
  }

  @ResolveField(() => SupplierNextStep, {
    nullable: true,
    description: 'Who must act next on the application (null when nothing waits); only for its staff and reviewers',
  })
  async nextStep(@Parent() s: Supplier, @Context() { ctx }: GraphQLContext): Promise<SupplierNextStep | null> {
    if (!this.onboarding.canView(ctx, s)) return null;
    return this.onboarding.nextStep(s);
  }

  @ResolveField(() => [SupplierReviewStepView], { description: 'Every 入驻 step with who, when and why; only for its staff and reviewers' })
  async reviewSteps(@Parent() s: Supplier, @Context() { ctx, loaders }: GraphQLContext): Promise<SupplierReviewStep[]> {
    if (!this.onboarding.canView(ctx, s)) return [];
    return loaders
      .get<string, SupplierReviewStep[]>('catalog.reviewSteps', async (ids) =>
        groupByKeys(ids, await this.onboarding.stepsBySupplierIds(ids), (r) => r.supplierId),
      )
      .load(s.id);
  }
}
