import { namedSql } from '@yigou/server/database';

/**
 * PaymentLedger.apply: records a provider's notification once, by its event id (a replay inserts nothing and answers
 * no row, so it acts only once).
 */
export const RECORD_NOTIFICATION = namedSql<
  'provider' | 'eventId' | 'type' | 'providerPaymentId' | 'amountFen' | 'currency' | 'occurredAt',
  { id: string }
>(
  `INSERT INTO payment_notification (provider, event_id, type, provider_payment_id, amount_fen, currency, occurred_at)
       VALUES (:provider, :eventId, :type, :providerPaymentId, :amountFen, :currency, :occurredAt) ON CONFLICT (provider, event_id) DO NOTHING RETURNING id`,
);

/** PaymentLedger.succeeded: another attempt than `attemptId` has paid one of these orders already. */
export const ORDERS_PAID_BY_ANOTHER_ATTEMPT = namedSql<'attemptId' | 'orderIds', { taken: boolean }>(
  `SELECT EXISTS (SELECT 1 FROM payment_attempt WHERE id <> :attemptId AND outcome = 'applied' AND order_ids && :orderIds::uuid[]) AS taken`,
);
