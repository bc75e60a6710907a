import { randomUUID } from 'node:crypto';
import {
  EventDispatcher,
  EventOutbox,
  EventPayloads,
  ORDER_EVENTS,
  OrderCountingState,
  OrderEventLine,
  OrderEventPayload,
  OrderEventType,
} from '@yigou/server/events';
import { demoUnitIds, TestApp } from '@yigou/server/testing';

export interface DemoIds {
  units: Record<string, string>;
  users: Record<string, string>;
  products: Record<string, { id: string; supplierId: string }>;
}

export async function demoIds(t: TestApp): Promise<DemoIds> {
  const users: { id: string; username: string }[] = await t.db.query(`SELECT id, username FROM app_user WHERE username IS NOT NULL`);
  const products: { id: string; name: string; supplier_id: string }[] = await t.db.query(`SELECT id, name, supplier_id FROM product`);
  return {
    units: await demoUnitIds(t),
    users: Object.fromEntries(users.map((u) => [u.username, u.id])),
    products: Object.fromEntries(products.map((p) => [p.name, { id: p.id, supplierId: p.supplier_id }])),
  };
}

/**
 * Plays the orders domain: appends an order event through the outbox in a
 * transaction, as orders does, with the order's counting facts (paid, received,
 * rated, cancelled, refunds per line) kept up to date per order from the events played.
 */
export class OrderEventPlayer {
  private readonly states = new Map<string, OrderCountingState>();

  constructor(private readonly t: TestApp) {}

  order(base: {
    unitId: string | null;
    buyerId: string;
    supplierId: string;
    lines: Omit<OrderEventLine, 'lineId' | 'skuId' | 'unitPriceFen'>[];
  }) {
    const orderId = randomUUID();
    const lines: OrderEventLine[] = base.lines.map((l) => ({
      ...l,
      lineId: randomUUID(),
      skuId: randomUUID(),
      unitPriceFen: Math.round(l.amountFen / l.quantity),
    }));
    const totalFen = lines.reduce((s, l) => s + l.amountFen, 0);
    const payload: OrderEventPayload = {
      orderId,
      orderNo: `YG${Date.now()}`,
      buyerId: base.buyerId,
      unitId: base.unitId,
      supplierId: base.supplierId,
      liveSessionId: null,
      totalFen,
      paidFen: totalFen,
      lines,
      occurredAt: new Date().toISOString(),
    };
    this.states.set(orderId, freshCountingState({ unitId: base.unitId, lines }));
    return { orderId, lines, payload };
  }

  private advance(type: string, payload: OrderEventPayload): OrderCountingState | undefined {
    const s = this.states.get(payload.orderId);
    if (!s) return undefined;
    const next = advanceCountingState(s, type, payload);
    this.states.set(payload.orderId, next);
    return next;
  }

  async emit<T extends OrderEventType>(type: T, payload: EventPayloads[T], deliver = true): Promise<void> {
    const outbox = this.t.api.app.get(EventOutbox);
    const state = payload.state ?? this.advance(type, payload);
    await this.t.db.transaction((em) =>
      outbox.append(em, {
        type,
        aggregateType: 'order',
        aggregateId: payload.orderId,
        payload: { ...payload, state, occurredAt: new Date().toISOString() },
      }),
    );
    if (deliver) await this.t.api.app.get(EventDispatcher).drain();
  }
}

/** The facts after an event of `type`, as orders would report them (a refund adds its lines' amounts to what each line had refunded). */
export function advanceCountingState(
  s: OrderCountingState,
  type: string,
  payload: Pick<OrderEventPayload, 'lines' | 'unitId'>,
): OrderCountingState {
  const next: OrderCountingState = { ...s, lines: s.lines.map((l) => ({ ...l })) };
  if (type === ORDER_EVENTS.paid) next.paid = true;
  if (type === ORDER_EVENTS.received) next.received = true;
  if (type === ORDER_EVENTS.completed) next.received = next.rated = true;
  if (type === ORDER_EVENTS.cancelled) next.cancelled = true;
  if (type === ORDER_EVENTS.refunded) {
    for (const r of payload.lines) {
      const l = next.lines.find((x) => x.lineId === r.lineId);
      if (!l) continue;
      l.refundedFen = Math.min(l.amountFen, l.refundedFen + r.amountFen);
      l.refundedQuantity = Math.min(l.quantity, l.refundedQuantity + r.quantity);
    }
  }
  if (type === ORDER_EVENTS.rebound) next.unitId = payload.unitId;
  return next;
}

/** The facts of a new order (nothing paid, received or refunded yet). */
export function freshCountingState(p: Pick<OrderEventPayload, 'unitId' | 'lines'>): OrderCountingState {
  return {
    unitId: p.unitId,
    paid: false,
    received: false,
    rated: false,
    cancelled: false,
    lines: p.lines.map((l) => ({ ...l, refundedFen: 0, refundedQuantity: 0 })),
  };
}
