import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@yigou/server/core';
import { WorkUnitType } from '@yigou/server/identity';
import { Region, RegionService, RegionView } from '@yigou/server/regions';

/** Glue between two domains: a work unit's region, batched through the regions loader. */
@Resolver(() => WorkUnitType)
export class WorkUnitRegionResolver {
  constructor(private readonly regions: RegionService) {}

  @ResolveField(() => RegionView)
  async region(@Parent() unit: WorkUnitType, @Context() gql: GraphQLContext): Promise<Region | null> {
    return this.regions.loader(gql.loaders).load(unit.regionCode);
  }
}
