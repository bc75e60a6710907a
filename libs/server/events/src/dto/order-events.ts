import type { OrderCountingState } from '../services/order-counting';

/**
 * The order events that the orders domain appends to the outbox and that
 * quota counting, household attribution and livestream reports consume.
 * Amounts are integer fen. This is a contract: change it only additively.
 */
export const ORDER_EVENTS = {
  /** Payment confirmed (Stripe webhook, or a matched bank transfer; ship-first orders when the transfer arrives). */
  paid: 'order.paid',
  /** The buyer confirmed receipt (or it was auto-confirmed). */
  received: 'order.received',
  /** Received and, where the jurisdiction requires it, rated: "completed" in the 832 sense. */
  completed: 'order.completed',
  /** Cancelled (before shipment). Carries what was paid, if anything, so counters can reverse it. */
  cancelled: 'order.cancelled',
  /** A full or partial refund went through (before or after receipt); `lines` carry only the refunded part. */
  refunded: 'order.refunded',
  /** A platform admin approved a change of the work unit the order counts for (变更计入单位): `unitId` is the new unit. */
  rebound: 'order.rebound',
} as const;
export type OrderEventType = (typeof ORDER_EVENTS)[keyof typeof ORDER_EVENTS];
/**
 * The order events a counting consumer (quota counting, household attribution, the live figures) takes: every one.
 * Each carries the order's counting facts after its transition (`state`), and the consumer counts from those by the
 * one rule (order-counting.ts), not from the type — so a type left off this list would leave its change uncounted.
 */
export const COUNTED_ORDER_EVENTS = [
  ORDER_EVENTS.paid,
  ORDER_EVENTS.received,
  ORDER_EVENTS.completed,
  ORDER_EVENTS.cancelled,
  ORDER_EVENTS.refunded,
  ORDER_EVENTS.rebound,
] as const;
export type CountedOrderEventType = (typeof COUNTED_ORDER_EVENTS)[number];
/** The order events whose payload is the order's facts alone (`OrderEventPayload`): all but a refund and a re-binding. */
export type OrderFactsEventType = Exclude<OrderEventType, typeof ORDER_EVENTS.refunded | typeof ORDER_EVENTS.rebound>;

export interface OrderEventLine {
  /** The order line's id (a UUID). */
  lineId: string;
  productId: string;
  skuId: string;
  quantity: number;
  /** Price per unit actually charged (the live price for livestream orders). */
  unitPriceFen: number;
  /** Net amount of the line (or of its refunded part), fen. */
  amountFen: number;
  /** Was the product certified (扶贫产品认定, verified and unexpired) when the order was placed? */
  certified: boolean;
}

export interface OrderEventPayload {
  orderId: string;
  orderNo: string;
  buyerId: string;
  /** The work unit the order counts for (bound at checkout); null for buyers without a unit. */
  unitId: string | null;
  supplierId: string;
  /** The livestream session the order came from, if any. */
  liveSessionId: string | null;
  /** Order total of the lines (without shipping), fen. */
  totalFen: number;
  /** Amount paid so far, fen (0 for a cancellation before payment). */
  paidFen: number;
  lines: OrderEventLine[];
  /** ISO time the transition happened. */
  occurredAt: string;
  /**
   * The order's counting facts after this transition (paid, received, rated,
   * cancelled, bound unit, each line's refunds so far). Consumers count from
   * these by the one rule (order-counting.ts), not from the event type.
   */
  state?: OrderCountingState;
}

export interface OrderRefundedPayload extends OrderEventPayload {
  refundId: string;
  refundFen: number;
}

export interface OrderReboundPayload extends OrderEventPayload {
  /** The unit the order counted for before the change. */
  fromUnitId: string | null;
  bindingChangeId: string;
}
