import { namedSql } from '@yigou/server/core';
import type { DeadLetterEvent } from '../dto/dead-letter.types';

const LIST_CAP = 200;

/** A dead letter as platform admins see it; `:consumerTypes` is each consumer's event types (JSON), for counting what waits behind it. */
const SELECT_DEAD_LETTERS = `
  SELECT d.consumer, d.event_id::text AS "eventId", d.event_type AS "eventType", d.aggregate_type AS "aggregateType",
         d.aggregate_id AS "aggregateId", e.payload->>'orderNo' AS "orderNo", d.attempts, d.last_error AS "lastError",
         d.first_failed_at AS "firstFailedAt", d.last_failed_at AS "lastFailedAt", d.next_attempt_at AS "nextAttemptAt",
         d.parked_at AS "parkedAt", d.retried_at AS "retriedAt",
         (SELECT count(*)::int FROM outbox_event w
           WHERE w.aggregate_type = d.aggregate_type AND w.aggregate_id = d.aggregate_id AND w.id > d.event_id
             AND w.type IN (SELECT jsonb_array_elements_text(:consumerTypes::jsonb -> d.consumer))
             AND NOT EXISTS (SELECT 1 FROM event_consumption c WHERE c.consumer = d.consumer AND c.event_id = w.id)) AS "waitingBehind"
    FROM event_dead_letter d
    LEFT JOIN outbox_event e ON e.id = d.event_id`;

/** DeadLetterService.list: parked first, then the ones still retrying; newest failure first (only parked with `:parkedOnly`). */
export const LIST_DEAD_LETTERS = namedSql<'consumerTypes' | 'parkedOnly', DeadLetterEvent>(
  `${SELECT_DEAD_LETTERS}
        WHERE (:parkedOnly::boolean = false OR d.parked_at IS NOT NULL)
        ORDER BY d.parked_at IS NULL, d.last_failed_at DESC, d.event_id DESC
        LIMIT ${LIST_CAP}`,
);

/** DeadLetterService.retry: one consumer's dead letter of an event. */
export const DEAD_LETTER = namedSql<'consumerTypes' | 'consumer' | 'eventId', DeadLetterEvent>(
  `${SELECT_DEAD_LETTERS} WHERE d.consumer = :consumer AND d.event_id = :eventId`,
);

/** DeadLetterService.retry: makes the dead letter due now, by `:retriedBy` (run with `db.query`: rows and count). */
export const RETRY_DEAD_LETTER = namedSql<'consumer' | 'eventId' | 'retriedBy', { event_id: string }>(
  `UPDATE event_dead_letter SET parked_at = NULL, next_attempt_at = now(), retried_at = now(), retried_by = :retriedBy
        WHERE consumer = :consumer AND event_id = :eventId RETURNING event_id`,
);
