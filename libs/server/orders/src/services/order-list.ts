import { type KeysetSort, keysetSort, SortDirection } from '@yigou/server/core';
import type { OrderStatus } from './order-state';
import type { Order } from '../entities/order.entity';
import { OrderSort } from '../dto/order.enums';

export interface OrderListArgs {
  first?: number | null;
  after?: string | null;
  status?: OrderStatus | null;
  supplierId?: string | null;
  search?: string | null;
  from?: string | null;
  to?: string | null;
  sort?: OrderSort | null;
  direction?: SortDirection | null;
}

/** Keyset order for a list: the chosen column (newest first by default), ties broken by id. */
export function orderSort(sort: OrderSort | null | undefined, direction: SortDirection | null | undefined): KeysetSort<Order> {
  const dir = direction ?? SortDirection.DESC;
  switch (sort ?? OrderSort.CREATED_AT) {
    case OrderSort.TOTAL:
      return keysetSort('o', 'total_fen', 'bigint', dir);
    case OrderSort.ORDER_NO:
      return keysetSort('o', 'order_no', 'text', dir);
    default:
      return keysetSort('o', 'created_at', 'timestamptz', dir);
  }
}
