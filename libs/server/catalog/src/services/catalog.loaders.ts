import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, LoaderRegistry, RequestContext } from '@yigou/server/core';
import { CatalogService } from './catalog.service';
import { ProductCertification } from '../entities/product-certification.entity';
import { ProductImage } from '../entities/product-image.entity';
import { ProductSku } from '../entities/product-sku.entity';
import { Product } from '../entities/product.entity';
import { Supplier } from '../entities/supplier.entity';

/**
 * Named per-request DataLoaders for the catalog's relation fields. Each name
 * maps to one batch query, so a page of N products costs one query per
 * relation rather than N.
 */
@Injectable()
export class CatalogLoaders {
  constructor(private readonly catalog: CatalogService) {}

  supplier(reg: LoaderRegistry): DataLoader<string, Supplier | null> {
    return reg.get<string, Supplier | null>('catalog.supplierById', async (ids) =>
      byKeys(ids, await this.catalog.suppliersByIds(ids), (s) => s.id),
    );
  }

  skus(reg: LoaderRegistry): DataLoader<string, ProductSku[]> {
    return reg.get<string, ProductSku[]>('catalog.skusByProduct', (ids) => this.catalog.skusByProductIds(ids));
  }

  images(reg: LoaderRegistry): DataLoader<string, ProductImage[]> {
    return reg.get<string, ProductImage[]>('catalog.imagesByProduct', (ids) => this.catalog.imagesByProductIds(ids));
  }

  certification(reg: LoaderRegistry, ctx: RequestContext): DataLoader<string, ProductCertification | null> {
    return reg.get<string, ProductCertification | null>('catalog.certificationByProduct', (ids) =>
      this.catalog.currentCertificationsByProductIds(ctx, ids),
    );
  }

  supplierProducts(reg: LoaderRegistry): DataLoader<string, Product[]> {
    return reg.get<string, Product[]>('catalog.productsBySupplier', (ids) => this.catalog.listedProductsBySupplierIds(ids));
  }

  supplierProductCount(reg: LoaderRegistry): DataLoader<string, number> {
    return reg.get<string, number>('catalog.productCountBySupplier', (ids) => this.catalog.listedProductCountsBySupplierIds(ids));
  }

  countyProductCount(reg: LoaderRegistry): DataLoader<string, number> {
    return reg.get<string, number>('catalog.productCountByCounty', (codes) => this.catalog.listedProductCountsByCountyCodes(codes));
  }
}
