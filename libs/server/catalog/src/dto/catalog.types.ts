import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString } from 'class-validator';
import { ConnectionArgs, ConnectionType } from '@yigou/server/core';
import { PRODUCT_CATEGORIES, PRODUCT_SORTS, ProductCategory, ProductSort } from '@yigou/shared/domain';
import { ProductCategoryEnum, ProductSortEnum } from './catalog.enums';
import { ProductView } from './product.view';
import { SupplierView } from './supplier.view';

@ObjectType('Certification')
export class CertificationView {
  @Field() certificateNo: string;
  @Field() issuedBy: string;
  @Field(() => String, { nullable: true }) batch: string | null;
  @Field() validFrom: Date;
  @Field() validTo: Date;
}

@ObjectType('CategorySummary')
export class CategorySummary {
  @Field(() => ProductCategoryEnum) category: ProductCategory;
  @Field(() => Int) productCount: number;
}

export const ProductConnection = ConnectionType(ProductView, 'Product');
export type ProductConnection = InstanceType<typeof ProductConnection>;
/** How many of one search's matches are in a category (not a catalogue-wide figure, unlike CategorySummary). */
@ObjectType('CategoryMatchCount')
export class CategoryMatchCount {
  @Field(() => ProductCategoryEnum) category: ProductCategory;
  @Field(() => Int) productCount: number;
}

/** The catalogue search's page; `categoryCounts` counts the same search by category (resolved only when asked). */
@ObjectType('ProductSearchConnection')
export class ProductSearchConnection extends ProductConnection {
  /** What the page was searched with; not in the schema. */
  searchInput: ProductsArgs;
}
export const SupplierConnection = ConnectionType(SupplierView, 'Supplier');
export type SupplierConnection = InstanceType<typeof SupplierConnection>;

@ArgsType()
export class ProductsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '中文、全拼或拼音首字母，最多50个字' })
  @IsOptional()
  @IsString()
  search?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  countyCode?: string | null;

  @Field(() => ProductCategoryEnum, { nullable: true })
  @IsOptional()
  @IsIn(PRODUCT_CATEGORIES)
  category?: ProductCategory | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  supplierId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  certifiedOnly?: boolean | null;

  @Field(() => ProductSortEnum, { nullable: true, description: 'Default: relevance (sales when there is no search)' })
  @IsOptional()
  @IsIn(PRODUCT_SORTS)
  sort?: ProductSort | null;
}

@ArgsType()
export class SuppliersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  countyCode?: string | null;
}
