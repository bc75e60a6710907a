import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, IdPipe, RequestContext, Roles } from '@yigou/server/core';
import { ProductStatus, ProductStatusEnum } from '../../dto/catalog.enums';
import { ProductConnection } from '../../dto/catalog.types';
import { ProductSku } from '../../entities/product-sku.entity';
import { Product } from '../../entities/product.entity';
import {
  AdjustStockInput,
  CreateProductInput,
  SetProductStatusInput,
  StockMovementsArgs,
  SupplierProductsArgs,
  UpdateProductInput,
} from '../dto/product-editor.input';
import { ProductManagementService } from '../services/product-management.service';
import { StockLedgerService } from '../services/stock-ledger.service';
import { LowStockSku, StockMovementConnection } from '../dto/product-management.types';
import { ProductView } from '../../dto/product.view';
import { ProductSkuView } from '../../dto/product-sku.view';

@Resolver(() => ProductView)
export class ProductManagementResolver {
  constructor(
    private readonly products: ProductManagementService,
    private readonly ledger: StockLedgerService,
  ) {}

  @Roles('supplier_staff', 'platform_admin')
  @Mutation(() => ProductView, {
    description: 'Creates a draft product with its SKUs (initial stock is received into the ledger) and images',
  })
  createProduct(@Ctx() ctx: RequestContext, @Args('input') input: CreateProductInput): Promise<Product> {
    return this.products.create(ctx, input);
  }

  @Roles('supplier_staff', 'platform_admin')
  @Mutation(() => ProductView, { description: 'Edits a product; SKUs with an id are edited, others added; imageUrls replace the images' })
  updateProduct(@Ctx() ctx: RequestContext, @Args('input') input: UpdateProductInput): Promise<Product> {
    return this.products.update(ctx, input);
  }

  @Roles('supplier_staff', 'platform_admin')
  @Mutation(() => ProductView, { description: 'Shelf status; a platform admin taking a product off must give a reason' })
  setProductStatus(@Ctx() ctx: RequestContext, @Args('input') input: SetProductStatusInput): Promise<Product> {
    return this.products.setStatus(ctx, input);
  }

  @Roles('supplier_staff', 'platform_admin')
  @Query(() => ProductConnection, { description: 'A supplier’s products in any status, newest first' })
  supplierProducts(@Ctx() ctx: RequestContext, @Args() args: SupplierProductsArgs): Promise<ProductConnection> {
    return this.products.listForSupplier(ctx, args);
  }

  @Roles('supplier_staff', 'platform_admin')
  @Query(() => ProductView, { description: 'A product in any status, for its supplier’s staff' })
  productForEdit(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Product> {
    return this.products.productForEdit(ctx, id);
  }

  @Roles('supplier_staff', 'platform_admin')
  @Mutation(() => ProductSkuView, { description: 'Receives (入库) or adjusts (盘点) a SKU’s stock; every change is a ledger movement' })
  adjustStock(@Ctx() ctx: RequestContext, @Args('input') input: AdjustStockInput): Promise<ProductSku> {
    return this.ledger.adjust(ctx, input);
  }

  @Roles('supplier_staff', 'platform_admin')
  @Query(() => StockMovementConnection, { description: 'A SKU’s stock movements, newest first' })
  stockMovements(@Ctx() ctx: RequestContext, @Args() args: StockMovementsArgs): Promise<StockMovementConnection> {
    return this.ledger.movements(ctx, args);
  }

  @Roles('supplier_staff', 'platform_admin')
  @Query(() => [LowStockSku], { description: 'SKUs at or below the threshold (default 10), emptiest first' })
  lowStockSkus(
    @Ctx() ctx: RequestContext,
    @Args('supplierId', { type: () => ID }, new IdPipe('供应商不存在')) supplierId: string,
    @Args('threshold', { type: () => Int, nullable: true }) threshold?: number | null,
  ): Promise<LowStockSku[]> {
    return this.ledger.lowStock(ctx, supplierId, threshold ?? undefined);
  }

  @ResolveField(() => ProductStatusEnum, { description: 'draft / on_sale / off_sale' })
  shelfStatus(@Parent() product: Product): ProductStatus {
    return product.status;
  }

  @ResolveField(() => ID)
  supplierId(@Parent() product: Product): string {
    return product.supplierId;
  }
}

@Resolver(() => ProductSkuView)
export class ProductSkuStockResolver {
  @ResolveField(() => Int, { description: 'Units held by unpaid orders' })
  reserved(@Parent() sku: ProductSku): number {
    return sku.stockReserved;
  }

  @ResolveField(() => Int, { nullable: true })
  weightGrams(@Parent() sku: ProductSku): number | null {
    return sku.weightGrams;
  }
}
