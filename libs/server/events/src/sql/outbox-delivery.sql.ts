import { namedSql } from '@yigou/server/core';

/**
 * The dispatcher's SQL. `:consumer` is always the consumer's name, `:types` the event types it wants.
 *
 * "Held" events: an event waits behind a dead letter of its own aggregate (same consumer) at or before it,
 * so a parked order stops only that order. "Waiting" events: an earlier event of the same aggregate is
 * not handled yet, so events of one aggregate are applied in id (append) order.
 */

const NOT_CONSUMED = `NOT EXISTS (SELECT 1 FROM event_consumption c WHERE c.consumer = :consumer AND c.event_id = e.id)`;
const NOT_HELD = `NOT EXISTS (SELECT 1 FROM event_dead_letter d
                   WHERE d.consumer = :consumer AND d.aggregate_type = e.aggregate_type AND d.aggregate_id = e.aggregate_id AND d.event_id <= e.id)`;

/** ConsumerDelivery.deliverBatch: takes the consumer's transaction-level lock (one process at a time) and reads its low-water mark. */
export const LOCK_AND_STATE = namedSql<'consumer', { locked: boolean; low_tx_id: string }>(`
  SELECT pg_try_advisory_xact_lock(hashtext('outbox:' || :consumer)) AS locked,
         COALESCE((SELECT low_tx_id FROM event_consumer_state WHERE consumer = :consumer), 0)::text AS low_tx_id`);

/** An outbox event as the delivery reads it (DUE_RETRIES adds its dead letter's state). */
export interface OutboxEventRow {
  id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: unknown;
  created_at: Date;
  dead_letter?: boolean;
  due?: boolean;
}

/**
 * ConsumerDelivery.deliverBatch: events from the low-water mark on, in transaction order, that are final (their
 * transaction has ended), not handled, not held and not waiting. `:lowTxId` low-water mark, `:batchSize` batch size.
 * An earlier event of the aggregate below the mark is handled or holds this one through its dead letter (NOT_HELD),
 * so "waiting" looks from the mark on only: the retention job may delete the consumption records down there.
 */
export const NEXT_EVENTS = namedSql<'consumer' | 'types' | 'lowTxId' | 'batchSize', OutboxEventRow>(`
  SELECT e.id::text AS id, e.type, e.aggregate_type, e.aggregate_id, e.payload, e.created_at
    FROM outbox_event e
   WHERE e.tx_id >= :lowTxId AND e.type = ANY(:types)
     AND ${NOT_CONSUMED}
     AND ${NOT_HELD}
     AND NOT EXISTS (SELECT 1 FROM outbox_event p
                      WHERE p.aggregate_type = e.aggregate_type AND p.aggregate_id = e.aggregate_id AND p.id < e.id AND p.type = ANY(:types) AND p.tx_id >= :lowTxId
                        AND NOT EXISTS (SELECT 1 FROM event_consumption c WHERE c.consumer = :consumer AND c.event_id = p.id))
   ORDER BY e.tx_id, e.id
   LIMIT :batchSize`);

/**
 * ConsumerDelivery.deliverBatch: aggregates whose first dead letter is due for another attempt (at most
 * `:aggregates` aggregates): all their unhandled events from that dead letter on, in id order, each with its own dead
 * letter's state if it has one.
 */
export const DUE_RETRIES = namedSql<'consumer' | 'types' | 'aggregates', OutboxEventRow>(`
  WITH due AS (
    SELECT d.aggregate_type, d.aggregate_id, d.event_id
      FROM event_dead_letter d
     WHERE d.consumer = :consumer AND d.parked_at IS NULL AND d.next_attempt_at <= now()
       AND NOT EXISTS (SELECT 1 FROM event_dead_letter f
                        WHERE f.consumer = :consumer AND f.aggregate_type = d.aggregate_type AND f.aggregate_id = d.aggregate_id AND f.event_id < d.event_id)
     ORDER BY d.next_attempt_at
     LIMIT :aggregates)
  SELECT e.id::text AS id, e.type, e.aggregate_type, e.aggregate_id, e.payload, e.created_at,
         dl.event_id IS NOT NULL AS dead_letter, (dl.parked_at IS NULL AND dl.next_attempt_at <= now()) AS due
    FROM due
    JOIN outbox_event e ON e.aggregate_type = due.aggregate_type AND e.aggregate_id = due.aggregate_id AND e.id >= due.event_id
    LEFT JOIN event_dead_letter dl ON dl.consumer = :consumer AND dl.event_id = e.id
   WHERE e.type = ANY(:types) AND ${NOT_CONSUMED}
   ORDER BY e.id`);

