import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@yigou/server/core';
import { ProductSku } from '../../entities/product-sku.entity';
import { StockMovement } from '../../entities/stock-movement.entity';

export const StockMovementConnection = ConnectionType(StockMovement, 'StockMovement');
export type StockMovementConnection = InstanceType<typeof StockMovementConnection>;

@ObjectType('LowStockSku')
export class LowStockSku {
  @Field(() => ProductSku) sku: ProductSku;
  @Field(() => ID) productId: string;
  @Field() productName: string;
}
