import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@yigou/server/identity';
import { MediaStorageModule } from '@yigou/server/media';
import { NotificationsModule } from '@yigou/server/notifications';
import { RegionsModule } from '@yigou/server/regions';
import { CatalogLoaders } from './services/catalog.loaders';
import { CatalogService } from './services/catalog.service';
import { CertificationExpiryJob } from './certification/jobs/certification-expiry.job';
import { CertificationReminder } from './certification/entities/certification-reminder.entity';
import { CertificationResolver } from './certification/resolvers/certification.resolver';
import { CertificationService } from './certification/services/certification.service';
import { ProductImportJob } from './import/entities/product-import-job.entity';
import { ProductImportController } from './import/resolvers/product-import.controller';
import { ProductImportResolver } from './import/resolvers/product-import.resolver';
import { ProductImportService } from './import/services/product-import.service';
import { ProductImportRecovery } from './import/services/product-import-recovery.service';
import { SupplierOnboardingResolver } from './onboarding/resolvers/supplier-onboarding.resolver';
import { SupplierOnboardingService } from './onboarding/services/supplier-onboarding.service';
import { SupplierReviewStep } from './onboarding/entities/supplier-review-step.entity';
import { ProductCertification } from './entities/product-certification.entity';
import { ProductImage } from './entities/product-image.entity';
import { ProductSearchService } from './services/product-search.service';
import { ProductSku } from './entities/product-sku.entity';
import { Product } from './entities/product.entity';
import { ProductResolver, ProductSearchConnectionResolver, ProductSkuResolver } from './resolvers/product.resolver';
import { ProductManagementResolver, ProductSkuStockResolver } from './products/resolvers/product-management.resolver';
import { ProductManagementService } from './products/services/product-management.service';
import { StockLedgerService } from './products/services/stock-ledger.service';
import { RegionProductCountResolver, SupplierResolver } from './resolvers/supplier.resolver';
import { Supplier } from './entities/supplier.entity';
import { StockMovement } from './entities/stock-movement.entity';
import { StockService } from './services/stock.service';
import { ProductListingCount } from './entities/product-listing-count.entity';

export const CATALOG_ENTITIES = [
  Supplier,
  Product,
  ProductSku,
  ProductImage,
  ProductCertification,
  StockMovement,
  SupplierReviewStep,
  CertificationReminder,
  ProductImportJob,
  ProductListingCount,
];

/** Suppliers (with 入驻), products, SKUs, images, certifications, stock, import; the shop's search. */
@Module({
  imports: [TypeOrmModule.forFeature(CATALOG_ENTITIES), RegionsModule, IdentityModule, MediaStorageModule, NotificationsModule],
  controllers: [ProductImportController],
  providers: [
    CatalogService,
    StockService,
    ProductSearchService,
    CatalogLoaders,
    ProductResolver,
    ProductSkuResolver,
    ProductSearchConnectionResolver,
    SupplierResolver,
    RegionProductCountResolver,
    SupplierOnboardingService,
    SupplierOnboardingResolver,
    ProductManagementService,
    StockLedgerService,
    ProductManagementResolver,
    ProductSkuStockResolver,
    CertificationService,
    CertificationResolver,
    CertificationExpiryJob,
    ProductImportService,
    ProductImportRecovery,
    ProductImportResolver,
  ],
  exports: [
    CatalogService,
    StockService,
    ProductSearchService,
    CatalogLoaders,
    SupplierOnboardingService,
    ProductManagementService,
    CertificationService,
    CertificationExpiryJob,
    ProductImportService,
  ],
})
export class CatalogModule {}