/** ConsumerDelivery.deliverBatch: marks a batch handled, one statement for the whole batch (`:eventIds`). */
export const MARK_CONSUMED = namedSql<'consumer' | 'eventIds'>(
  `INSERT INTO event_consumption (consumer, event_id) SELECT :consumer, unnest(:eventIds::bigint[])`,
);

/** ConsumerDelivery.deliverBatch: the dead letters of the batch's retried events go (they were handled). */
export const CLEAR_DEAD_LETTERS = namedSql<'consumer' | 'eventIds'>(
  `DELETE FROM event_dead_letter WHERE consumer = :consumer AND event_id = ANY(:eventIds::bigint[])`,
);

/**
 * ConsumerDelivery.deliverBatch: moves the low-water mark up to the oldest transaction still running (snapshot xmin:
 * no running or later transaction can append below it) or the oldest event still to handle, whichever is lower. Held
 * events do not hold it back: they are found again through their dead letter. `:lowTxId` the current mark.
 */
export const ADVANCE_LOW_WATER = namedSql<'consumer' | 'types' | 'lowTxId'>(`
  INSERT INTO event_consumer_state AS s (consumer, low_tx_id, updated_at)
  SELECT :consumer, LEAST(txid_snapshot_xmin(txid_current_snapshot()),
                   COALESCE((SELECT e.tx_id FROM outbox_event e
                              WHERE e.tx_id >= :lowTxId AND e.type = ANY(:types) AND ${NOT_CONSUMED} AND ${NOT_HELD}
                              ORDER BY e.tx_id LIMIT 1), txid_snapshot_xmin(txid_current_snapshot()))), now()
  ON CONFLICT (consumer) DO UPDATE SET low_tx_id = EXCLUDED.low_tx_id, updated_at = EXCLUDED.updated_at
   WHERE s.low_tx_id < EXCLUDED.low_tx_id`);

/**
 * ConsumerDelivery.recordFailure: records a failed attempt (`:error` the error text, `:maxAttempts` attempts before
 * parking, `:baseMs` first backoff in ms, doubled per failure up to `:maxMs` ms). A manual retry that fails parks at once.
 */
export const RECORD_FAILURE = namedSql<
  'consumer' | 'eventId' | 'eventType' | 'aggregateType' | 'aggregateId' | 'error' | 'maxAttempts' | 'baseMs' | 'maxMs',
  { attempts: number; parked: boolean }
>(`
  INSERT INTO event_dead_letter AS d
         (consumer, event_id, event_type, aggregate_type, aggregate_id, attempts, last_error, first_failed_at, last_failed_at, next_attempt_at, parked_at)
  VALUES (:consumer, :eventId, :eventType, :aggregateType, :aggregateId, 1, :error, now(), now(),
          CASE WHEN :maxAttempts::int > 1 THEN now() + make_interval(secs => LEAST(:baseMs::float8, :maxMs::float8) / 1000) END,
          CASE WHEN :maxAttempts::int <= 1 THEN now() END)
  ON CONFLICT (consumer, event_id) DO UPDATE SET
    attempts = d.attempts + 1,
    last_error = EXCLUDED.last_error,
    last_failed_at = EXCLUDED.last_failed_at,
    next_attempt_at = CASE WHEN d.retried_at IS NULL AND d.attempts + 1 < :maxAttempts::int
                           THEN EXCLUDED.last_failed_at + make_interval(secs => LEAST(:baseMs::float8 * power(2, d.attempts), :maxMs::float8) / 1000) END,
    parked_at = CASE WHEN d.retried_at IS NOT NULL OR d.attempts + 1 >= :maxAttempts::int THEN EXCLUDED.last_failed_at END
  RETURNING attempts, parked_at IS NOT NULL AS parked`);

/**
 * ConsumptionRetention.runOnce (`:before` handled before, `:batchSize` batch size): records of events below their
 * consumer's low-water mark, of aggregates without a dead letter for that consumer, except each consumer's newest
 * record. Returns `n` deleted.
 */
export const PRUNE_CONSUMPTION = namedSql<'before' | 'batchSize', { n: number }>(`
  WITH gone AS (
    DELETE FROM event_consumption c
     WHERE c.ctid IN (
       SELECT c2.ctid FROM event_consumption c2
         JOIN event_consumer_state s ON s.consumer = c2.consumer
         JOIN outbox_event e ON e.id = c2.event_id
        WHERE c2.processed_at < :before AND e.tx_id < s.low_tx_id
          AND c2.event_id < (SELECT max(m.event_id) FROM event_consumption m WHERE m.consumer = c2.consumer)
          AND NOT EXISTS (SELECT 1 FROM event_dead_letter d
                           WHERE d.consumer = c2.consumer AND d.aggregate_type = e.aggregate_type AND d.aggregate_id = e.aggregate_id)
        LIMIT :batchSize)
    RETURNING 1)
  SELECT count(*)::int AS n FROM gone`);
