import { ORDER_EVENTS, OrderEventPayload, OrderReboundPayload, OrderRefundedPayload } from './order-events';

/**
 * Every event type the outbox carries, with the payload it carries: the one place that says what `payload` is for a
 * type. `EventOutbox.append` takes a payload of its type's shape, and a consumer of some types gets
 * `DomainEvent<T>` whose payload is that shape, so neither side casts.
 *
 * Payloads are stored as JSON (`outbox_event.payload`, jsonb) and read back years later, by replays and rebuilds as
 * well: a payload type changes only additively (a new field is optional, since old rows lack it, as `state` is), and
 * an event type or field is never renamed. A new event type is a new key here.
 */
export interface EventPayloads {
  [ORDER_EVENTS.paid]: OrderEventPayload;
  [ORDER_EVENTS.received]: OrderEventPayload;
  [ORDER_EVENTS.completed]: OrderEventPayload;
  [ORDER_EVENTS.cancelled]: OrderEventPayload;
  [ORDER_EVENTS.refunded]: OrderRefundedPayload;
  [ORDER_EVENTS.rebound]: OrderReboundPayload;
}

/** An event type the outbox carries, e.g. 'order.paid'. */
export type EventName = keyof EventPayloads;

/**
 * An event to append. For a union of types it is the union of one shape per type, so `type` and `payload` always
 * match: a refund's payload cannot go out as 'order.paid' by way of a variable typed with both.
 */
export type NewEvent<T extends EventName = EventName> = {
  [K in T]: { type: K; aggregateType: string; aggregateId: string; payload: EventPayloads[K] };
}[T];

/** A stored event as a consumer receives it; for a union of types, narrowing on `type` narrows `payload`. */
export type DomainEvent<T extends EventName = EventName> = {
  [K in T]: {
    /** Outbox id: increases with commit order only roughly; never rely on gaps. */
    id: string;
    type: K;
    aggregateType: string;
    aggregateId: string;
    payload: EventPayloads[K];
    createdAt: Date;
  };
}[T];
