import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Region } from './entities/region.entity';
import { RegionResolver } from './resolvers/region.resolver';
import { RegionService } from './services/region.service';
import { AddressRegionConstraint } from './services/address-region.constraint';

export const REGION_ENTITIES = [Region];

/** 行政区划: lookup, hierarchy and full names. Region.productCount is resolved by the catalog. */
@Module({
  imports: [TypeOrmModule.forFeature(REGION_ENTITIES)],
  providers: [RegionService, RegionResolver, AddressRegionConstraint],
  exports: [RegionService],
})
export class RegionsModule {}
