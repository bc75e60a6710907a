import { Args, ID, Info, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Connection, Ctx, FenScalarType, GraphQLContext, LoaderRegistry, Public, RequestContext } from '@yigou/server/core';
import { Region, RegionService, RegionView } from '@yigou/server/regions';
import { StockState, stockStateOf } from '@yigou/shared/domain';
import type { Fen } from '@yigou/shared/money';
import { CatalogLoaders } from '../services/catalog.loaders';
import { StockStateEnum } from '../dto/catalog.enums';
import { CatalogService } from '../services/catalog.service';
import { CategoryMatchCount, CategorySummary, CertificationView, ProductSearchConnection, ProductsArgs } from '../dto/catalog.types';
import { ProductImage } from '../entities/product-image.entity';
import { isCardSelection, ProductCard } from '../services/product-card';
import { ProductSearchService } from '../services/product-search.service';
import { ProductsArgsFields, ProductsArgsPipe } from './products-args.pipe';
import { ProductSku } from '../entities/product-sku.entity';
import { Product } from '../entities/product.entity';
import { Supplier } from '../entities/supplier.entity';
import { fromShanghaiDateTime, startOfShanghaiDay } from '@yigou/shared/time';
import { ProductView } from '../dto/product.view';
import { ProductImageView } from '../dto/product-image.view';
import { ProductSkuView } from '../dto/product-sku.view';
import { SupplierView } from '../dto/supplier.view';

/**
 * Field resolvers here take GraphQL's own (parent, args, context) and no parameter decorators: @nestjs/graphql then
 * binds the method directly instead of wrapping it in Nest's pipeline (param extraction, the global ValidationPipe on
 * the parent, interceptor and promise plumbing) — on a 20-card page that was 120 wrapped calls and ~12 % of the API's
 * CPU (issue 19). Field resolvers get no guards or interceptors in this app either way (no `fieldResolverEnhancers`);
 * access is decided on the root operation.
 */
@Resolver(() => ProductView)
export class ProductResolver {
  constructor(
    private readonly search: ProductSearchService,
    private readonly catalog: CatalogService,
    private readonly loaders: CatalogLoaders,
    private readonly regions: RegionService,
  ) {}

