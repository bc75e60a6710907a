import { NewEvent, ORDER_EVENTS, OrderEventPayload, OrderEventType } from '@yigou/server/events';

/**
 * A real order event of `type` for the dispatcher's own tests, with a payload of its type's shape but without the
 * order's counting facts (`state`), like the events written before the counting rule: quota, attribution and the live
 * sessions read it and write nothing, so only the test's consumers act on it.
 */
export function factlessOrderEvent(
  type: OrderEventType,
  orderId: string,
  extra: Partial<OrderEventPayload> = {},
): NewEvent<OrderEventType> {
  const payload: OrderEventPayload = {
    orderId,
    orderNo: 'YG-TEST',
    buyerId: orderId,
    unitId: null,
    supplierId: orderId,
    liveSessionId: null,
    totalFen: 0,
    paidFen: 0,
    lines: [],
    occurredAt: new Date().toISOString(),
    ...extra,
  };
  const event = { aggregateType: 'order', aggregateId: orderId };
  if (type === ORDER_EVENTS.refunded) return { ...event, type, payload: { ...payload, refundId: orderId, refundFen: payload.paidFen } };
  if (type === ORDER_EVENTS.rebound) return { ...event, type, payload: { ...payload, fromUnitId: null, bindingChangeId: orderId } };
  return { ...event, type, payload };
}
