/**
 * The statements payments runs on orders' `shop_order` and `refund` rows, written here so that orders owns its
 * tables (docs/architecture.md). Each names its parameters in the order they are passed; `OrderPayments` passes them.
 */

/** $1 ids: each order's number. */
export const ORDER_NOS = `SELECT id, order_no AS "orderNo" FROM shop_order WHERE id = ANY($1::uuid[])`;

/** $1 orderId: what earlier refunds that change the order (pending or done) took, for the next refund's limits. */
export const EARLIER_ORDER_REFUNDS = `SELECT amount_fen, status, restock, lines FROM refund WHERE order_id = $1 AND status <> 'failed' AND kind IN ('order', 'expired_transfer')`;

/** $1 now: pending online refunds due for a send or a query (never sent, not yet final, or waiting out a backoff). */
export const DUE_ONLINE_REFUNDS = `SELECT id FROM refund WHERE status = 'pending' AND send_state IS NOT NULL AND (next_send_at IS NULL OR next_send_at <= $1) ORDER BY created_at, id LIMIT 500`;

/** $1 id, $2 nextSendAt, $3 lastError: the provider gave no answer; try again after a backoff. */
export const REFUND_SEND_UNANSWERED = `UPDATE refund SET send_state = 'unknown', send_attempts = send_attempts + 1, next_send_at = $2, last_error = $3 WHERE id = $1 AND status = 'pending'`;

/** $1 providerPaymentId, $2 method: that payment's pending refunds are due for a query now; their ids. */
export const WAKE_REFUNDS_OF_PAYMENT = `WITH due AS (UPDATE refund SET next_send_at = NULL WHERE provider_payment_id = $1 AND method = $2 AND status = 'pending' RETURNING id) SELECT id FROM due`;

/** $1 id: a pending refund is due for a query now. */
export const WAKE_REFUND = `UPDATE refund SET next_send_at = NULL WHERE id = $1 AND status = 'pending'`;

/** $1 id: a refund's status. */
export const REFUND_STATUS = `SELECT status FROM refund WHERE id = $1`;

/** $1 method, $2 from, $3 until: the online refunds asked that day. */
export const REFUNDS_OF_DAY = `
  SELECT r.id, r.order_id AS "orderId", r.status, r.amount_fen::bigint AS "amountFen", r.provider_payment_id AS "providerPaymentId",
         r.provider_refund_id AS "providerRefundId"
    FROM refund r
   WHERE r.method = $1 AND r.provider_payment_id IS NOT NULL AND r.created_at >= $2 AND r.created_at < $3
   ORDER BY r.created_at, r.id`;
