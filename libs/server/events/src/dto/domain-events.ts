import type { EntityManager } from 'typeorm';
import type { DomainEvent, EventName } from './event-map';

/**
 * A reader of domain events of the types `T`. `handle` runs inside a transaction that also
 * records the consumption, so its writes and the "done" mark commit together:
 * each event is handled exactly once per consumer, across processes.
 */
export interface EventConsumer<T extends EventName = EventName> {
  /** Stable name; renaming it replays every event to it. */
  readonly name: string;
  /** Event types it wants, e.g. ['order.paid', 'order.refunded']: the only types it is handed. */
  readonly types: readonly T[];
  handle(event: DomainEvent<T>, em: EntityManager): Promise<void>;
  /**
   * Optional: handles several events at once, with the same effect as `handle` on each in turn (set-based reads and
   * writes instead of a few statements per event). The dispatcher passes events in id order and at most one per
   * aggregate (a batch with several events of one order comes as successive calls), in the same transaction as the
   * consumption marks. If it throws, the dispatcher undoes it and hands the same events to `handle` one by one, so a
   * bad event fails (and is retried or parked) alone. Side effects outside the database must be registered last,
   * after every statement succeeded.
   */
  handleBatch?(events: readonly DomainEvent<T>[], em: EntityManager): Promise<void>;
}
