import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { StockService } from '@yigou/server/catalog';
import { AppError, badInput, forbidden, RequestContext } from '@yigou/server/core';
import { Actor, invalidState, OrderLifecycle, Refund } from '@yigou/server/orders';
import type { Order } from '@yigou/server/orders';
import { ERROR_CODES } from '@yigou/shared/domain';
import { formatFen } from '@yigou/shared/money';
import { StripeGateway } from './stripe-gateway';

export interface RefundRequest {
  orderId: string;
  lines: { lineId: string; quantity: number }[];
  includeShipping: boolean;
  /** The goods came back: put them on the shelf again ('returned'). */
  restock: boolean;
  reason: string;
}

/**
 * Full or partial refunds. Bank refunds are recorded as done; Stripe refunds
 * are created pending in the transaction, sent to Stripe after it, and become
 * effective when charge.refunded arrives.
 */
@Injectable()
export class RefundService {
  private readonly log = new Logger('RefundService');
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lifecycle: OrderLifecycle,
    private readonly stock: StockService,
    private readonly gateway: StripeGateway,
  ) {}

  async refund(ctx: RequestContext, req: RefundRequest): Promise<Refund> {
    const user = ctx.requireUser();
    const role = ctx.financeDeskRole();
    if (!role) throw forbidden('仅平台财务可以退款');
    if (!req.reason.trim()) throw badInput('请填写退款原因', 'reason');
    const refund = await this.db.transaction(async (em) => {
      const [order] = await this.lifecycle.lock(em, [req.orderId]);
      if (!order) throw badInput('订单不存在', 'orderId');
      return this.create(em, order, req, { id: user.id, role }, ctx.now);
    });
    if (refund.method === 'stripe') await this.sendToStripe(refund);
    return refund;
  }

  /** Inside the caller's transaction, on a locked order. */
  async create(em: EntityManager, order: Order, req: RefundRequest, actor: Actor, now: Date): Promise<Refund> {
    if (order.paidFen <= 0) throw invalidState(order.status, '退款（尚未付款）');
    const lines = await this.lifecycle.lines(em, order.id);
    const byId = new Map(lines.map((l) => [l.id, l]));
    const pending: { n: string }[] = await em.query(`SELECT COALESCE(sum(amount_fen), 0) AS n FROM refund WHERE order_id = $1 AND status = 'pending'`, [order.id]);
    const refLines = req.lines.map((r, i) => {
      const l = byId.get(r.lineId);
      if (!l) throw badInput('订单行不存在', `lines.${i}.lineId`);
      if (!Number.isInteger(r.quantity) || r.quantity < 1 || r.quantity > l.quantity - l.refundedQuantity) throw badInput(`「${l.productName}」可退数量为 ${l.quantity - l.refundedQuantity}`, `lines.${i}.quantity`);
      return { lineId: l.id, quantity: r.quantity, amountFen: l.unitPriceFen * r.quantity };
    });
    const amountFen = refLines.reduce((s, l) => s + l.amountFen, 0) + (req.includeShipping ? order.shippingFen : 0);
    if (amountFen <= 0) throw badInput('退款金额必须大于 0', 'lines');
    if (amountFen > order.paidFen - order.refundedFen - Number(pending[0].n)) {
      throw new AppError(ERROR_CODES.BAD_USER_INPUT, '退款金额超过可退金额', { field: 'lines' });
    }
    const attemptRow =
      order.paymentMethod === 'stripe'
        ? ((await em.query(`SELECT payment_intent_id FROM payment_attempt WHERE status = 'succeeded' AND $1 = ANY(order_ids) ORDER BY created_at DESC LIMIT 1`, [order.id])) as { payment_intent_id: string }[])[0]
        : undefined;
    const method = attemptRow ? 'stripe' : 'bank';
    const refund = await em.getRepository(Refund).save({
      orderId: order.id,
      amountFen,
      method,
      status: method === 'stripe' ? 'pending' : 'succeeded',
      reason: req.reason.trim(),
      restock: req.restock,
      lines: refLines,
      paymentIntentId: attemptRow?.payment_intent_id ?? null,
      stripeRefundId: null,
      actorId: actor.id,
    });
    if (req.restock) {
      for (const r of refLines) {
        const l = byId.get(r.lineId);
        if (!l || !order.stockSold) continue;
        await this.stock.apply('returned', { skuId: l.skuId, quantity: r.quantity, reason: `订单 ${order.orderNo} 退货入库`, actorId: actor.id, refType: 'refund', refId: refund.id }, em);
        l.restockedQuantity += r.quantity;
      }
      await em.save(lines);
    }
    if (method === 'bank') await this.lifecycle.refunded(em, order, refund, actor, `对公退款 ${formatFen(amountFen)}：${refund.reason}`, now);
    return refund;
  }

  /** Outside any transaction. Idempotent per refund id. */
  async sendToStripe(refund: Refund): Promise<void> {
    const stripe = this.gateway.client;
    if (!stripe || !refund.paymentIntentId) return;
    try {
      const r = await stripe.refunds.create(
        { payment_intent: refund.paymentIntentId, amount: refund.amountFen, metadata: { refundId: refund.id, orderId: refund.orderId } },
        { idempotencyKey: `refund-${refund.id}` },
      );
      await this.db.getRepository(Refund).update(refund.id, { stripeRefundId: r.id });
      refund.stripeRefundId = r.id;
    } catch (e) {
      this.log.error(`Stripe refund ${refund.id} failed: ${e instanceof Error ? e.message : String(e)}`);
      await this.db.getRepository(Refund).update({ id: refund.id, status: 'pending' }, { status: 'failed' });
      refund.status = 'failed';
    }
  }
}
