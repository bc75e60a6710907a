import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@yigou/server/core';
import { ProductSku } from '../../entities/product-sku.entity';
import { ProductSkuView } from '../../dto/product-sku.view';
import { StockMovementView } from '../../dto/stock-movement.view';

export const StockMovementConnection = ConnectionType(StockMovementView, 'StockMovement');
export type StockMovementConnection = InstanceType<typeof StockMovementConnection>;

@ObjectType('LowStockSku')
export class LowStockSku {
  @Field(() => ProductSkuView) sku: ProductSku;
  @Field(() => ID) productId: string;
  @Field() productName: string;
}
