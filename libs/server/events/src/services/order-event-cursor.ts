import type { EntityManager } from 'typeorm';
import { queryNamed } from '@yigou/server/core';
import { ADVANCE_ORDER_CURSORS } from '../sql/order-event-cursor.sql';

/**
 * Moves the consumer's cursor of the order to `eventId` if it is newer, locking
 * the row for the rest of the transaction. Returns false when the consumer has
 * already applied this event or a newer one (then it must write nothing).
 */
export async function advanceOrderCursor(em: EntityManager, consumer: string, orderId: string, eventId: string): Promise<boolean> {
  return (await advanceOrderCursors(em, consumer, [{ orderId, eventId }])).has(eventId);
}

/**
 * `advanceOrderCursor` for several orders in one statement (each order at most once). Returns the ids of the events
 * whose cursor moved: the others were already applied, or older than what was (then they must write nothing).
 */
export async function advanceOrderCursors(
  em: EntityManager,
  consumer: string,
  events: readonly { orderId: string; eventId: string }[],
): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  const rows = await queryNamed(em, ADVANCE_ORDER_CURSORS, {
    consumer,
    orderIds: events.map((e) => e.orderId),
    eventIds: events.map((e) => e.eventId),
  });
  return new Set(rows.map((r) => r.event_id));
}

/**
 * The part of a batch (at most one event per order) that this consumer must apply: moves each order's cursor in one
 * statement (`advanceOrderCursors`) and keeps, in their order, the items whose event moved it — not those already
 * applied, or older than one that was. An item carries its event (id, payload's order) and whatever else the
 * consumer picked out for it.
 */
export async function eventsToApply<T extends { event: { id: string; payload: { orderId: string } } }>(
  em: EntityManager,
  consumer: string,
  items: readonly T[],
): Promise<T[]> {
  const moved = await advanceOrderCursors(
    em,
    consumer,
    items.map((x) => ({ orderId: x.event.payload.orderId, eventId: x.event.id })),
  );
  return items.filter((x) => moved.has(x.event.id));
}
