import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext, Public } from '@yigou/server/core';
import type { RegionLevel } from '@yigou/shared/domain';
import { Region } from '../entities/region.entity';
import { RegionLevelEnum } from '../dto/region-level.enum';
import { RegionView } from '../dto/region.view';
import { RegionService } from '../services/region.service';

@Resolver(() => RegionView)
export class RegionResolver {
  constructor(private readonly service: RegionService) {}

  @Public()
  @Query(() => [RegionView], { description: 'Regions by level and/or parent, ordered by code' })
  regions(
    @Args('level', { type: () => RegionLevelEnum, nullable: true }) level?: RegionLevel | null,
    @Args('parentCode', { type: () => String, nullable: true }) parentCode?: string | null,
    @Args('served', {
      type: () => Boolean,
      nullable: true,
      description: 'true: only the regions the platform serves (its counties); addresses use all',
    })
    served?: boolean | null,
  ): Promise<Region[]> {
    return this.service.list({ level, parentCode, served });
  }

  @Public()
  @Query(() => RegionView, { nullable: true })
  region(@Args('code', { type: () => String }) code: string): Promise<Region | null> {
    return this.service.getByCode(code.trim());
  }

  // Field resolvers take (parent, args, context) without parameter decorators: Nest binds them directly (see ProductResolver).
  @ResolveField(() => RegionView, { nullable: true })
  parent(region: Region, _args: unknown, context: GraphQLContext): Promise<Region | null> {
    if (!region.parentCode) return Promise.resolve(null);
    return this.service.loader(context.loaders).load(region.parentCode);
  }
}
