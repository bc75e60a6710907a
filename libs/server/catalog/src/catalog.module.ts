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
import { StockMovement } from './stock-movement.entity';
import { StockService } from './stock.service';

export const CATALOG_ENTITIES = [Supplier, Product, ProductSku, ProductImage, ProductCertification, StockMovement];

/** Suppliers, products, SKUs, images and certifications; the shop's search. */
@Module({
  imports: [TypeOrmModule.forFeature(CATALOG_ENTITIES), RegionsModule],
  providers: [
    CatalogService,
    StockService,
    ProductSearchService,
    CatalogLoaders,
    ProductResolver,
    ProductSkuResolver,
    SupplierResolver,
    RegionProductCountResolver,
  ],
  exports: [CatalogService, StockService, ProductSearchService, CatalogLoaders],
})
export class CatalogModule {}
