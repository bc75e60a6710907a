import { namedSql } from '@yigou/server/core';

/** EventOutbox.append: appends one event in the caller's transaction (`:payload` as JSON text). */
export const APPEND_EVENT = namedSql<'type' | 'aggregateType' | 'aggregateId' | 'payload', { id: string }>(
  `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload) VALUES (:type, :aggregateType, :aggregateId, :payload) RETURNING id`,
);

/** EventOutbox.append: delivered to every listening process when (and only if) the transaction commits. */
export const NOTIFY_OUTBOX = namedSql<'channel' | 'type'>(`SELECT pg_notify(:channel, :type)`);

/**
 * EventDispatcher.lagByConsumer: the consumer's events (of `:types`) past the last one it handled, and the age of the
 * oldest of them, from the primary key's last entry per consumer and the outbox's id order.
 */
export const CONSUMER_LAG = namedSql<'consumer' | 'types', { pending: number; oldest: number | null }>(
  `SELECT count(*)::int AS pending, extract(epoch FROM now() - min(e.created_at))::float8 AS oldest
             FROM outbox_event e
            WHERE e.type = ANY(:types)
              AND e.id > coalesce((SELECT max(event_id) FROM event_consumption WHERE consumer = :consumer), 0)`,
);

/** eventsOfTypes (the events lib's read port for replays): every event of these types, oldest first. */
export const EVENTS_OF_TYPES = namedSql<'types', { id: string; type: string; payload: unknown }>(
  `SELECT id, type, payload FROM outbox_event WHERE type = ANY(:types) ORDER BY id`,
);

/**
 * eventsHandledBy (the read port for replays): the events of these types that `:consumer` has handled, oldest first,
 * each with when: those recorded as consumed, and those below its low-water mark that no dead letter holds.
 */
export const EVENTS_HANDLED_BY = namedSql<'types' | 'consumer', { id: string; type: string; payload: unknown; processed_at: Date }>(
  `SELECT e.id::text AS id, e.type, e.payload, COALESCE(c.processed_at, e.created_at) AS processed_at FROM outbox_event e
       LEFT JOIN event_consumption c ON c.consumer = :consumer AND c.event_id = e.id
      WHERE e.type = ANY(:types)
        AND (c.event_id IS NOT NULL
             OR (e.tx_id < COALESCE((SELECT s.low_tx_id FROM event_consumer_state s WHERE s.consumer = :consumer), 0)
                 AND NOT EXISTS (SELECT 1 FROM event_dead_letter d
                                  WHERE d.consumer = :consumer AND d.aggregate_type = e.aggregate_type AND d.aggregate_id = e.aggregate_id AND d.event_id <= e.id)))
      ORDER BY e.id`,
);
