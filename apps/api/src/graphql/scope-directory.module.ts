import { Global, Module } from '@nestjs/common';
import { CatalogModule, CatalogService } from '@yigou/server/catalog';
import { ScopeDirectory } from '@yigou/server/identity';
import { RegionService, RegionsModule } from '@yigou/server/regions';

/** Tells identity the names of suppliers and regions, through those domains' services. */
@Global()
@Module({
  imports: [RegionsModule, CatalogModule],
  providers: [
    {
      provide: ScopeDirectory,
      inject: [CatalogService, RegionService],
      useFactory: (catalog: CatalogService, regions: RegionService): ScopeDirectory => ({
        async supplierNames(ids) {
          const rows = await catalog.suppliersByIds(ids);
          return new Map(rows.map((s) => [s.id, s.name]));
        },
        async regionNames(codes) {
          const rows = await regions.byCodes(codes);
          return new Map(rows.map((r) => [r.code, r.fullName]));
        },
      }),
    },
  ],
  exports: [ScopeDirectory],
})
export class ScopeDirectoryModule {}
