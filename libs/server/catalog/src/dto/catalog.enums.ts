import { registerEnumType } from '@nestjs/graphql';
import { enumOf } from '@yigou/server/core';
import {
  ENTERPRISE_LEVELS,
  EnterpriseLevel,
  PRODUCT_CATEGORIES,
  PRODUCT_SORTS,
  ProductCategory,
  ProductSort,
  STOCK_STATES,
  StockState,
  SUPPLIER_KINDS,
  SupplierKind,
} from '@yigou/shared/domain';

export const SupplierKindEnum = enumOf<SupplierKind>(SUPPLIER_KINDS);
export const EnterpriseLevelEnum = enumOf<EnterpriseLevel>(ENTERPRISE_LEVELS);
export const ProductCategoryEnum = enumOf<ProductCategory>(PRODUCT_CATEGORIES);
export const StockStateEnum = enumOf<StockState>(STOCK_STATES);
export const ProductSortEnum = enumOf<ProductSort>(PRODUCT_SORTS);

registerEnumType(SupplierKindEnum, { name: 'SupplierKind' });
registerEnumType(EnterpriseLevelEnum, { name: 'EnterpriseLevel' });
registerEnumType(ProductCategoryEnum, { name: 'ProductCategory' });
registerEnumType(StockStateEnum, { name: 'StockState' });
registerEnumType(ProductSortEnum, { name: 'ProductSort' });

/** 入驻 status: apply → county recommends → platform approves; may be suspended. */
export const SUPPLIER_STATUSES = ['pending', 'recommended', 'approved', 'rejected', 'suspended'] as const;
export type SupplierStatus = (typeof SUPPLIER_STATUSES)[number];

export const PRODUCT_STATUSES = ['draft', 'on_sale', 'off_sale'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export const SupplierStatusEnum = enumOf<SupplierStatus>(SUPPLIER_STATUSES);
export const ProductStatusEnum = enumOf<ProductStatus>(PRODUCT_STATUSES);
registerEnumType(SupplierStatusEnum, { name: 'SupplierStatus' });
registerEnumType(ProductStatusEnum, { name: 'ProductShelfStatus' });
