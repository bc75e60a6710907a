import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs, FenScalarType } from '@yigou/server/core';
import { PRODUCT_CATEGORIES, ProductCategory } from '@yigou/shared/domain';
import type { Fen } from '@yigou/shared/money';
import { PRODUCT_STATUSES, ProductCategoryEnum, ProductStatus, ProductStatusEnum } from '../../dto/catalog.enums';

@InputType()
export class SkuInput {
  @Field(() => ID, { nullable: true, description: 'An existing SKU of this product to edit; omit to add one' })
  @IsOptional()
  @IsUUID('all', { message: '规格编号不正确' })
  id?: string | null;

  @Field()
  @IsString()
  @MinLength(1, { message: '请填写规格' })
  @MaxLength(60, { message: '规格不能超过60个字' })
  spec: string;

  @Field({ description: 'box, bag, piece … or 箱/袋/个' })
  @IsString()
  @MinLength(1, { message: '请填写单位' })
  @MaxLength(10, { message: '单位不能超过10个字' })
  unit: string;

  @Field(() => FenScalarType)
  priceFen: Fen;

  @Field(() => Int, { nullable: true, description: 'Initial stock of a new SKU (existing SKUs change stock through adjustStock)' })
  @IsOptional()
  @IsInt({ message: '库存必须是整数' })
  stock?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: '重量必须是整数克' })
  weightGrams?: number | null;
}

@InputType()
export class ProductInput {
  @Field()
  @IsString()
  @MinLength(2, { message: '商品名称至少2个字' })
  @MaxLength(60, { message: '商品名称不能超过60个字' })
  name: string;

  @Field(() => ProductCategoryEnum)
  @IsIn(PRODUCT_CATEGORIES, { message: '请选择商品分类' })
  category: ProductCategory;

  @Field(() => String, { nullable: true, description: '产地 region code (village or county)' })
  @IsOptional()
  @IsString()
  @MaxLength(12, { message: '产地代码应为行政区划代码' })
  originCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: '商品描述不能超过5000个字' })
  description?: string | null;

  @Field(() => [SkuInput])
  @IsArray()
  @ArrayMaxSize(30, { message: '规格最多30个' })
  @ValidateNested({ each: true })
  @Type(() => SkuInput)
  skus: SkuInput[];

  @Field(() => [String], {
    nullable: true,
    description: 'Uploaded image urls (POST /media/images), first is the cover; replaces the images',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10, { message: '图片最多10张' })
  @IsString({ each: true })
  @MaxLength(300, { each: true, message: '图片地址过长' })
  imageUrls?: string[] | null;
}

@InputType()
export class CreateProductInput extends ProductInput {
  @Field(() => ID)
  @IsUUID('all', { message: '供应商编号不正确' })
  supplierId: string;
}

@InputType()
export class UpdateProductInput extends ProductInput {
  @Field(() => ID)
  @IsUUID('all', { message: '商品编号不正确' })
  productId: string;
}

@InputType()
export class SetProductStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: '商品编号不正确' })
  productId: string;

  @Field(() => ProductStatusEnum)
  @IsIn(PRODUCT_STATUSES, { message: '上架状态不正确' })
  status: ProductStatus;

  @Field(() => String, { nullable: true, description: 'Required when a platform admin takes a product off the shelves' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: '理由不能超过500个字' })
  reason?: string | null;
}

@InputType()
export class AdjustStockInput {
  @Field(() => ID)
  @IsUUID('all', { message: '规格编号不正确' })
  skuId: string;

  @Field({ description: 'received (入库, positive) or adjusted (盘点, ±)' })
  @IsIn(['received', 'adjusted'], { message: '库存变动类型只能是入库或盘点调整' })
  kind: 'received' | 'adjusted';

  @Field(() => Int)
  @IsInt({ message: '数量必须是整数' })
  @Min(-1_000_000, { message: '一次调整的数量不能超过100万' })
  @Max(1_000_000, { message: '一次调整的数量不能超过100万' })
  quantity: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: '原因不能超过200个字' })
  reason?: string | null;
}

@ArgsType()
export class SupplierProductsArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: '供应商编号不正确' })
  supplierId: string;

  @Field(() => ProductStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(PRODUCT_STATUSES)
  status?: ProductStatus | null;
}

@ArgsType()
export class StockMovementsArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: '规格编号不正确' })
  skuId: string;
}
