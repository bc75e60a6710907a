import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, GraphQLContext, RequestContext, Roles } from '@yigou/server/core';
import { CatalogService, Product, ProductSku } from '@yigou/server/catalog';
import { LiveSession } from '../../entities/live-session.entity';
import { LiveSessionService } from '../../services/live-session.service';
import { liveProduct, liveSku } from '../../resolvers/live-session.resolver';
import { AnswerLiveOfferRequestInput, LiveOfferRequestsArgs, RequestLiveOfferInput } from '../../dto/live-session.input';
import { LiveOfferRequest } from '../entities/live-offer-request.entity';
import { LiveOfferRequestService } from '../services/live-offer-request.service';
import { LiveOfferRequestConnection } from '../dto/live-offer-request.types';
import { LiveOfferRequestView } from '../dto/live-offer-request.view';
import { LiveSessionView } from '../../dto/live-session.view';
import { ProductView, ProductSkuView } from '@yigou/server/catalog';

@Resolver(() => LiveOfferRequestView)
export class LiveOfferRequestResolver {
  constructor(
    private readonly requests: LiveOfferRequestService,
    private readonly sessions: LiveSessionService,
    private readonly catalog: CatalogService,
  ) {}

  @Roles('live_host', 'county_admin', 'platform_admin')
  @Mutation(() => LiveOfferRequestView, {
    description: 'Asks a supplier to sell one SKU in a session at a proposed live price and cap (again: new terms, back to pending)',
  })
  requestLiveOffer(@Ctx() ctx: RequestContext, @Args('input') input: RequestLiveOfferInput): Promise<LiveOfferRequest> {
    return this.requests.request(ctx, input);
  }

  @Roles('supplier_staff')
  @Mutation(() => LiveOfferRequestView, {
    description: "Supplier staff accept (with the lowest live price and the cap they approve) or decline a session's request",
  })
  answerLiveOfferRequest(@Ctx() ctx: RequestContext, @Args('input') input: AnswerLiveOfferRequestInput): Promise<LiveOfferRequest> {
    return this.requests.answer(ctx, input);
  }

  @Roles('supplier_staff')
  @Query(() => LiveOfferRequestConnection, { description: "Live sessions' requests to the caller's supplier, newest first" })
  liveOfferRequests(@Ctx() ctx: RequestContext, @Args() args: LiveOfferRequestsArgs): Promise<LiveOfferRequestConnection> {
    return this.requests.forSupplierStaff(ctx, args);
  }

  @ResolveField(() => LiveSessionView)
  session(@Parent() r: LiveOfferRequest): Promise<LiveSession> {
    return this.sessions.byId(r.sessionId);
  }

  @ResolveField(() => ProductView, { nullable: true, description: 'Null when the product is no longer on sale' })
  product(@Parent() r: LiveOfferRequest, @Context() { loaders }: GraphQLContext): Promise<Product | null> {
    return liveProduct(this.catalog, loaders, r.productId);
  }

  @ResolveField(() => ProductSkuView, { nullable: true })
  sku(@Parent() r: LiveOfferRequest, @Context() { loaders }: GraphQLContext): Promise<ProductSku | null> {
    return liveSku(this.catalog, loaders, r);
  }
}

@Resolver(() => LiveSessionView)
export class LiveSessionOfferRequestsResolver {
  constructor(
    private readonly requests: LiveOfferRequestService,
    private readonly sessions: LiveSessionService,
  ) {}

  @ResolveField(() => [LiveOfferRequestView], {
    description: "Requests to suppliers and their answers (the session's managers only; empty for others)",
  })
  async offerRequests(@Parent() s: LiveSession, @Context() { loaders, ctx }: GraphQLContext): Promise<LiveOfferRequest[]> {
    if (!ctx.isAuthenticated || !this.sessions.canManage(ctx, s)) return [];
    return loaders.get<string, LiveOfferRequest[]>('live.offerRequests', (ids) => this.requests.ofSessions(ids)).load(s.id);
  }
}
