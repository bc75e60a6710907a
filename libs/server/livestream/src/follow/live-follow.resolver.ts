import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, GraphQLContext, RequestContext } from '@yigou/server/core';
import { LiveFollow } from './live-follow.entity';
import { LiveFollowService } from './live-follow.service';

@Resolver(() => LiveFollow)
export class LiveFollowResolver {
  constructor(private readonly follows: LiveFollowService) {}

  @Query(() => [LiveFollow], { description: 'Suppliers and counties the caller follows (newest first)' })
  myFollows(@Ctx() ctx: RequestContext): Promise<LiveFollow[]> {
    return this.follows.mine(ctx);
  }

  @Mutation(() => LiveFollow, { description: 'Follow a supplier: hear before a live session featuring its products starts' })
  followSupplier(@Ctx() ctx: RequestContext, @Args('supplierId', { type: () => ID }) supplierId: string): Promise<LiveFollow> {
    return this.follows.followSupplier(ctx, supplierId);
  }

  @Mutation(() => Boolean, { description: 'Stop following a supplier; false when not followed' })
  unfollowSupplier(@Ctx() ctx: RequestContext, @Args('supplierId', { type: () => ID }) supplierId: string): Promise<boolean> {
    return this.follows.unfollow(ctx, 'supplier', supplierId);
  }

  @Mutation(() => LiveFollow, { description: "Follow a county: hear before its live sessions start" })
  followCounty(@Ctx() ctx: RequestContext, @Args('countyCode') countyCode: string): Promise<LiveFollow> {
    return this.follows.followCounty(ctx, countyCode);
  }

  @Mutation(() => Boolean, { description: 'Stop following a county; false when not followed' })
  unfollowCounty(@Ctx() ctx: RequestContext, @Args('countyCode') countyCode: string): Promise<boolean> {
    return this.follows.unfollow(ctx, 'county', countyCode.trim());
  }

  @ResolveField(() => String, { description: 'Supplier or county name' })
  name(@Parent() f: LiveFollow, @Context() { loaders }: GraphQLContext): Promise<string> {
    return loaders
      .get<string, string>('live.followNames', async (keys) => {
        const targets = keys.map((k) => ({ targetKind: k.slice(0, k.indexOf(':')) as LiveFollow['targetKind'], targetId: k.slice(k.indexOf(':') + 1) }));
        const names = await this.follows.targetNames(targets);
        return keys.map((k, i) => names.get(k) ?? targets[i].targetId);
      })
      .load(`${f.targetKind}:${f.targetId}`);
  }
}
