import { Args, Context, Extensions, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Ctx, GraphQLContext, pageSize, Public, RequestContext, Roles } from '@yigou/server/core';
import { CatalogService, Product, ProductSku } from '@yigou/server/catalog';
import { LiveSession } from '../entities/live-session.entity';
import { LiveSessionProduct } from '../entities/live-session-product.entity';
import { LiveSessionService } from '../services/live-session.service';
import { LiveRoomService } from '../services/live-room.service';
import {
  LiveSessionsArgs,
  PinLiveProductInput,
  PostLiveCommentInput,
  ScheduleLiveSessionInput,
  UpdateLiveSessionInput,
} from '../dto/live-session.input';
import { LiveCommentItem, LiveTickerItem, LiveUpdate } from '../realtime/dto/live-update.types';
import { LiveSessionConnection } from '../dto/live-session.types';
import { LiveSessionView } from '../dto/live-session.view';
import { LiveSessionProductView } from '../dto/live-session-product.view';
import { ProductView, ProductSkuView } from '@yigou/server/catalog';

const MANAGERS = ['live_host', 'county_admin', 'platform_admin'] as const;

@Resolver(() => LiveSessionView)
export class LiveSessionResolver {
  constructor(
    private readonly sessions: LiveSessionService,
    private readonly room: LiveRoomService,
  ) {}

  @Public()
  @Query(() => LiveSessionView)
  liveSession(@Args('id', { type: () => ID }) id: string): Promise<LiveSession> {
    return this.sessions.byId(id);
  }

  @Public()
  @Query(() => LiveSessionConnection, { description: 'Sessions, latest start first' })
  liveSessions(@Args() args: LiveSessionsArgs): Promise<LiveSessionConnection> {
    return this.sessions.list(args);
  }

  @ResolveField(() => [LiveSessionProductView], {
    description: 'Pinned products (with unpinned ones too for managers when includeUnpinned)',
  })
  offers(
    @Parent() s: LiveSession,
    @Context() { loaders, ctx }: GraphQLContext,
    @Args('includeUnpinned', { nullable: true, type: () => Boolean }) includeUnpinned?: boolean | null,
  ): Promise<LiveSessionProduct[]> {
    const all = !!includeUnpinned && this.sessions.canManage(ctx, s);
    return loaders
      .get<string, LiveSessionProduct[]>(all ? 'live.offers.all' : 'live.offers', (ids) => this.sessions.offers(ids, !all))
      .load(s.id);
  }

  @ResolveField(() => Boolean, { description: 'May the caller run this session (go live, pin, moderate)?' })
  canManage(@Parent() s: LiveSession, @Context() { ctx }: GraphQLContext): boolean {
    return ctx.isAuthenticated && this.sessions.canManage(ctx, s);
  }

