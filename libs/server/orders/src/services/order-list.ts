import { type KeysetSort, SortDirection } from '@yigou/server/core';
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
  const base = { idColumn: 'o.id', direction: direction ?? SortDirection.DESC, idOf: (o: Order) => o.id };
  switch (sort ?? OrderSort.CREATED_AT) {
    case OrderSort.TOTAL:
      return { ...base, column: 'o.total_fen', cast: 'bigint' };
    case OrderSort.ORDER_NO:
      return { ...base, column: 'o.order_no', cast: 'text' };
    default:
      return { ...base, column: 'o.created_at', cast: 'timestamptz' };
  }
}
