import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, GraphQLContext, RequestContext } from '@yigou/server/core';
import { RegionService } from '@yigou/server/regions';
import { LiveSession } from '../../entities/live-session.entity';
import { LiveFollow } from '../entities/live-follow.entity';
import { LiveFollowService } from '../services/live-follow.service';
import { LiveFollowView } from '../dto/live-follow.view';
import { LiveSessionView } from '../../dto/live-session.view';

@Resolver(() => LiveFollowView)
export class LiveFollowResolver {
  constructor(private readonly follows: LiveFollowService) {}

  @Query(() => [LiveFollowView], { description: 'Suppliers and counties the caller follows (newest first)' })
  myFollows(@Ctx() ctx: RequestContext): Promise<LiveFollow[]> {
    return this.follows.mine(ctx);
  }

  @Mutation(() => LiveFollowView, { description: 'Follow a supplier: hear before a live session featuring its products starts' })
  followSupplier(@Ctx() ctx: RequestContext, @Args('supplierId', { type: () => ID }) supplierId: string): Promise<LiveFollow> {
    return this.follows.followSupplier(ctx, supplierId);
  }

  @Mutation(() => Boolean, { description: 'Stop following a supplier; false when not followed' })
  unfollowSupplier(@Ctx() ctx: RequestContext, @Args('supplierId', { type: () => ID }) supplierId: string): Promise<boolean> {
    return this.follows.unfollow(ctx, 'supplier', supplierId);
  }

  @Mutation(() => LiveFollowView, { description: 'Follow a county: hear before its live sessions start' })
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
        const targets = keys.map((k) => ({
          targetKind: k.slice(0, k.indexOf(':')) as LiveFollow['targetKind'],
          targetId: k.slice(k.indexOf(':') + 1),
        }));
        const names = await this.follows.targetNames(targets);
        return keys.map((k, i) => names.get(k) ?? targets[i].targetId);
      })
      .load(`${f.targetKind}:${f.targetId}`);
  }
}

/** The county's name on a session, so a viewer can follow the county by name. */
@Resolver(() => LiveSessionView)
export class LiveSessionCountyResolver {
  constructor(private readonly regions: RegionService) {}

  @ResolveField(() => String, { description: 'Name of the session’s county, e.g. 汾西县' })
  countyName(@Parent() s: LiveSession, @Context() { loaders }: GraphQLContext): Promise<string> {
    return loaders
      .get<string, string>('live.countyNames', async (codes) => {
        const names = await this.regions.regionNames(codes);
        return codes.map((c) => names.get(c) ?? c);
      })
      .load(s.countyCode);
  }
}
