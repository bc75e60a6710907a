import type { EntityManager } from 'typeorm';
import type { EventConsumer } from './domain-events';
import type { DomainEvent, EventName, NewEvent } from './event-map';
import type { EventOutbox } from '../services/event-outbox.service';
import { ORDER_EVENTS, OrderEventPayload, OrderEventType } from './order-events';

/**
 * Type-level checks, run by the typecheck of `node tools/scripts/test.mjs static` (tsc fails on a
 * `@ts-expect-error` line that compiles): a payload that does not fit its event type, an event type the map does not
 * know, or a consumer reading a field its types do not carry is a compile error. Never called.
 */
async function _compileChecks(
  outbox: EventOutbox,
  em: EntityManager,
  order: OrderEventPayload,
  maybeRefund: typeof ORDER_EVENTS.paid | typeof ORDER_EVENTS.refunded,
): Promise<void> {
  const at = { aggregateType: 'order', aggregateId: order.orderId };
  await outbox.append(em, { ...at, type: ORDER_EVENTS.paid, payload: order });
  await outbox.append(em, { ...at, type: ORDER_EVENTS.refunded, payload: { ...order, refundId: 'r', refundFen: 100 } });
  await outbox.append(em, { ...at, type: ORDER_EVENTS.rebound, payload: { ...order, fromUnitId: null, bindingChangeId: 'c' } });
  // @ts-expect-error a refund's payload carries the refund (refundId, refundFen)
  await outbox.append(em, { ...at, type: ORDER_EVENTS.refunded, payload: order });
  // @ts-expect-error a re-binding's payload carries the unit it moved from
  await outbox.append(em, { ...at, type: ORDER_EVENTS.rebound, payload: { ...order, bindingChangeId: 'c' } });
  // @ts-expect-error a payload of another shape (what the dispatcher tests once appended)
  await outbox.append(em, { ...at, type: ORDER_EVENTS.paid, payload: { amountFen: 6800 } });
  // @ts-expect-error an event type the map does not know
  await outbox.append(em, { ...at, type: 'order.shipped', payload: order });
  // @ts-expect-error a type that may be a refund cannot go out with a payload that is not one
  await outbox.append(em, { ...at, type: maybeRefund, payload: order });
  const ok: NewEvent = { ...at, type: ORDER_EVENTS.completed, payload: order };
  void ok;

  const refunds: EventConsumer<typeof ORDER_EVENTS.paid | typeof ORDER_EVENTS.refunded> = {
    name: 'compile-check',
    types: [ORDER_EVENTS.paid, ORDER_EVENTS.refunded],
    async handle(event) {
      const fen: number = event.type === ORDER_EVENTS.refunded ? event.payload.refundFen : event.payload.paidFen;
      // @ts-expect-error only a refund carries refundFen: narrow on the type first
      const refundFen: number = event.payload.refundFen;
      void [fen, refundFen];
    },
  };
  void refunds;
  // @ts-expect-error a consumer's types are event types of the map (a misspelt one would never be delivered)
  const typo: EventConsumer = { name: 'compile-check', types: ['order.payed'], handle: async () => undefined };
  void typo;
  const paidOnly: EventConsumer<typeof ORDER_EVENTS.paid> = {
    name: 'compile-check',
    types: [ORDER_EVENTS.paid],
    // @ts-expect-error a consumer of paid events is handed paid events, not refunds
    handle: async (_event: DomainEvent<typeof ORDER_EVENTS.refunded>) => undefined,
  };
  void paidOnly;
  const wrongTypes: EventConsumer<typeof ORDER_EVENTS.paid> = {
    name: 'compile-check',
    // @ts-expect-error a consumer of paid events does not take refunds
    types: [ORDER_EVENTS.refunded],
    handle: async () => undefined,
  };
  void wrongTypes;
}

/** Every order event type has a payload in the map (and the map nothing else): otherwise this does not compile. */
const EVERY_EVENT: Record<EventName, true> & Record<OrderEventType, true> = {
  'order.paid': true,
  'order.received': true,
  'order.completed': true,
  'order.cancelled': true,
  'order.refunded': true,
  'order.rebound': true,
};

describe('the event map', () => {
  it('types the payload of every order event the orders domain appends, under the names stored rows carry', () => {
    expect(Object.keys(EVERY_EVENT).sort()).toEqual(Object.values(ORDER_EVENTS).sort());
    expect(Object.values(ORDER_EVENTS).sort()).toEqual([
      'order.cancelled',
      'order.completed',
      'order.paid',
      'order.rebound',
      'order.received',
      'order.refunded',
    ]);
  });
});
