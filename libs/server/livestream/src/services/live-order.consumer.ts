import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { queryNamed } from '@yigou/server/database';
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
import { BUMP_ORDERS } from '../realtime/sql/live-counters.sql';
import { INSERT_ENTRIES, INSERT_ENTRY_LINES, LEDGER_BY_ORDER, LEDGER_BY_ORDER_SKU, SESSIONS_IN } from '../sql/live-order-ledger.sql';

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
    const sessions = await queryNamed(em, SESSIONS_IN, { sessionIds: [...new Set(live.map((x) => x.sessionId))] });
    const known = new Set(sessions.map((s) => s.id));
    const inSession = live.filter((x) => known.has(x.sessionId));
    const todo = await eventsToApply(em, this.name, inSession);
    if (!todo.length) return;
    const orderIds = todo.map((x) => x.p.orderId);
    const held = await queryNamed(em, LEDGER_BY_ORDER, { orderIds });
    const skus = await queryNamed(em, LEDGER_BY_ORDER_SKU, { orderIds });
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
    const inserted = await queryNamed(em, INSERT_ENTRIES, {
      eventIds: changes.map((c) => c.event.id),
      sessionIds: changes.map((c) => c.sessionId),
      kinds: changes.map((c) => c.kind),
      orderIds: changes.map((c) => c.p.orderId),
      buyerIds: changes.map((c) => c.p.buyerId),
      unitIds: changes.map((c) => c.p.unitId),
      orderDeltas: changes.map((c) => c.orderDelta),
      itemDeltas: changes.map((c) => c.itemDelta),
      salesDeltasFen: changes.map((c) => c.salesDelta),
      tickerTexts: changes.map((c) => c.ticker),
      occurredAts: changes.map((c) => c.at),
    });
    const entryOf = new Map(inserted.map((r) => [r.event_id, r.id]));
    const written = changes.filter((c) => entryOf.has(c.event.id));
    if (!written.length) return;
    const lines = written.flatMap((c) =>
      c.lines.map((l) => ({ ...l, entryId: entryOf.get(c.event.id) as string, sessionId: c.sessionId })),
    );
    if (lines.length) {
      await queryNamed(em, INSERT_ENTRY_LINES, {
        entryIds: lines.map((l) => l.entryId),
        sessionIds: lines.map((l) => l.sessionId),
        productIds: lines.map((l) => l.productId),
        skuIds: lines.map((l) => l.skuId),
        quantityDeltas: lines.map((l) => l.quantity),
        amountDeltasFen: lines.map((l) => l.amountFen),
      });
    }
    // one counter update per session; each event still gets its own message, with the counters as they stood after it
    const messages: { at: number; message: LiveMessage }[] = [];
    for (const sessionId of new Set(written.map((c) => c.sessionId))) {
      const mine = written.filter((c) => c.sessionId === sessionId);
      const sum = (f: (c: (typeof mine)[number]) => number) => mine.reduce((s, c) => s + f(c), 0);
      const final = await this.publisher.bump(
        em,
        sessionId,
        BUMP_ORDERS,
        { orders: sum((c) => c.orderDelta), items: sum((c) => c.itemDelta), salesFen: sum((c) => c.salesDelta) },
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
