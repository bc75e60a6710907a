import { registerEnumType } from '@nestjs/graphql';
import { enumOf } from '@yigou/server/core';
import {
  OrderStatus,
  ORDER_STATUSES,
  PaymentStatus,
  PAYMENT_STATUSES,
  PaymentMethod,
  PAYMENT_METHODS,
  PaymentTerm,
  PAYMENT_TERMS,
  PurchasePurpose,
  PURCHASE_PURPOSES,
  OrderAction,
  ORDER_ACTIONS,
} from '../services/order-state';

/** The GraphQL enums of the order domain; the values and their rules live in services/order-state.ts. */
export const OrderStatusEnum = enumOf<OrderStatus>(ORDER_STATUSES);
export const PaymentStatusEnum = enumOf<PaymentStatus>(PAYMENT_STATUSES);
export const PaymentMethodEnum = enumOf<PaymentMethod>(PAYMENT_METHODS);
export const PaymentTermEnum = enumOf<PaymentTerm>(PAYMENT_TERMS);
export const PurchasePurposeEnum = enumOf<PurchasePurpose>(PURCHASE_PURPOSES);
export const OrderActionEnum = enumOf<OrderAction>(ORDER_ACTIONS);
registerEnumType(OrderStatusEnum, { name: 'OrderStatus' });
registerEnumType(PaymentStatusEnum, { name: 'PaymentStatus' });
registerEnumType(PaymentMethodEnum, { name: 'PaymentMethod' });
registerEnumType(PaymentTermEnum, { name: 'PaymentTerm' });
registerEnumType(PurchasePurposeEnum, { name: 'PurchasePurpose' });
registerEnumType(OrderActionEnum, { name: 'OrderAction' });

/** The columns an order list sorts by (the desks' table headers). */
export enum OrderSort {
  CREATED_AT = 'CREATED_AT',
  TOTAL = 'TOTAL',
  ORDER_NO = 'ORDER_NO',
}
registerEnumType(OrderSort, { name: 'OrderSort', description: 'CREATED_AT: placement time; TOTAL: amount owed; ORDER_NO: order number' });
