import { namedSql } from '@yigou/server/database';
import type { RefundLineRef } from '../../dto/refund-line.types';

/**
 * The statements payments runs on orders' `shop_order` and `refund` rows, written here so that orders owns its
 * tables (docs/architecture.md). `OrderPayments` runs each of them.
 */

/** OrderPayments.orderNos: each order's number. */
export const ORDER_NOS = namedSql<'ids', { id: string; orderNo: string }>(
  `SELECT id, order_no AS "orderNo" FROM shop_order WHERE id = ANY(:ids::uuid[])`,
);

/**
 * OrderPayments.earlierOrderRefunds: what earlier refunds that change the order (pending or done) took, for the next
 * refund's limits.
 */
export const EARLIER_ORDER_REFUNDS = namedSql<'orderId', { amount_fen: string; status: string; restock: boolean; lines: RefundLineRef[] }>(
  `SELECT amount_fen, status, restock, lines FROM refund WHERE order_id = :orderId AND status <> 'failed' AND kind IN ('order', 'expired_transfer')`,
);

/**
 * OrderPayments.dueOnlineRefundIds: pending online refunds due for a send or a query (never sent, not yet final, or
 * waiting out a backoff).
 */
export const DUE_ONLINE_REFUNDS = namedSql<'now', { id: string }>(
  `SELECT id FROM refund WHERE status = 'pending' AND send_state IS NOT NULL AND (next_send_at IS NULL OR next_send_at <= :now) ORDER BY created_at, id LIMIT 500`,
);

/** OrderPayments.refundSendUnanswered: the provider gave no answer; try again after a backoff. */
export const REFUND_SEND_UNANSWERED = namedSql<'id' | 'nextSendAt' | 'lastError'>(
  `UPDATE refund SET send_state = 'unknown', send_attempts = send_attempts + 1, next_send_at = :nextSendAt, last_error = :lastError WHERE id = :id AND status = 'pending'`,
);

/** OrderPayments.wakeRefundsOfPayment: that payment's pending refunds are due for a query now; their ids. */
export const WAKE_REFUNDS_OF_PAYMENT = namedSql<'providerPaymentId' | 'method', { id: string }>(
  `WITH due AS (UPDATE refund SET next_send_at = NULL WHERE provider_payment_id = :providerPaymentId AND method = :method AND status = 'pending' RETURNING id) SELECT id FROM due`,
);

/** OrderPayments.wakeRefund: a pending refund is due for a query now. */
export const WAKE_REFUND = namedSql<'id'>(`UPDATE refund SET next_send_at = NULL WHERE id = :id AND status = 'pending'`);

/** OrderPayments.refundStatus: a refund's status. */
export const REFUND_STATUS = namedSql<'id', { status: string }>(`SELECT status FROM refund WHERE id = :id`);

/** An online refund asked of a provider on a day, as the provider reconciliation compares it. */
export interface RefundOfDay {
  id: string;
  orderId: string;
  status: string;
  amountFen: string;
  providerPaymentId: string;
  providerRefundId: string | null;
}

/** OrderPayments.refundsOfDay: the online refunds of one provider (`method`) asked within [from, until). */
export const REFUNDS_OF_DAY = namedSql<'method' | 'from' | 'until', RefundOfDay>(`
  SELECT r.id, r.order_id AS "orderId", r.status, r.amount_fen::bigint AS "amountFen", r.provider_payment_id AS "providerPaymentId",
         r.provider_refund_id AS "providerRefundId"
    FROM refund r
   WHERE r.method = :method AND r.provider_payment_id IS NOT NULL AND r.created_at >= :from AND r.created_at < :until
   ORDER BY r.created_at, r.id`);
