import { namedSql } from '@yigou/server/database';
import type { ProviderDifference, ProviderReconciliationRun } from '../dto/provider-reconciliation.types';

/**
 * The provider reconciliation's SQL on payments' own tables (orders' refund rows and order numbers come through
 * OrderPayments). `ProviderReconciliationService` runs each of them.
 */

/** A payment attempt as the reconciliation compares it with the provider's answer. */
export interface AttemptRow {
  id: string;
  providerPaymentId: string | null;
  status: string;
  amountFen: string;
  currency: string;
  receivedFen: string | null;
  receivedCurrency: string | null;
  orderIds: string[];
}

/** A recorded difference as read back, before its label and figures are filled in. */
export type DifferenceRow = Omit<ProviderDifference, 'kindLabel' | 'oursFen' | 'theirsFen'> & {
  oursFen: string | null;
  theirsFen: string | null;
};

/** ProviderReconciliationService.runProvider: the attempts started that day. */
export const ATTEMPTS_OF_DAY = namedSql<'provider' | 'from' | 'until', AttemptRow>(`
  SELECT a.id, a.provider_payment_id AS "providerPaymentId", a.status, a.amount_fen::bigint AS "amountFen", a.currency,
         a.received_fen::bigint AS "receivedFen", a.received_currency AS "receivedCurrency", a.order_ids AS "orderIds"
    FROM payment_attempt a
   WHERE a.provider = :provider AND a.created_at >= :from AND a.created_at < :until
   ORDER BY a.created_at, a.id`);

/** ProviderReconciliationService.runProvider: a run starts; its id. */
export const START_RUN = namedSql<'provider' | 'day' | 'trigger' | 'startedAt', { id: string }>(`
  INSERT INTO provider_reconciliation_run (provider, day, trigger, started_at) VALUES (:provider, :day, :trigger, :startedAt) RETURNING id`);

/** ProviderReconciliationService.runProvider: the run ends, with what it checked and found (or the error that stopped it). */
export const FINISH_RUN = namedSql<'id' | 'finishedAt' | 'attemptsChecked' | 'refundsChecked' | 'differenceCount' | 'error'>(`
  UPDATE provider_reconciliation_run
     SET finished_at = :finishedAt, attempts_checked = :attemptsChecked, refunds_checked = :refundsChecked, difference_count = :differenceCount, error = :error
   WHERE id = :id`);

/** ProviderReconciliationService.runProvider: one difference of the run. */
export const ADD_DIFFERENCE = namedSql<
  | 'runId'
  | 'provider'
  | 'kind'
  | 'attemptId'
  | 'refundId'
  | 'providerRef'
  | 'orderNos'
  | 'oursFen'
  | 'theirsFen'
  | 'oursState'
  | 'theirsState'
  | 'action'
>(`
  INSERT INTO provider_reconciliation_difference
         (run_id, provider, kind, attempt_id, refund_id, provider_ref, order_nos, ours_fen, theirs_fen, ours_state, theirs_state, action)
  VALUES (:runId, :provider, :kind, :attemptId, :refundId, :providerRef, :orderNos, :oursFen, :theirsFen, :oursState, :theirsState, :action)`);

const RUN_COLUMNS = `r.id, r.provider, to_char(r.day, 'YYYY-MM-DD') AS day, r.trigger, r.started_at AS "startedAt", r.finished_at AS "finishedAt",
  r.attempts_checked AS "attemptsChecked", r.refunds_checked AS "refundsChecked", r.difference_count AS "differenceCount", r.error`;

/** ProviderReconciliationService.latestRuns: each provider's latest finished run. */
export const LATEST_RUNS = namedSql<never, ProviderReconciliationRun>(`
  SELECT DISTINCT ON (r.provider) ${RUN_COLUMNS}
    FROM provider_reconciliation_run r
   WHERE r.finished_at IS NOT NULL
   ORDER BY r.provider, r.started_at DESC`);

/** ProviderReconciliationService.run: the runs it made, by provider. */
export const RUNS_BY_ID = namedSql<'ids', ProviderReconciliationRun>(
  `SELECT ${RUN_COLUMNS} FROM provider_reconciliation_run r WHERE r.id = ANY(:ids::uuid[]) ORDER BY r.provider`,
);

/** ProviderReconciliationService.run: a scheduled run of that provider and day exists already. */
export const DAILY_RUN_EXISTS = namedSql<'provider' | 'day'>(
  `SELECT 1 FROM provider_reconciliation_run WHERE provider = :provider AND day = :day AND trigger = 'daily' AND error IS NULL AND finished_at IS NOT NULL LIMIT 1`,
);

/** ProviderReconciliationService.differencesOf: the differences of these runs. */
export const DIFFERENCES_OF_RUNS = namedSql<'runIds', DifferenceRow>(`
  SELECT d.id, d.run_id AS "runId", d.provider, d.kind, d.attempt_id AS "attemptId", d.refund_id AS "refundId", d.provider_ref AS "providerRef",
         d.order_nos AS "orderNos", d.ours_fen::bigint AS "oursFen", d.theirs_fen::bigint AS "theirsFen", d.ours_state AS "oursState",
         d.theirs_state AS "theirsState", d.action, d.created_at AS "createdAt"
    FROM provider_reconciliation_difference d
   WHERE d.run_id = ANY(:runIds::uuid[])
   ORDER BY d.provider, d.created_at, d.id`);

/** ProviderReconciliationService.providerStatus: each provider's latest notification (the reconciliation's own records aside). */
export const LAST_NOTIFICATIONS = namedSql<never, { provider: string; at: Date }>(
  `SELECT provider, max(received_at) AS at FROM payment_notification WHERE event_id NOT LIKE 'reconcile:%' GROUP BY provider`,
);
