import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType, DeskListArgs, FenScalarType } from '@yigou/server/core';
import { OrderSort } from './order.enums';
import { OrderStatus } from '../services/order-state';
import { OrderStatusEnum } from './order.enums';
import { OrderView } from './order.view';

export const OrderConnection = ConnectionType(OrderView, 'Order');

@ArgsType()
export class OrdersArgs extends DeskListArgs {
  @Field(() => OrderSort, { nullable: true, description: 'Sort column (default CREATED_AT); from/to filter on placement time' })
  sort?: OrderSort | null;
  @Field(() => OrderStatusEnum, { nullable: true }) status?: OrderStatus | null;
  @Field(() => ID, { nullable: true }) supplierId?: string | null;
  @Field(() => String, { nullable: true, description: 'Order number or remittance reference' }) search?: string | null;
}

@ObjectType()
export class CartSkuDetails {
  @Field(() => ID) productId: string;
  @Field() productName: string;
  @Field() spec: string;
  @Field(() => ID) supplierId: string;
  @Field() supplierName: string;
  @Field(() => FenScalarType, { description: 'Price now; differs from the cart price when it changed since' }) currentPriceFen: number;
  @Field() sellable: boolean;
  @Field() certified: boolean;
  @Field(() => String, { nullable: true, description: 'The product’s first image, as a thumbnail' }) thumbUrl: string | null;
}
