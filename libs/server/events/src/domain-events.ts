import type { EntityManager } from 'typeorm';

export interface DomainEvent<P = Record<string, unknown>> {
  /** Outbox id: increases with commit order only roughly; never rely on gaps. */
  id: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: P;
  createdAt: Date;
}

/**
 * A reader of domain events. `handle` runs inside a transaction that also
 * records the consumption, so its writes and the "done" mark commit together:
 * each event is handled exactly once per consumer, across processes.
 */
export interface EventConsumer {
  /** Stable name; renaming it replays every event to it. */
  readonly name: string;
  /** Event types it wants, e.g. ['order.paid', 'order.refunded']. */
  readonly types: readonly string[];
  handle(event: DomainEvent, em: EntityManager): Promise<void>;
}
