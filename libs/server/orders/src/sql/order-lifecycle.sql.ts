import { namedSql } from '@yigou/server/database';

/** OrderLifecycle.countingState: the lines of the order's succeeded refunds. */
export const SUCCEEDED_REFUND_LINES = namedSql<'orderId', { lines: { lineId: string; amountFen: number | string }[] }>(
  `SELECT lines FROM refund WHERE order_id = :orderId AND status = 'succeeded'`,
);

/** OrderLifecycle.cancel: the buyer's per-SKU purchase count (限购) gives back a cancelled line's quantity. */
export const RELEASE_BUYER_PURCHASE = namedSql<'buyerId' | 'skuId' | 'quantity'>(
  `UPDATE buyer_sku_purchase SET quantity = GREATEST(quantity - :quantity, 0) WHERE buyer_id = :buyerId AND sku_id = :skuId`,
);

/** OrderLifecycle.queueBankPayBack: what the order's pending refunds (order or expired transfer) will pay back already. */
export const PENDING_REFUNDS_SUM = namedSql<'orderId', { pending: string }>(
  `SELECT coalesce(sum(amount_fen), 0) AS pending FROM refund WHERE order_id = :orderId AND status = 'pending' AND kind IN ('order', 'expired_transfer')`,
);
