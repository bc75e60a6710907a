/**
 * The dispatcher's SQL. $1 is always the consumer's name, $2 the event types it wants.
 *
 * "Held" events: an event waits behind a dead letter of its own aggregate (same consumer) at or before it,
 * so a parked order stops only that order. "Waiting" events: an earlier event of the same aggregate is
 * not handled yet, so events of one aggregate are applied in id (append) order.
 */

const NOT_CONSUMED = `NOT EXISTS (SELECT 1 FROM event_consumption c WHERE c.consumer = $1 AND c.event_id = e.id)`;
const NOT_HELD = `NOT EXISTS (SELECT 1 FROM event_dead_letter d
                   WHERE d.consumer = $1 AND d.aggregate_type = e.aggregate_type AND d.aggregate_id = e.aggregate_id AND d.event_id <= e.id)`;

/** Takes the consumer's transaction-level lock (one process at a time) and reads its low-water mark. */
export const LOCK_AND_STATE = `
  SELECT pg_try_advisory_xact_lock(hashtext('outbox:' || $1)) AS locked,
         COALESCE((SELECT low_tx_id FROM event_consumer_state WHERE consumer = $1), 0)::text AS low_tx_id`;

/**
 * Events from the low-water mark on, in transaction order, that are final (their transaction has ended),
 * not handled, not held and not waiting. $3 low-water mark, $4 batch size. An earlier event of the aggregate below
 * the mark is handled or holds this one through its dead letter (NOT_HELD), so "waiting" looks from the mark on
 * only: the retention job may delete the consumption records down there.
 */
export const NEXT_EVENTS = `
  SELECT e.id::text AS id, e.type, e.aggregate_type, e.aggregate_id, e.payload, e.created_at
    FROM outbox_event e
   WHERE e.tx_id >= $3 AND e.type = ANY($2)
     AND ${NOT_CONSUMED}
     AND ${NOT_HELD}
     AND NOT EXISTS (SELECT 1 FROM outbox_event p
                      WHERE p.aggregate_type = e.aggregate_type AND p.aggregate_id = e.aggregate_id AND p.id < e.id AND p.type = ANY($2) AND p.tx_id >= $3
                        AND NOT EXISTS (SELECT 1 FROM event_consumption c WHERE c.consumer = $1 AND c.event_id = p.id))
   ORDER BY e.tx_id, e.id
   LIMIT $4`;

/**
 * Aggregates whose first dead letter is due for another attempt (at most $3 aggregates): all their
 * unhandled events from that dead letter on, in id order, each with its own dead letter's state if it has one.
 */
export const DUE_RETRIES = `
  WITH due AS (
    SELECT d.aggregate_type, d.aggregate_id, d.event_id
      FROM event_dead_letter d
     WHERE d.consumer = $1 AND d.parked_at IS NULL AND d.next_attempt_at <= now()
       AND NOT EXISTS (SELECT 1 FROM event_dead_letter f
                        WHERE f.consumer = $1 AND f.aggregate_type = d.aggregate_type AND f.aggregate_id = d.aggregate_id AND f.event_id < d.event_id)
     ORDER BY d.next_attempt_at
     LIMIT $3)
  SELECT e.id::text AS id, e.type, e.aggregate_type, e.aggregate_id, e.payload, e.created_at,
         dl.event_id IS NOT NULL AS dead_letter, (dl.parked_at IS NULL AND dl.next_attempt_at <= now()) AS due
    FROM due
    JOIN outbox_event e ON e.aggregate_type = due.aggregate_type AND e.aggregate_id = due.aggregate_id AND e.id >= due.event_id
    LEFT JOIN event_dead_letter dl ON dl.consumer = $1 AND dl.event_id = e.id
   WHERE e.type = ANY($2) AND ${NOT_CONSUMED}
   ORDER BY e.id`;

/** Marks a batch handled: one statement for the whole batch ($2 the ids). */
export const MARK_CONSUMED = `INSERT INTO event_consumption (consumer, event_id) SELECT $1, unnest($2::bigint[])`;

