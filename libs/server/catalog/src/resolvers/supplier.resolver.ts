import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext, pageSize, Public } from '@yigou/server/core';
import { Region, RegionService, RegionView } from '@yigou/server/regions';
import { CatalogLoaders } from '../services/catalog.loaders';
import { CatalogService } from '../services/catalog.service';
import { SupplierConnection, SuppliersArgs } from '../dto/catalog.types';
import { Product } from '../entities/product.entity';
import { Supplier } from '../entities/supplier.entity';
import { ProductView } from '../dto/product.view';
import { SupplierView } from '../dto/supplier.view';

@Resolver(() => SupplierView)
export class SupplierResolver {
  constructor(
    private readonly catalog: CatalogService,
    private readonly loaders: CatalogLoaders,
    private readonly regions: RegionService,
  ) {}

  @Public()
  @Query(() => SupplierView, { nullable: true })
  supplier(@Args('id', { type: () => ID }) id: string): Promise<Supplier> {
    return this.catalog.supplierById(id);
  }

  @Public()
  @Query(() => SupplierConnection)
  suppliers(@Args() args: SuppliersArgs): Promise<SupplierConnection> {
    return this.catalog.listSuppliers(args);
  }

  // Field resolvers take (parent, args, context) without parameter decorators: Nest binds them directly (see ProductResolver).
  @ResolveField(() => RegionView)
  async county(supplier: Supplier, _args: unknown, { loaders }: GraphQLContext): Promise<Region> {
    const county = await this.regions.loader(loaders).load(supplier.countyCode);
    if (!county) throw new Error(`supplier ${supplier.id} has an unknown county`);
    return county;
  }

  @ResolveField(() => RegionView, { nullable: true })
  village(supplier: Supplier, _args: unknown, { loaders }: GraphQLContext): Promise<Region | null> {
    return supplier.villageCode ? this.regions.loader(loaders).load(supplier.villageCode) : Promise.resolve(null);
  }

  @ResolveField(() => Int, { description: 'Products on sale' })
  productCount(supplier: Supplier, _args: unknown, { loaders }: GraphQLContext): Promise<number> {
    return this.loaders.supplierProductCount(loaders).load(supplier.id);
  }

  @ResolveField(() => [ProductView], { description: 'Products on sale, best-selling first (first: 1–100, default 20)' })
  async products(
    @Parent() supplier: Supplier,
    @Context() { loaders }: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<Product[]> {
    const limit = pageSize(first);
    return (await this.loaders.supplierProducts(loaders).load(supplier.id)).slice(0, limit);
  }
}

/** Region.productCount lives here because counting products is the catalog's business. */
@Resolver(() => RegionView)
export class RegionProductCountResolver {
  constructor(private readonly loaders: CatalogLoaders) {}

  @ResolveField(() => Int, { description: 'Products on sale whose supplier is in this region (counties only; 0 otherwise)' })
  productCount(region: Region, _args: unknown, { loaders }: GraphQLContext): Promise<number> {
    if (region.level !== 'county') return Promise.resolve(0);
    return this.loaders.countyProductCount(loaders).load(region.code);
  }
}