  @ResolveField(() => [LiveTickerItem], { description: 'Latest paid orders, oldest first (first: 1–100, default 20)' })
  recentOrders(
    @Parent() s: LiveSession,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<LiveTickerItem[]> {
    return this.room.recentOrders(s.id, pageSize(first));
  }

  @ResolveField(() => [LiveCommentItem], { description: 'Latest comments, oldest first (first: 1–100, default 20)' })
  recentComments(
    @Parent() s: LiveSession,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<LiveCommentItem[]> {
    return this.room.recentComments(s.id, pageSize(first));
  }

  @Roles(...MANAGERS)
  @Mutation(() => LiveSessionView)
  scheduleLiveSession(@Ctx() ctx: RequestContext, @Args('input') input: ScheduleLiveSessionInput): Promise<LiveSession> {
    return this.sessions.schedule(ctx, input);
  }

  @Roles(...MANAGERS)
  @Mutation(() => LiveSessionView)
  updateLiveSession(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateLiveSessionInput,
  ): Promise<LiveSession> {
    return this.sessions.update(ctx, id, input);
  }

  @Roles(...MANAGERS)
  @Mutation(() => LiveSessionView, { description: 'Go live' })
  startLiveSession(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<LiveSession> {
    return this.sessions.transition(ctx, id, 'live');
  }

  @Roles(...MANAGERS)
  @Mutation(() => LiveSessionView)
  @Extensions({ maxArgLength: { replayUrl: 2048 } })
  endLiveSession(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('replayUrl', { type: () => String, nullable: true }) replayUrl?: string | null,
  ): Promise<LiveSession> {
    return this.sessions.transition(ctx, id, 'ended', replayUrl);
  }

  @Roles(...MANAGERS)
  @Mutation(() => LiveSessionProductView, { description: 'Pins a product (or updates its live terms) and shows it in the room' })
  pinLiveProduct(@Ctx() ctx: RequestContext, @Args('input') input: PinLiveProductInput): Promise<LiveSessionProduct> {
    return this.sessions.pin(ctx, input);
  }

  @Roles(...MANAGERS)
  @Mutation(() => Boolean)
  unpinLiveProduct(
    @Ctx() ctx: RequestContext,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('skuId', { type: () => ID }) skuId: string,
  ): Promise<boolean> {
    return this.sessions.unpin(ctx, sessionId, skuId);
  }

  @Roles(...MANAGERS)
  @Mutation(() => LiveSessionView, { description: '当前讲解: the pinned offer the host explains now (null: none); the room highlights it' })
  setLiveCurrentOffer(
    @Ctx() ctx: RequestContext,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('offerId', { type: () => ID, nullable: true }) offerId: string | null,
  ): Promise<LiveSession> {
    return this.sessions.setCurrentOffer(ctx, sessionId, offerId ?? null);
  }

  @Mutation(() => LiveCommentItem)
  postLiveComment(@Ctx() ctx: RequestContext, @Args('input') input: PostLiveCommentInput): Promise<LiveCommentItem> {
    return this.room.postComment(ctx, input.sessionId, input.body);
  }

  @Roles(...MANAGERS)
  @Mutation(() => Boolean)
  deleteLiveComment(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.room.deleteComment(ctx, id);
  }

  @Roles(...MANAGERS)
  @Mutation(() => Boolean)
  muteLiveViewer(
    @Ctx() ctx: RequestContext,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('muted', { type: () => Boolean, defaultValue: true }) muted: boolean,
  ): Promise<boolean> {
    return this.room.mute(ctx, sessionId, userId, muted);
  }

  @Mutation(() => Int, { description: 'Adds a like; returns the total' })
  likeLiveSession(@Ctx() ctx: RequestContext, @Args('sessionId', { type: () => ID }) sessionId: string): Promise<number> {
    return this.room.like(ctx, sessionId);
  }

  @Public()
  @Subscription(() => LiveUpdate, {
    description: 'Live pushes of one session: at most 2 a second, absolute figures with a sequence number (refetch on a gap)',
    resolve: (payload: LiveUpdate) => payload,
  })
  liveUpdates(
    @Ctx() ctx: RequestContext,
    @Args('sessionId', { type: () => ID }) sessionId: string,
  ): Promise<AsyncIterableIterator<LiveUpdate>> {
    return this.room.watch(ctx, sessionId);
  }
}

@Resolver(() => LiveSessionProductView)
export class LiveSessionProductResolver {
  constructor(
    private readonly catalog: CatalogService,
    private readonly sessions: LiveSessionService,
  ) {}

  @ResolveField(() => Int, { description: 'Orders placed in the session with this SKU, paid or not (已下单)' })
  async placedOrderCount(@Parent() o: LiveSessionProduct, @Context() { loaders }: GraphQLContext): Promise<number> {
    return (await this.orderCounts(loaders, o)).placed;
  }

  @ResolveField(() => Int, { description: 'Paid orders of the session with this SKU that still count (已付款)' })
  async paidOrderCount(@Parent() o: LiveSessionProduct, @Context() { loaders }: GraphQLContext): Promise<number> {
    return (await this.orderCounts(loaders, o)).paid;
  }

  private async orderCounts(loaders: GraphQLContext['loaders'], o: LiveSessionProduct): Promise<{ placed: number; paid: number }> {
    const bySession = await loaders
      .get<string, Map<string, { placed: number; paid: number }>>('live.offerOrderCounts', async (ids) => {
        const all = await this.sessions.offerOrderCounts(ids);
        return ids.map(() => all);
      })
      .load(o.sessionId);
    return bySession.get(`${o.sessionId}:${o.skuId}`) ?? { placed: 0, paid: 0 };
  }

  @ResolveField(() => ProductView, { nullable: true, description: 'Null when the product is no longer on sale' })
  product(@Parent() o: LiveSessionProduct, @Context() { loaders }: GraphQLContext): Promise<Product | null> {
    return liveProduct(this.catalog, loaders, o.productId);
  }

  @ResolveField(() => ProductSkuView, { nullable: true })
  sku(@Parent() o: LiveSessionProduct, @Context() { loaders }: GraphQLContext): Promise<ProductSku | null> {
    return liveSku(this.catalog, loaders, o);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Stock cap minus claimed; null when uncapped' })
  stockLeft(@Parent() o: LiveSessionProduct): number | null {
    return o.stockCap === null ? null : o.stockCap - o.claimed;
  }
}

/** The product of an offer or request, batched per request; null when no longer on sale. */
export function liveProduct(catalog: CatalogService, loaders: GraphQLContext['loaders'], productId: string): Promise<Product | null> {
  return loaders
    .get<string, Product | null>('live.product', (ids) => Promise.all(ids.map((id) => catalog.productById(id).catch(() => null))))
    .load(productId);
}

export async function liveSku(
  catalog: CatalogService,
  loaders: GraphQLContext['loaders'],
  o: { productId: string; skuId: string },
): Promise<ProductSku | null> {
  const skus = await loaders.get<string, ProductSku[]>('live.skus', (ids) => catalog.skusByProductIds(ids)).load(o.productId);
  return skus.find((k) => k.id === o.skuId) ?? null;
}