  @Public()
  @Query(() => ProductSearchConnection, { description: 'Listed products: search (中文/全拼/首字母), filters, cursor pages' })
  async products(
    @Ctx() ctx: RequestContext,
    @Args({ type: () => ProductsArgs }, ProductsArgsPipe) args: ProductsArgsFields,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProductSearchConnection> {
    // The list (the storefront's cards) in one shaped statement; any other field of the products: entities and loaders.
    const page = isCardSelection(info)
      ? ((await this.search.listPage(ctx, args)) as unknown as Connection<Product>)
      : await this.search.search(ctx, args);
    return { ...page, searchInput: args };
  }

  @Public()
  @Query(() => ProductView, { nullable: true })
  product(@Args('id', { type: () => ID }) id: string): Promise<Product> {
    return this.catalog.productById(id);
  }

  @Public()
  @Query(() => [CategorySummary])
  categories(): Promise<CategorySummary[]> {
    return this.catalog.categories();
  }

  @ResolveField(() => SupplierView)
  supplier(product: Product | ProductCard, _args: unknown, { loaders }: GraphQLContext): Supplier | Promise<Supplier> {
    // A card is only served to a selection of the supplier's id and name (isCardSelection).
    if (product instanceof ProductCard) return { id: product.supplierId, name: product.supplierName } as Supplier;
    return this.supplierOf(product, loaders);
  }

  @ResolveField(() => RegionView, { description: 'The county of the supplier' })
  county(product: Product | ProductCard, _args: unknown, { loaders }: GraphQLContext): Region | Promise<Region> {
    // A card's county straight from the process's copy of the regions when it is loaded: no promise per card, so a
    // page of cards completes without one (the loader below gives the same region, copied, when it is not).
    const held = product instanceof ProductCard ? this.regions.heldByCode(product.countyCode) : undefined;
    return held ?? this.countyOf(product, loaders);
  }

  private async countyOf(product: Product | ProductCard, loaders: LoaderRegistry): Promise<Region> {
    const code = product instanceof ProductCard ? product.countyCode : (await this.supplierOf(product, loaders)).countyCode;
    const county = await this.regions.loader(loaders).load(code);
    if (!county) throw new Error(`product ${product.id}'s supplier has an unknown county`);
    return county;
  }

  @ResolveField(() => RegionView, { nullable: true })
  origin(product: Product, _args: unknown, { loaders }: GraphQLContext): Promise<Region | null> {
    return product.originCode ? this.regions.loader(loaders).load(product.originCode) : Promise.resolve(null);
  }

  @ResolveField(() => FenScalarType, { description: 'Lowest SKU price' })
  priceFen(product: Product | ProductCard): Fen {
    return product.minPriceFen ?? 0;
  }

  @ResolveField(() => [ProductSkuView])
  skus(product: Product, _args: unknown, { loaders }: GraphQLContext): Promise<ProductSku[]> {
    return this.loaders.skus(loaders).load(product.id);
  }

  @ResolveField(() => [ProductImageView])
  images(product: Product, _args: unknown, { loaders }: GraphQLContext): Promise<ProductImage[]> {
    return this.loaders.images(loaders).load(product.id);
  }

  @ResolveField(() => String, { nullable: true })
  coverImageUrl(product: Product | ProductCard, _args: unknown, { loaders }: GraphQLContext): string | null | Promise<string | null> {
    if (product instanceof ProductCard) return product.coverImageUrl;
    return this.loaders
      .images(loaders)
      .load(product.id)
      .then((images) => images[0]?.url ?? null);
  }

  @ResolveField(() => StockStateEnum, { description: 'From the stock available across all SKUs' })
  stockState(product: Product | ProductCard, _args: unknown, { loaders }: GraphQLContext): StockState | Promise<StockState> {
    if (product instanceof ProductCard) return stockStateOf(product.available);
    return this.loaders
      .skus(loaders)
      .load(product.id)
      .then((skus) => stockStateOf(skus.reduce((sum, s) => sum + s.stockAvailable, 0)));
  }

  @ResolveField(() => Boolean, { description: 'Has a verified certification valid today' })
  certified(product: Product | ProductCard, _args: unknown, { loaders, ctx }: GraphQLContext): boolean | Promise<boolean> {
    if (product instanceof ProductCard) return product.certified;
    return this.loaders
      .certification(loaders, ctx)
      .load(product.id)
      .then((c) => c !== null);
  }

  @ResolveField(() => CertificationView, { nullable: true })
  async certification(product: Product, _args: unknown, { loaders, ctx }: GraphQLContext): Promise<CertificationView | null> {
    const c = await this.loaders.certification(loaders, ctx).load(product.id);
    if (!c) return null;
    return {
      certificateNo: c.certificateNo,
      issuedBy: c.issuedBy,
      batch: c.batch,
      validFrom: startOfShanghaiDay(c.validFrom),
      validTo: fromShanghaiDateTime(`${c.validTo} 23:59:59`),
    };
  }

  private async supplierOf(product: Product, loaders: LoaderRegistry): Promise<Supplier> {
    const supplier = await this.loaders.supplier(loaders).load(product.supplierId);
    if (!supplier) throw new Error(`product ${product.id} has no supplier row`);
    return supplier;
  }
}

@Resolver(() => ProductSkuView)
export class ProductSkuResolver {
  @ResolveField(() => Int, { description: 'Units that can still be ordered' })
  available(sku: ProductSku): number {
    return sku.stockAvailable;
  }

  @ResolveField(() => StockStateEnum)
  stockState(sku: ProductSku): StockState {
    return stockStateOf(sku.stockAvailable);
  }
}

@Resolver(() => ProductSearchConnection)
export class ProductSearchConnectionResolver {
  constructor(private readonly search: ProductSearchService) {}

  @ResolveField(() => [CategoryMatchCount], {
    description: 'Matches of this search per category, with every filter but the category (what each category chip would show)',
  })
  categoryCounts(page: ProductSearchConnection, _args: unknown, { ctx }: GraphQLContext): Promise<CategoryMatchCount[]> {
    return this.search.categoryCounts(ctx, page.searchInput);
  }
}
