import type { DataSource, EntityManager } from 'typeorm';
import type { DomainEvent, EventName } from '../dto/event-map';

/** An event as a replay reads it from the outbox log. */
export type LoggedEvent<T extends EventName = EventName> = Pick<DomainEvent<T>, 'id' | 'type' | 'payload'>;

/**
 * The events lib's read port on its outbox log, for the consumers that rebuild their state from it (quota's totals,
 * attribution's ledger check): they never name the outbox tables themselves.
 */

/** Every event of these types, oldest first (the whole log: a replay from the start). */
export function eventsOfTypes<T extends EventName>(db: DataSource | EntityManager, types: readonly T[]): Promise<LoggedEvent<T>[]> {
  return db.query(`SELECT id, type, payload FROM outbox_event WHERE type = ANY($1) ORDER BY id`, [[...types]]);
}

/**
 * The events of these types that `consumer` has handled, oldest first, each with when it was handled: those recorded
 * as consumed, and those below the consumer's low-water mark that no dead letter holds (the retention job deleted
 * their record). In the caller's transaction, so a REPEATABLE READ replay sees one snapshot.
 */
export function eventsHandledBy<T extends EventName>(
  em: EntityManager,
  consumer: string,
  types: readonly T[],
): Promise<(LoggedEvent<T> & { processed_at: Date })[]> {
  return em.query(
    `SELECT e.id::text AS id, e.type, e.payload, COALESCE(c.processed_at, e.created_at) AS processed_at FROM outbox_event e
       LEFT JOIN event_consumption c ON c.consumer = $2 AND c.event_id = e.id
      WHERE e.type = ANY($1)
        AND (c.event_id IS NOT NULL
             OR (e.tx_id < COALESCE((SELECT s.low_tx_id FROM event_consumer_state s WHERE s.consumer = $2), 0)
                 AND NOT EXISTS (SELECT 1 FROM event_dead_letter d
                                  WHERE d.consumer = $2 AND d.aggregate_type = e.aggregate_type AND d.aggregate_id = e.aggregate_id AND d.event_id <= e.id)))
      ORDER BY e.id`,
    [[...types], consumer],
  );
}
