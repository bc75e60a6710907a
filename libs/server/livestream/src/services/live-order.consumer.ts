import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  COUNTED_ORDER_EVENTS,
  CountedOrderEventType,
  countOrder,
  DomainEvent,
  EventConsumer,
  eventsToApply,
  ORDER_EVENTS,
  OrderCountingState,
} from '@yigou/server/events';
import { LivePublisher } from '../realtime/services/live-publisher.service';
import { LiveMessage } from '../realtime/services/live-update';
import { tickerTexts } from './ticker-text';

type Kind = 'paid' | 'cancelled' | 'refunded';

/** What an order adds to its session now, by the counting rule (every line, certified or not: the session sold it). */
export function sessionTarget(state: OrderCountingState): {
  orders: number;
  items: number;
  salesFen: number;
  bySku: Map<string, { productId: string; skuId: string; quantity: number; amountFen: number }>;
} {
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
export class LiveOrderConsumer implements EventConsumer<CountedOrderEventType> {
  readonly name = 'livestream.orders';
  readonly types = COUNTED_ORDER_EVENTS;

  constructor(private readonly publisher: LivePublisher) {}

  handle(event: DomainEvent<CountedOrderEventType>, em: EntityManager): Promise<void> {
    return this.handleBatch([event], em);
  }

  /**
   * A batch of order events (at most one per order): the sessions, the cursors, what the ledger holds per order and
   * per SKU in one statement each; the differences computed per event as before; one insert of entries and one of
   * their lines, one counter update per session, and the pushes (one per session) registered last, for after the commit.
   */
  async handleBatch(events: readonly DomainEvent<CountedOrderEventType>[], em: EntityManager): Promise<void> {
    const live = events.flatMap((event) =>
      event.payload.liveSessionId && event.payload.state
        ? [{ event, p: event.payload, sessionId: event.payload.liveSessionId, state: event.payload.state }]
        : [],
    );
    if (!live.length) return;
    const sessions: { id: string }[] = await em.query(`SELECT id FROM live_session WHERE id = ANY($1::uuid[])`, [
      [...new Set(live.map((x) => x.sessionId))],
    ]);
    const known = new Set(sessions.map((s) => s.id));
    const inSession = live.filter((x) => known.has(x.sessionId));
    const todo = await eventsToApply(em, this.name, inSession);
    if (!todo.length) return;
    const orderIds = todo.map((x) => x.p.orderId);
    const held: { order_id: string; o: number; i: number; f: string }[] = await em.query(
      `SELECT order_id, COALESCE(sum(order_delta), 0)::int AS o, COALESCE(sum(item_delta), 0)::int AS i, COALESCE(sum(sales_delta_fen), 0)::text AS f
         FROM live_order_entry WHERE order_id = ANY($1::uuid[]) GROUP BY order_id`,
      [orderIds],
    );
    const skus: { order_id: string; sku_id: string; product_id: string; q: number; f: string }[] = await em.query(
      `SELECT e.order_id, l.sku_id, l.product_id, sum(l.quantity_delta)::int AS q, sum(l.amount_delta_fen)::text AS f
         FROM live_order_entry e JOIN live_order_entry_line l ON l.entry_id = e.id WHERE e.order_id = ANY($1::uuid[]) GROUP BY e.order_id, l.sku_id, l.product_id`,
      [orderIds],
    );
    const heldOf = new Map(held.map((h) => [h.order_id, h]));
    const changes = todo.flatMap(({ event, p, sessionId, state }) => {
      const target = sessionTarget(state);
      const now = heldOf.get(p.orderId) ?? { o: 0, i: 0, f: '0' };
      const orderDelta = target.orders - now.o;
      const itemDelta = target.items - now.i;
      const salesDelta = target.salesFen - Number(now.f);
      const lineDeltas = new Map<string, { productId: string; skuId: string; quantity: number; amountFen: number }>();
      for (const t of target.bySku.values()) lineDeltas.set(t.skuId, { ...t });
      for (const s of skus.filter((x) => x.order_id === p.orderId)) {
        const d = lineDeltas.get(s.sku_id) ?? { productId: s.product_id, skuId: s.sku_id, quantity: 0, amountFen: 0 };
        d.quantity -= s.q;
        d.amountFen -= Number(s.f);
        lineDeltas.set(s.sku_id, d);
      }
      const lines = [...lineDeltas.values()].filter((l) => l.quantity !== 0 || l.amountFen !== 0);
      if (orderDelta === 0 && itemDelta === 0 && salesDelta === 0 && lines.length === 0) return [];
      const kind: Kind = orderDelta > 0 || salesDelta > 0 ? 'paid' : event.type === ORDER_EVENTS.cancelled ? 'cancelled' : 'refunded';
      return [
        {
          event,
          p,
          sessionId,
          orderDelta,
          itemDelta,
          salesDelta,
          lines,
          kind,
          at: p.occurredAt ?? event.createdAt,
          ticker: null as string | null,
        },
      ];
    });
    if (!changes.length) return;
    const announced = changes.filter((c) => c.kind === 'paid' && c.orderDelta > 0);
    const texts = await tickerTexts(
      em,
      announced.map((c) => ({ buyerId: c.p.buyerId, unitId: c.p.unitId, productIds: c.p.lines.map((l) => l.productId) })),
      'paid',
    );
    announced.forEach((c, i) => (c.ticker = texts[i]));
    const inserted: { id: string; event_id: string }[] = await em.query(
      `INSERT INTO live_order_entry (event_id, session_id, kind, order_id, buyer_id, unit_id, order_delta, item_delta, sales_delta_fen, ticker_text, occurred_at)
       SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::uuid[], $7::int[], $8::int[], $9::bigint[], $10::text[], $11::timestamptz[])
       ON CONFLICT (event_id) DO NOTHING RETURNING id::text, event_id::text`,
      [
        changes.map((c) => c.event.id),
        changes.map((c) => c.sessionId),
        changes.map((c) => c.kind),
        changes.map((c) => c.p.orderId),
        changes.map((c) => c.p.buyerId),
        changes.map((c) => c.p.unitId),
        changes.map((c) => c.orderDelta),
        changes.map((c) => c.itemDelta),
        changes.map((c) => c.salesDelta),
        changes.map((c) => c.ticker),
        changes.map((c) => c.at),
      ],
    );
    const entryOf = new Map(inserted.map((r) => [r.event_id, r.id]));
    const written = changes.filter((c) => entryOf.has(c.event.id));
    if (!written.length) return;
    const lines = written.flatMap((c) =>
      c.lines.map((l) => ({ ...l, entryId: entryOf.get(c.event.id) as string, sessionId: c.sessionId })),
    );
    if (lines.length) {
      await em.query(
        `INSERT INTO live_order_entry_line (entry_id, session_id, product_id, sku_id, quantity_delta, amount_delta_fen)
         SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::uuid[], $4::uuid[], $5::int[], $6::bigint[])`,
        [
          lines.map((l) => l.entryId),
          lines.map((l) => l.sessionId),
          lines.map((l) => l.productId),
          lines.map((l) => l.skuId),
          lines.map((l) => l.quantity),
          lines.map((l) => l.amountFen),
        ],
      );
    }
    // one counter update per session; each event still gets its own message, with the counters as they stood after it
    const messages: { at: number; message: LiveMessage }[] = [];
    for (const sessionId of new Set(written.map((c) => c.sessionId))) {
      const mine = written.filter((c) => c.sessionId === sessionId);
      const sum = (f: (c: (typeof mine)[number]) => number) => mine.reduce((s, c) => s + f(c), 0);
      const final = await this.publisher.bump(
        em,
        sessionId,
        'order_count = order_count + $2, item_count = item_count + $3, sales_fen = sales_fen + $4',
        [sum((c) => c.orderDelta), sum((c) => c.itemDelta), sum((c) => c.salesDelta)],
        mine.length,
      );
      if (!final) continue;
      let counters = final;
      for (const c of [...mine].reverse()) {
        const entryId = entryOf.get(c.event.id) as string;
        const orders = c.ticker
          ? [{ id: entryId, orderId: c.p.orderId, status: 'paid' as const, text: c.ticker, at: new Date(c.at).toISOString() }]
          : undefined;
        messages.push({ at: written.indexOf(c), message: { sessionId, counters, orders } });
        counters = {
          ...counters,
          seq: counters.seq - 1,
          orderCount: counters.orderCount - c.orderDelta,
          itemCount: counters.itemCount - c.itemDelta,
          salesFen: counters.salesFen - c.salesDelta,
        };
      }
    }
    // after every statement succeeded: a batch undone before this point has published nothing
    for (const { message } of messages.sort((x, y) => x.at - y.at)) this.publisher.publishAfterCommit(em, message);
  }
}
