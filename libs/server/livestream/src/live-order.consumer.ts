import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainEvent, EventConsumer, ORDER_EVENTS, OrderEventPayload, OrderRefundedPayload } from '@yigou/server/events';
import { LivePublisher } from './realtime/live-publisher.service';
import { maskName } from './livestream.utils';

type Kind = 'paid' | 'cancelled' | 'refunded';
const KIND_OF: Record<string, Kind> = { [ORDER_EVENTS.paid]: 'paid', [ORDER_EVENTS.cancelled]: 'cancelled', [ORDER_EVENTS.refunded]: 'refunded' };

/**
 * Feeds live sessions from the orders domain: a paid live order adds to the
 * session's figures and the ticker; a cancellation of a paid order or a
 * refund takes its part back. Runs in the dispatcher's transaction, so the
 * ledger row, the counters and the "consumed" mark commit together, and the
 * push goes out only after that commit.
 */
@Injectable()
export class LiveOrderConsumer implements EventConsumer {
  readonly name = 'livestream.orders';
  readonly types = [ORDER_EVENTS.paid, ORDER_EVENTS.cancelled, ORDER_EVENTS.refunded] as const;

  constructor(private readonly publisher: LivePublisher) {}

  async handle(event: DomainEvent, em: EntityManager): Promise<void> {
    const p = event.payload as unknown as OrderEventPayload;
    const kind = KIND_OF[event.type];
    if (!kind || !p.liveSessionId) return;
    const [session]: { id: string }[] = await em.query(`SELECT id FROM live_session WHERE id = $1`, [p.liveSessionId]);
    if (!session) return;

    let orderDelta = 0;
    let itemDelta = 0;
    let salesDelta = 0;
    let lines = p.lines;
    if (kind === 'paid') {
      orderDelta = 1;
      itemDelta = sum(lines.map((l) => l.quantity));
      salesDelta = p.paidFen;
    } else if (kind === 'cancelled') {
      // Only a cancellation of something this session counted as paid reverses it.
      const [paid]: { n: number }[] = await em.query(
        `SELECT count(*)::int AS n FROM live_order_entry WHERE order_id = $1 AND kind = 'paid'`,
        [p.orderId],
      );
      if (paid.n === 0 || p.paidFen <= 0) lines = [];
      else {
        orderDelta = -1;
        itemDelta = -sum(lines.map((l) => l.quantity));
        salesDelta = -p.paidFen;
      }
    } else {
      const r = p as OrderRefundedPayload;
      itemDelta = -sum(lines.map((l) => l.quantity));
      salesDelta = -(r.refundFen ?? sum(lines.map((l) => l.amountFen)));
    }

    const ticker = kind === 'paid' ? await this.tickerText(em, p) : null;
    const inserted: { id: string }[] = await em.query(
      `INSERT INTO live_order_entry (event_id, session_id, kind, order_id, buyer_id, unit_id, order_delta, item_delta, sales_delta_fen, ticker_text, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (event_id) DO NOTHING RETURNING id`,
      [event.id, p.liveSessionId, kind, p.orderId, p.buyerId, p.unitId, orderDelta, itemDelta, salesDelta, ticker, p.occurredAt ?? event.createdAt],
    );
    if (inserted.length === 0) return;
    const entryId = String(inserted[0].id);
    const sign = kind === 'paid' ? 1 : -1;
    for (const l of lines) {
      await em.query(
        `INSERT INTO live_order_entry_line (entry_id, session_id, product_id, sku_id, quantity_delta, amount_delta_fen) VALUES ($1, $2, $3, $4, $5, $6)`,
        [entryId, p.liveSessionId, l.productId, l.skuId, sign * l.quantity, sign * l.amountFen],
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
      orders: ticker ? [{ id: entryId, text: ticker, at: new Date(p.occurredAt ?? event.createdAt).toISOString() }] : undefined,
    });
  }

  /** "汾西县第一中学 王** 刚刚购买了 玉露香梨" */
  private async tickerText(em: EntityManager, p: OrderEventPayload): Promise<string> {
    // Read-only lookups of display names for the masked line (identity and catalog have no batch name API yet).
    const [buyer]: { display_name: string; unit_name: string | null }[] = await em.query(
      `SELECT u.display_name, w.name AS unit_name FROM app_user u LEFT JOIN work_unit w ON w.id = COALESCE($2::uuid, u.unit_id) WHERE u.id = $1`,
      [p.buyerId, p.unitId],
    );
    const productIds = [...new Set(p.lines.map((l) => l.productId))];
    const products: { id: string; name: string }[] = productIds.length ? await em.query(`SELECT id, name FROM product WHERE id = ANY($1)`, [productIds]) : [];
    const names = productIds.map((id) => products.find((x) => x.id === id)?.name).filter((n): n is string => !!n);
    const what = names.length > 1 ? `${names[0]} 等 ${names.length} 件商品` : (names[0] ?? '直播商品');
    const who = [buyer?.unit_name, maskName(buyer?.display_name ?? '')].filter(Boolean).join(' ');
    return `${who} 刚刚购买了 ${what}`;
  }
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
