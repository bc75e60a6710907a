import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { advanceOrderCursor, countOrder, DomainEvent, EventConsumer, ORDER_EVENTS, OrderCountingState, OrderEventPayload } from '@yigou/server/events';
import { LivePublisher } from './realtime/live-publisher.service';
import { tickerText } from './ticker-text';

type Kind = 'paid' | 'cancelled' | 'refunded';

/** What an order adds to its session now, by the counting rule (every line, certified or not: the session sold it). */
export function sessionTarget(state: OrderCountingState): { orders: number; items: number; salesFen: number; bySku: Map<string, { productId: string; skuId: string; quantity: number; amountFen: number }> } {
  const bySku = new Map<string, { productId: string; skuId: string; quantity: number; amountFen: number }>();
  let items = 0;
  let salesFen = 0;
  for (const c of countOrder(state, { completionRequiresRating: false, certifiedOnly: false })) {
    const cur = bySku.get(c.skuId) ?? { productId: c.productId, skuId: c.skuId, quantity: 0, amountFen: 0 };
    cur.quantity += c.quantity;
    cur.amountFen += c.orderedFen;
    bySku.set(c.skuId, cur);
    items += c.quantity;
    salesFen += c.orderedFen;
  }
  return { orders: salesFen > 0 ? 1 : 0, items, salesFen, bySku };
}

/**
 * Feeds live sessions from the orders domain by the counting rule
 * (docs/counting.md): from each event's counting facts, what the order adds to
 * its session now (1 order while anything of it is paid and not refunded; the
 * units that stayed with the buyer; its lines' paid amount less refunds), and
 * writes the difference from the ledger. So a fully refunded order leaves the
 * session's order count and sales, and a repeated event writes nothing. Runs
 * in the dispatcher's transaction; the push goes out only after the commit.
 */
@Injectable()
export class LiveOrderConsumer implements EventConsumer {
  readonly name = 'livestream.orders';
  readonly types = [ORDER_EVENTS.paid, ORDER_EVENTS.cancelled, ORDER_EVENTS.refunded, ORDER_EVENTS.received, ORDER_EVENTS.completed, ORDER_EVENTS.rebound] as const;

  constructor(private readonly publisher: LivePublisher) {}

  async handle(event: DomainEvent, em: EntityManager): Promise<void> {
    const p = event.payload as unknown as OrderEventPayload;
    if (!p.liveSessionId || !p.state) return;
    const [session]: { id: string }[] = await em.query(`SELECT id FROM live_session WHERE id = $1`, [p.liveSessionId]);
    if (!session) return;
    if (!(await advanceOrderCursor(em, this.name, p.orderId, event.id))) return;

    const target = sessionTarget(p.state);
    const [now]: { o: number; i: number; f: string }[] = await em.query(
      `SELECT COALESCE(sum(order_delta), 0)::int AS o, COALESCE(sum(item_delta), 0)::int AS i, COALESCE(sum(sales_delta_fen), 0)::text AS f FROM live_order_entry WHERE order_id = $1`,
      [p.orderId],
    );
    const skus: { sku_id: string; product_id: string; q: number; f: string }[] = await em.query(
      `SELECT l.sku_id, l.product_id, sum(l.quantity_delta)::int AS q, sum(l.amount_delta_fen)::text AS f
         FROM live_order_entry e JOIN live_order_entry_line l ON l.entry_id = e.id WHERE e.order_id = $1 GROUP BY l.sku_id, l.product_id`,
      [p.orderId],
    );
    const orderDelta = target.orders - now.o;
    const itemDelta = target.items - now.i;
    const salesDelta = target.salesFen - Number(now.f);
    const lineDeltas = new Map<string, { productId: string; skuId: string; quantity: number; amountFen: number }>();
    for (const t of target.bySku.values()) lineDeltas.set(t.skuId, { ...t });
    for (const s of skus) {
      const d = lineDeltas.get(s.sku_id) ?? { productId: s.product_id, skuId: s.sku_id, quantity: 0, amountFen: 0 };
      d.quantity -= s.q;
      d.amountFen -= Number(s.f);
      lineDeltas.set(s.sku_id, d);
    }
    const lines = [...lineDeltas.values()].filter((l) => l.quantity !== 0 || l.amountFen !== 0);
    if (orderDelta === 0 && itemDelta === 0 && salesDelta === 0 && lines.length === 0) return;
    const kind: Kind = orderDelta > 0 || salesDelta > 0 ? 'paid' : event.type === ORDER_EVENTS.cancelled ? 'cancelled' : 'refunded';

    const ticker = kind === 'paid' && orderDelta > 0 ? await tickerText(em, { buyerId: p.buyerId, unitId: p.unitId, productIds: p.lines.map((l) => l.productId) }, 'paid') : null;
    const inserted: { id: string }[] = await em.query(
      `INSERT INTO live_order_entry (event_id, session_id, kind, order_id, buyer_id, unit_id, order_delta, item_delta, sales_delta_fen, ticker_text, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (event_id) DO NOTHING RETURNING id`,
      [event.id, p.liveSessionId, kind, p.orderId, p.buyerId, p.unitId, orderDelta, itemDelta, salesDelta, ticker, p.occurredAt ?? event.createdAt],
    );
    if (inserted.length === 0) return;
    const entryId = String(inserted[0].id);
    for (const l of lines) {
      await em.query(
        `INSERT INTO live_order_entry_line (entry_id, session_id, product_id, sku_id, quantity_delta, amount_delta_fen) VALUES ($1, $2, $3, $4, $5, $6)`,
        [entryId, p.liveSessionId, l.productId, l.skuId, l.quantity, l.amountFen],
      );
    }
    const counters = await this.publisher.bump(
      em,
      p.liveSessionId,
      'order_count = order_count + $2, item_count = item_count + $3, sales_fen = sales_fen + $4',
      [orderDelta, itemDelta, salesDelta],
    );
    if (!counters) return;
    this.publisher.publishAfterCommit(em, {
      sessionId: p.liveSessionId,
      counters,
      orders: ticker ? [{ id: entryId, orderId: p.orderId, status: 'paid', text: ticker, at: new Date(p.occurredAt ?? event.createdAt).toISOString() }] : undefined,
    });
  }
}