export const CLEAR_DEAD_LETTERS = `DELETE FROM event_dead_letter WHERE consumer = $1 AND event_id = ANY($2::bigint[])`;

/**
 * Moves the low-water mark up to the oldest transaction still running (snapshot xmin: no running or later
 * transaction can append below it) or the oldest event still to handle, whichever is lower. Held events do not
 * hold it back: they are found again through their dead letter. $3 the current mark.
 */
export const ADVANCE_LOW_WATER = `
  INSERT INTO event_consumer_state AS s (consumer, low_tx_id, updated_at)
  SELECT $1, LEAST(txid_snapshot_xmin(txid_current_snapshot()),
                   COALESCE((SELECT e.tx_id FROM outbox_event e
                              WHERE e.tx_id >= $3 AND e.type = ANY($2) AND ${NOT_CONSUMED} AND ${NOT_HELD}
                              ORDER BY e.tx_id LIMIT 1), txid_snapshot_xmin(txid_current_snapshot()))), now()
  ON CONFLICT (consumer) DO UPDATE SET low_tx_id = EXCLUDED.low_tx_id, updated_at = EXCLUDED.updated_at
   WHERE s.low_tx_id < EXCLUDED.low_tx_id`;

/**
 * Records a failed attempt ($2 event id, $3 type, $4 aggregate type, $5 aggregate id, $6 error text, $7 attempts
 * before parking, $8 first backoff in ms, doubled per failure up to $9 ms). A manual retry that fails parks at once.
 */
export const RECORD_FAILURE = `
  INSERT INTO event_dead_letter AS d
         (consumer, event_id, event_type, aggregate_type, aggregate_id, attempts, last_error, first_failed_at, last_failed_at, next_attempt_at, parked_at)
  VALUES ($1, $2, $3, $4, $5, 1, $6, now(), now(),
          CASE WHEN $7::int > 1 THEN now() + make_interval(secs => LEAST($8::float8, $9::float8) / 1000) END,
          CASE WHEN $7::int <= 1 THEN now() END)
  ON CONFLICT (consumer, event_id) DO UPDATE SET
    attempts = d.attempts + 1,
    last_error = EXCLUDED.last_error,
    last_failed_at = EXCLUDED.last_failed_at,
    next_attempt_at = CASE WHEN d.retried_at IS NULL AND d.attempts + 1 < $7::int
                           THEN EXCLUDED.last_failed_at + make_interval(secs => LEAST($8::float8 * power(2, d.attempts), $9::float8) / 1000) END,
    parked_at = CASE WHEN d.retried_at IS NOT NULL OR d.attempts + 1 >= $7::int THEN EXCLUDED.last_failed_at END
  RETURNING attempts, parked_at IS NOT NULL AS parked`;

/**
 * Retention ($1 handled before, $2 batch size): records of events below their consumer's low-water mark, of
 * aggregates without a dead letter for that consumer, except each consumer's newest record. Returns `n` deleted.
 */
export const PRUNE_CONSUMPTION = `
  WITH gone AS (
    DELETE FROM event_consumption c
     WHERE c.ctid IN (
       SELECT c2.ctid FROM event_consumption c2
         JOIN event_consumer_state s ON s.consumer = c2.consumer
         JOIN outbox_event e ON e.id = c2.event_id
        WHERE c2.processed_at < $1 AND e.tx_id < s.low_tx_id
          AND c2.event_id < (SELECT max(m.event_id) FROM event_consumption m WHERE m.consumer = c2.consumer)
          AND NOT EXISTS (SELECT 1 FROM event_dead_letter d
                           WHERE d.consumer = c2.consumer AND d.aggregate_type = e.aggregate_type AND d.aggregate_id = e.aggregate_id)
        LIMIT $2)
    RETURNING 1)
  SELECT count(*)::int AS n FROM gone`;
