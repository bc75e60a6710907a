import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionsModule } from '@yigou/server/regions';
import { CatalogLoaders } from './catalog.loaders';
import { CatalogService } from './catalog.service';
import { ProductCertification } from './product-certification.entity';
import { ProductImage } from './product-image.entity';
import { ProductSearchService } from './product-search.service';
import { ProductSku } from './product-sku.entity';
import { Product } from './product.entity';
import { ProductResolver, ProductSkuResolver } from './product.resolver';
import { RegionProductCountResolver, SupplierResolver } from './supplier.resolver';
import { Supplier } from './supplier.entity';

export const CATALOG_ENTITIES = [Supplier, Product, ProductSku, ProductImage, ProductCertification];

/** Suppliers, products, SKUs, images and certifications; the shop's search. */
@Module({
  imports: [TypeOrmModule.forFeature(CATALOG_ENTITIES), RegionsModule],
  providers: [
    CatalogService,
    ProductSearchService,
    CatalogLoaders,
    ProductResolver,
    ProductSkuResolver,
    SupplierResolver,
    RegionProductCountResolver,
  ],
  exports: [CatalogService, ProductSearchService, CatalogLoaders],
})
export class CatalogModule {}
