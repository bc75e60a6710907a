import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { StockService } from '@yigou/server/catalog';
import { badInput, RequestContext } from '@yigou/server/core';
import { Actor, invalidState, OrderLifecycle, OrderPayments, Refund } from '@yigou/server/orders';
import type { OrderLine, RefundLineRef } from '@yigou/server/orders';
import type { Order } from '@yigou/server/orders';
import { formatFen, splitLargestRemainder } from '@yigou/shared/money';
import { PaymentAttempt } from '../entities/payment-attempt.entity';
import { RefundSender } from './refund-sender.service';
import { requireDeskActor } from './desk-actor';

export interface RefundRequest {
  orderId: string;
  /** By quantity. */
  lines: { lineId: string; quantity: number }[];
  /** Or by amount, spread over the lines' unrefunded amounts (goods stay with the buyer). */
  amountFen?: number | null;
  includeShipping: boolean;
  /** The goods came back: put them on the shelf again ('returned'). */
  restock: boolean;
  reason: string;
}

/**
 * Full or partial refunds. Bank refunds are recorded as done; online refunds are created pending with their
 * send in the same transaction, sent right after it by the RefundSender (which retries and reconciles until
 * the provider gives a final answer), and change the order only when the provider says this refund succeeded.
 */
@Injectable()
export class RefundService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lifecycle: OrderLifecycle,
    private readonly stock: StockService,
    private readonly sender: RefundSender,
    private readonly orders: OrderPayments,
  ) {}

  async refund(ctx: RequestContext, req: RefundRequest): Promise<Refund> {
    const actor = requireDeskActor(ctx, '仅平台财务可以退款');
    if (!req.reason.trim()) throw badInput('请填写退款原因', 'reason');
    const refund = await this.db.transaction(async (em) => {
      const [order] = await this.lifecycle.lock(em, [req.orderId]);
      if (!order) throw badInput('订单不存在', 'orderId');
      return this.create(em, order, req, actor, ctx.now);
    });
    if (refund.sendState) {
      await this.sender.sendNow([refund.id], ctx.now);
      return (await this.orders.refund(refund.id)) ?? refund;
    }
    return refund;
  }

  /** Gives back a whole online attempt (a second success, or finance's decision on a mismatched one), in the caller's transaction. */
  async createAttemptRefund(
    em: EntityManager,
    attempt: PaymentAttempt,
    order: Order,
    kind: 'duplicate' | 'review',
    reason: string,
    actor: Actor,
  ): Promise<Refund> {
    return this.orders.saveRefund(em, {
      orderId: order.id,
      amountFen: attempt.receivedFen ?? attempt.amountFen,
      method: attempt.provider,
      status: 'pending',
      kind,
      reason,
      restock: false,
      lines: [],
      attemptId: attempt.id,
      providerPaymentId: attempt.providerPaymentId,
      sendState: 'to_send',
      actorId: actor.id,
    });
  }

  /** Inside the caller's transaction, on a locked order. */
  async create(em: EntityManager, order: Order, req: RefundRequest, actor: Actor, now: Date): Promise<Refund> {
    if (order.paidFen <= 0) throw invalidState(order.status, '退款（尚未付款）');
    const byAmount = req.amountFen !== null && req.amountFen !== undefined;
    if (byAmount && req.lines.length > 0) throw badInput('按数量退款与按金额退款请选其一', 'amountFen');
    if (!byAmount && req.lines.length === 0 && !req.includeShipping) throw badInput('请选择退款商品', 'lines');
    if (byAmount && req.restock) throw badInput('按金额退款时商品不退回，不能退货入库', 'restock');
    const lines = await this.lifecycle.lines(em, order.id);
    const byId = new Map(lines.map((l) => [l.id, l]));
    // What earlier refunds (pending or done) took from each line and from the shipping fee.
    const earlier = await this.orders.earlierOrderRefunds(em, order.id);
    const refundedOfLine = new Map<string, number>();
    // Items, likewise: a pending card refund has not reached `refundedQuantity` yet, but its items are spoken for.
    const itemsOfLine = new Map<string, number>();
    // Items these refunds put back on the shelf: what else a line has restocked came back with a refund that failed
    // (the goods are here, the money was not given back), and a new refund of those items does not restock them again.
    const restockedOfLine = new Map<string, number>();
    let shippingRefunded = 0;
    let pending = 0;
    for (const r of earlier) {
      const ofLines = r.lines.reduce((s, l) => s + Number(l.amountFen), 0);
      for (const l of r.lines) {
        refundedOfLine.set(l.lineId, (refundedOfLine.get(l.lineId) ?? 0) + Number(l.amountFen));
        itemsOfLine.set(l.lineId, (itemsOfLine.get(l.lineId) ?? 0) + l.quantity);
        if (r.restock) restockedOfLine.set(l.lineId, (restockedOfLine.get(l.lineId) ?? 0) + l.quantity);
      }
      shippingRefunded += Number(r.amount_fen) - ofLines;
      if (r.status === 'pending') pending += Number(r.amount_fen);
    }
    const lineLeft = (l: OrderLine) => l.amountFen - (refundedOfLine.get(l.id) ?? 0);
    // A free-shipping order has nothing to give back; a paid fee is given back once.
    if (req.includeShipping && order.shippingFen > 0 && shippingRefunded >= order.shippingFen)
      throw badInput('运费已退过', 'includeShipping');
    let refLines: RefundLineRef[];
    if (byAmount) {
      const wanted = req.amountFen as number;
      const left = lines.map((l) => Math.max(0, lineLeft(l)));
      const goodsLeft = left.reduce((s, n) => s + n, 0);
      if (!Number.isSafeInteger(wanted) || wanted <= 0) throw badInput('退款金额必须大于 0', 'amountFen');
      if (wanted > goodsLeft) throw badInput(`退款金额超过商品可退金额 ${formatFen(goodsLeft)}`, 'amountFen');
      // largest remainder: whole fen, adding up to `wanted`, no line given more than it has left (wanted ≤ goodsLeft)
      refLines = splitLargestRemainder(wanted, left)
        .map((amountFen, i) => ({ lineId: lines[i].id, quantity: 0, amountFen }))
        .filter((l) => l.amountFen > 0);
    } else {
      refLines = req.lines.map((r, i) => {
        const l = byId.get(r.lineId);
        if (!l) throw badInput('订单行不存在', `lines.${i}.lineId`);
        const itemsLeft = l.quantity - Math.max(l.refundedQuantity, itemsOfLine.get(l.id) ?? 0);
        if (!Number.isInteger(r.quantity) || r.quantity < 1 || r.quantity > itemsLeft)
          throw badInput(`「${l.productName}」可退数量为 ${itemsLeft}`, `lines.${i}.quantity`);
        // A line already partly refunded by amount gives back at most what is left of it.
        return { lineId: l.id, quantity: r.quantity, amountFen: Math.min(l.unitPriceFen * r.quantity, Math.max(0, lineLeft(l))) };
      });
    }
    const amountFen = refLines.reduce((s, l) => s + l.amountFen, 0) + (req.includeShipping ? order.shippingFen - shippingRefunded : 0);
    if (amountFen <= 0) throw badInput('退款金额必须大于 0', byAmount ? 'amountFen' : 'lines');
    if (amountFen > order.paidFen - order.refundedFen - pending) {
      throw badInput('退款金额超过可退金额', byAmount ? 'amountFen' : 'lines');
    }
    // The money came from the one attempt that paid the order (online), else by bank.
    const paidBy =
      order.paymentMethod === 'bank_transfer'
        ? null
        : await em
            .getRepository(PaymentAttempt)
            .createQueryBuilder('a')
            .where(`a.outcome = 'applied' AND :id = ANY(a.order_ids)`, { id: order.id })
            .getOne();
    const online = !!paidBy?.providerPaymentId;
    const refund = await this.orders.saveRefund(em, {
      orderId: order.id,
      amountFen,
      method: online ? paidBy.provider : 'bank',
      status: online ? 'pending' : 'succeeded',
      kind: 'order',
      reason: req.reason.trim(),
      restock: req.restock,
      lines: refLines,
      attemptId: paidBy?.id ?? null,
      providerPaymentId: paidBy?.providerPaymentId ?? null,
      sendState: online ? 'to_send' : null,
      settledAt: online ? null : now,
      actorId: actor.id,
    });
    if (req.restock) {
      for (const r of refLines) {
        const l = byId.get(r.lineId);
        if (!l || !order.stockSold) continue;
        const alreadyHere = Math.max(0, l.restockedQuantity - (restockedOfLine.get(l.id) ?? 0));
        const quantity = Math.max(0, r.quantity - alreadyHere);
        if (quantity === 0) continue;
        await this.stock.apply(
          'returned',
          {
            skuId: l.skuId,
            quantity,
            reason: `订单 ${order.orderNo} 退货入库`,
            actorId: actor.id,
            refType: 'refund',
            refId: refund.id,
          },
          em,
        );
        l.restockedQuantity += quantity;
      }
      await em.save(lines);
    }
    if (!online) await this.lifecycle.refunded(em, order, refund, actor, `对公退款 ${formatFen(amountFen)}：${refund.reason}`, now);
    return refund;
  }
}
