/** The provider reconciliation's SQL on payments' own tables (orders' refund rows and order numbers come through OrderPayments). */

/** $1 provider, $2 from, $3 until: the attempts started that day. */
export const ATTEMPTS_OF_DAY = `
  SELECT a.id, a.provider_payment_id AS "providerPaymentId", a.status, a.amount_fen::bigint AS "amountFen", a.currency,
         a.received_fen::bigint AS "receivedFen", a.received_currency AS "receivedCurrency", a.order_ids AS "orderIds"
    FROM payment_attempt a
   WHERE a.provider = $1 AND a.created_at >= $2 AND a.created_at < $3
   ORDER BY a.created_at, a.id`;

export const START_RUN = `
  INSERT INTO provider_reconciliation_run (provider, day, trigger, started_at) VALUES ($1, $2, $3, $4) RETURNING id`;

export const FINISH_RUN = `
  UPDATE provider_reconciliation_run
     SET finished_at = $2, attempts_checked = $3, refunds_checked = $4, difference_count = $5, error = $6
   WHERE id = $1`;

export const ADD_DIFFERENCE = `
  INSERT INTO provider_reconciliation_difference
         (run_id, provider, kind, attempt_id, refund_id, provider_ref, order_nos, ours_fen, theirs_fen, ours_state, theirs_state, action)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`;

const RUN_COLUMNS = `r.id, r.provider, to_char(r.day, 'YYYY-MM-DD') AS day, r.trigger, r.started_at AS "startedAt", r.finished_at AS "finishedAt",
  r.attempts_checked AS "attemptsChecked", r.refunds_checked AS "refundsChecked", r.difference_count AS "differenceCount", r.error`;

/** Each provider's latest finished run. */
export const LATEST_RUNS = `
  SELECT DISTINCT ON (r.provider) ${RUN_COLUMNS}
    FROM provider_reconciliation_run r
   WHERE r.finished_at IS NOT NULL
   ORDER BY r.provider, r.started_at DESC`;

export const RUNS_BY_ID = `SELECT ${RUN_COLUMNS} FROM provider_reconciliation_run r WHERE r.id = ANY($1::uuid[]) ORDER BY r.provider`;

/** $1 provider, $2 day: a scheduled run of that day exists already. */
export const DAILY_RUN_EXISTS = `SELECT 1 FROM provider_reconciliation_run WHERE provider = $1 AND day = $2 AND trigger = 'daily' AND error IS NULL AND finished_at IS NOT NULL LIMIT 1`;

export const DIFFERENCES_OF_RUNS = `
  SELECT d.id, d.run_id AS "runId", d.provider, d.kind, d.attempt_id AS "attemptId", d.refund_id AS "refundId", d.provider_ref AS "providerRef",
         d.order_nos AS "orderNos", d.ours_fen::bigint AS "oursFen", d.theirs_fen::bigint AS "theirsFen", d.ours_state AS "oursState",
         d.theirs_state AS "theirsState", d.action, d.created_at AS "createdAt"
    FROM provider_reconciliation_difference d
   WHERE d.run_id = ANY($1::uuid[])
   ORDER BY d.provider, d.created_at, d.id`;

/** Each provider's latest notification (the reconciliation's own records aside). */
export const LAST_NOTIFICATIONS = `SELECT provider, max(received_at) AS at FROM payment_notification WHERE event_id NOT LIKE 'reconcile:%' GROUP BY provider`;
