import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@yigou/server/identity';
import { MediaStorageModule } from '@yigou/server/media';
import { NotificationsModule } from '@yigou/server/notifications';
import { RegionsModule } from '@yigou/server/regions';
import { CatalogLoaders } from './catalog.loaders';
import { CatalogService } from './catalog.service';
import { CertificationExpiryJob } from './certification/certification-expiry.job';
import { CertificationReminder } from './certification/certification-reminder.entity';
import { CertificationResolver } from './certification/certification.resolver';
import { CertificationService } from './certification/certification.service';
import { ProductImportJob } from './import/product-import-job.entity';
import { ProductImportController } from './import/product-import.controller';
import { ProductImportResolver } from './import/product-import.resolver';
import { ProductImportService } from './import/product-import.service';
import { ProductImportRecovery } from './import/product-import-recovery.service';
import { SupplierOnboardingResolver } from './onboarding/supplier-onboarding.resolver';
import { SupplierOnboardingService } from './onboarding/supplier-onboarding.service';
import { SupplierReviewStep } from './onboarding/supplier-review-step.entity';
import { ProductCertification } from './product-certification.entity';
import { ProductImage } from './product-image.entity';
import { ProductSearchService } from './product-search.service';
import { ProductSku } from './product-sku.entity';
import { Product } from './product.entity';
import { ProductResolver, ProductSearchConnectionResolver, ProductSkuResolver } from './product.resolver';
import { ProductManagementResolver, ProductSkuStockResolver } from './products/product-management.resolver';
import { ProductManagementService } from './products/product-management.service';
import { StockLedgerService } from './products/stock-ledger.service';
import { RegionProductCountResolver, SupplierResolver } from './supplier.resolver';
import { Supplier } from './supplier.entity';
import { StockMovement } from './stock-movement.entity';
import { StockService } from './stock.service';
import { ProductListingCount } from './product-listing-count.entity';

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
