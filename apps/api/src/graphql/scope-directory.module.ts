import { Global, Module } from '@nestjs/common';
import { CatalogModule, CatalogService } from '@yigou/server/catalog';
import { ScopeDirectory } from '@yigou/server/identity';
import { RegionService, RegionsModule } from '@yigou/server/regions';
import { WorkUnitRegionResolver } from './work-unit-region.resolver';

/** Tells identity the names of suppliers and regions, through those domains' services. */
@Global()
@Module({
  imports: [RegionsModule, CatalogModule],
  providers: [
    {
      provide: ScopeDirectory,
      inject: [CatalogService, RegionService],
      useFactory: (catalog: CatalogService, regions: RegionService): ScopeDirectory => ({
        supplierNames: (ids) => catalog.supplierNames(ids),
        regionNames: (codes) => regions.regionNames(codes),
      }),
    },
    WorkUnitRegionResolver,
  ],
  exports: [ScopeDirectory],
})
export class ScopeDirectoryModule {}
