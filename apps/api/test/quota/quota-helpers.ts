import { randomUUID } from 'node:crypto';
import { EventDispatcher, EventOutbox, OrderEventLine, OrderEventPayload } from '@yigou/server/events';
import { TestApp } from '@yigou/server/testing';

export interface DemoIds {
  units: Record<string, string>;
  users: Record<string, string>;
  products: Record<string, { id: string; supplierId: string }>;
}

export async function demoIds(t: TestApp): Promise<DemoIds> {
  const units: { id: string; demo_key: string }[] = await t.db.query(`SELECT id, demo_key FROM work_unit WHERE demo_key IS NOT NULL`);
  const users: { id: string; username: string }[] = await t.db.query(`SELECT id, username FROM app_user WHERE username IS NOT NULL`);
  const products: { id: string; name: string; supplier_id: string }[] = await t.db.query(`SELECT id, name, supplier_id FROM product`);
  return {
    units: Object.fromEntries(units.map((u) => [u.demo_key, u.id])),
    users: Object.fromEntries(users.map((u) => [u.username, u.id])),
    products: Object.fromEntries(products.map((p) => [p.name, { id: p.id, supplierId: p.supplier_id }])),
  };
}

/** Plays the orders domain: appends an order event through the outbox in a transaction, as orders will. */
export class OrderEventPlayer {
  constructor(private readonly t: TestApp) {}

  order(base: { unitId: string | null; buyerId: string; supplierId: string; lines: Omit<OrderEventLine, 'lineId' | 'skuId' | 'unitPriceFen'>[] }) {
    const orderId = randomUUID();
    const lines: OrderEventLine[] = base.lines.map((l) => ({ ...l, lineId: randomUUID(), skuId: randomUUID(), unitPriceFen: Math.round(l.amountFen / l.quantity) }));
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
    return { orderId, lines, payload };
  }

  async emit(type: string, payload: OrderEventPayload | (OrderEventPayload & { refundId: string; refundFen: number }), deliver = true): Promise<void> {
    const outbox = this.t.api.app.get(EventOutbox);
    await this.t.db.transaction((em) =>
      outbox.append(em, { type, aggregateType: 'order', aggregateId: payload.orderId, payload: { ...payload, occurredAt: new Date().toISOString() } as unknown as Record<string, unknown> }),
    );
    if (deliver) await this.t.api.app.get(EventDispatcher).drain();
  }
}
