import type { DataSource, EntityManager } from 'typeorm';
import { queryNamed } from '@yigou/server/core';
import type { DomainEvent, EventName } from '../dto/event-map';
import { EVENTS_HANDLED_BY, EVENTS_OF_TYPES } from '../sql/outbox.sql';

/** An event as a replay reads it from the outbox log. */
export type LoggedEvent<T extends EventName = EventName> = Pick<DomainEvent<T>, 'id' | 'type' | 'payload'>;

/**
 * The events lib's read port on its outbox log, for the consumers that rebuild their state from it (quota's totals,
 * attribution's ledger check): they never name the outbox tables themselves.
 */

/** Every event of these types, oldest first (the whole log: a replay from the start). */
export function eventsOfTypes<T extends EventName>(db: DataSource | EntityManager, types: readonly T[]): Promise<LoggedEvent<T>[]> {
  return queryNamed(db, EVENTS_OF_TYPES, { types: [...types] }) as Promise<LoggedEvent<T>[]>;
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
  return queryNamed(em, EVENTS_HANDLED_BY, { types: [...types], consumer }) as Promise<(LoggedEvent<T> & { processed_at: Date })[]>;
}
