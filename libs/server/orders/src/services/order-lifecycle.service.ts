import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { queryNamed } from '@yigou/server/database';
import { StockService } from '@yigou/server/catalog';
import {
  EventOutbox,
  ORDER_EVENTS,
  OrderCountingState,
  OrderEventLine,
  OrderEventPayload,
  OrderFactsEventType,
  OrderRefundedPayload,
  OrderReboundPayload,
} from '@yigou/server/events';
import { OrderLine } from '../entities/order-line.entity';
import { OrderTransition } from '../entities/order-transition.entity';
import { Order } from '../entities/order.entity';
import { Refund } from '../entities/refund.entity';
import { AUTO_RECEIVE_DAYS, canTransition, OrderAction, OrderStatus, PaymentMethod } from './order-state';
import { invalidState, STATUS_LABEL } from '../errors';
import { PENDING_REFUNDS_SUM, RELEASE_BUYER_PURCHASE, SUCCEEDED_REFUND_LINES } from '../sql/order-lifecycle.sql';
import { NotificationService } from '@yigou/server/notifications';
import { UserService } from '@yigou/server/identity';
import { LiveOfferService } from '@yigou/server/livestream';
import { formatFen } from '@yigou/shared/money';

export interface Actor {
  id: string | null;
  role: string;
}
export const SYSTEM: Actor = { id: null, role: 'system' };

const DAY = 24 * 3600 * 1000;

/**
 * Every state change of an order goes through here, inside the caller's
 * transaction: the order row is updated, the transition recorded with actor
 * and time, the buyer notified, and the domain event appended to the outbox.
 */
@Injectable()
export class OrderLifecycle {
  constructor(
    private readonly stock: StockService,
    private readonly outbox: EventOutbox,
    private readonly notifications: NotificationService,
    private readonly live: LiveOfferService,
    private readonly users: UserService,
  ) {}

  /** Tells the supplier's staff (every active supplier_staff grant of the order's supplier), in the caller's transaction. */
  async notifySupplier(
    em: EntityManager,
    order: Order,
    kind: 'new_order' | 'cancelled' | 'refunded' | 'ship_overdue',
    body: string,
  ): Promise<void> {
    const staff = await this.users.userIdsWithGrant('supplier_staff', { supplierId: order.supplierId }, em);
    const titles = { new_order: '新订单待发货', cancelled: '订单已取消', refunded: '订单退款', ship_overdue: '订单超过发货期限' };
    await this.notifications.send(em, staff, {
      kind: `supplier.${kind}`,
      title: `${titles[kind]}：${order.orderNo}`,
      body,
      refType: 'order',
      refId: order.id,
    });
  }

  /** Locks the orders (in id order, so two payers cannot deadlock). */
  async lock(em: EntityManager, ids: readonly string[]): Promise<Order[]> {
    if (ids.length === 0) return [];
    return em
      .getRepository(Order)
      .createQueryBuilder('o')
      .where('o.id IN (:...ids)', { ids: [...ids] })
      .orderBy('o.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  async lines(em: EntityManager, orderId: string): Promise<OrderLine[]> {
    return em.getRepository(OrderLine).find({ where: { orderId }, order: { productName: 'ASC', id: 'ASC' } });
  }

  /** Records a transition (status may stay the same, e.g. a partial payment). */
  async record(
    em: EntityManager,
    order: Order,
    action: OrderAction,
    to: OrderStatus,
    actor: Actor,
    note: string | null,
    now: Date,
  ): Promise<void> {
    if (!canTransition(action, order.status) && action !== 'place') throw invalidState(order.status, actionLabel(action));
    const from = action === 'place' ? null : order.status;
    order.status = to;
    if (action !== 'place') await em.getRepository(Order).save(order);
    await em.getRepository(OrderTransition).insert({
      orderId: order.id,
      action,
      fromStatus: from,
      toStatus: to,
      actorId: actor.id,
      actorRole: actor.role,
      note,
      createdAt: now,
    });
    await this.notifications.send(em, [order.buyerId], {
      kind: `order.${action}`,
      title: `订单 ${order.orderNo} ${STATUS_LABEL[to]}`,
      body: note ?? `${actionLabel(action)}：${STATUS_LABEL[to]}`,
      refType: 'order',
      refId: order.id,
    });
  }

  /**
   * The order's counting facts now (docs/counting.md): paid, received, rated,
   * cancelled, the bound unit and each line's succeeded refunds so far.
   */
  async countingState(em: EntityManager, order: Order, lines: OrderLine[]): Promise<OrderCountingState> {
    const refunds = await queryNamed(em, SUCCEEDED_REFUND_LINES, { orderId: order.id });
    const refundedOf = new Map<string, number>();
    for (const r of refunds) for (const l of r.lines) refundedOf.set(l.lineId, (refundedOf.get(l.lineId) ?? 0) + Number(l.amountFen));
    const paid = order.totalFen > 0 && order.paidFen >= order.totalFen;
    return {
      unitId: order.unitId,
      paid,
      received: order.receivedAt !== null,
      rated: order.completedAt !== null,
      cancelled: order.cancelledAt !== null,
      completableAt:
        paid && order.paidAt && order.receivedAt
          ? new Date(Math.max(order.paidAt.getTime(), order.receivedAt.getTime())).toISOString()
          : null,
      lines: lines.map((l) => ({ ...eventLine(l), refundedFen: refundedOf.get(l.id) ?? 0, refundedQuantity: l.refundedQuantity })),
    };
  }

  /** Appends an order event whose payload is the order's facts alone (every order event but a refund and a re-binding). */
  async emit(em: EntityManager, type: OrderFactsEventType, order: Order, lines: OrderLine[], now: Date): Promise<void> {
    await this.outbox.append(em, {
      type,
      aggregateType: 'order',
      aggregateId: order.id,
      payload: await this.eventPayload(em, order, lines, now),
    });
  }

  /** Appends `order.refunded`: the refunded part of the lines (`eventLines`) and the refund. */
  async emitRefunded(
    em: EntityManager,
    order: Order,
    lines: OrderLine[],
    now: Date,
    refund: Pick<OrderRefundedPayload, 'refundId' | 'refundFen'>,
    eventLines: OrderEventLine[],
  ): Promise<void> {
    const payload: OrderRefundedPayload = { ...(await this.eventPayload(em, order, lines, now, eventLines)), ...refund };
    await this.outbox.append(em, { type: ORDER_EVENTS.refunded, aggregateType: 'order', aggregateId: order.id, payload });
  }

  /** Appends `order.rebound`: the order now counts for `order.unitId`, before for `change.fromUnitId`. */
  async emitRebound(
    em: EntityManager,
    order: Order,
    lines: OrderLine[],
    now: Date,
    change: Pick<OrderReboundPayload, 'fromUnitId' | 'bindingChangeId'>,
  ): Promise<void> {
    const payload: OrderReboundPayload = { ...(await this.eventPayload(em, order, lines, now)), ...change };
    await this.outbox.append(em, { type: ORDER_EVENTS.rebound, aggregateType: 'order', aggregateId: order.id, payload });
  }

  private async eventPayload(
    em: EntityManager,
    order: Order,
    lines: OrderLine[],
    now: Date,
    eventLines?: OrderEventLine[],
  ): Promise<OrderEventPayload> {
    return {
      orderId: order.id,
      orderNo: order.orderNo,
      buyerId: order.buyerId,
      unitId: order.unitId,
      supplierId: order.supplierId,
      liveSessionId: order.liveSessionId,
      totalFen: order.itemsFen,
      paidFen: order.paidFen,
      lines: eventLines ?? lines.map(eventLine),
      occurredAt: now.toISOString(),
      state: await this.countingState(em, order, lines),
    };
  }

  /** Moves the reserved stock of an order to sold (once). */
  async sellStock(em: EntityManager, order: Order, lines: OrderLine[], actor: Actor): Promise<void> {
    if (order.stockSold) return;
    for (const l of lines) {
      const ok = await this.stock.apply(
        'sold',
        { skuId: l.skuId, quantity: l.quantity, reason: `订单 ${order.orderNo}`, actorId: actor.id, refType: 'order', refId: order.id },
        em,
      );
      if (!ok) throw new Error(`reserved stock of order ${order.orderNo} is missing`);
    }
    order.stockSold = true;
  }

  /**
   * A payment of `amountFen` arrived. Fully paid pending orders move to to_ship,
   * sell their stock and emit order.paid; a partial amount is recorded and shown.
   */
  async applyPayment(em: EntityManager, order: Order, amountFen: number, actor: Actor, note: string, now: Date): Promise<void> {
    const lines = await this.lines(em, order.id);
    order.paidFen += amountFen;
    const fullyPaid = order.paidFen >= order.totalFen;
    order.paymentStatus = fullyPaid ? 'paid' : 'partially_paid';
    if (!fullyPaid) {
      await this.record(em, order, 'pay', order.status, actor, `${note}（部分到账，尚欠 ${yuan(order.totalFen - order.paidFen)}）`, now);
      return;
    }
    order.paidAt = now;
    if (order.status === 'pending_payment') {
      await this.sellStock(em, order, lines, actor);
      order.payDeadline = null;
      await this.record(em, order, 'pay', 'to_ship', actor, note, now);
      await this.notifySupplier(em, order, 'new_order', `已付款 ${yuan(order.paidFen)}，请在 ${order.shipDeadlineDays} 天内发货`);
    } else {
      await this.record(em, order, 'pay', order.status, actor, note, now);
    }
    await this.emit(em, ORDER_EVENTS.paid, order, lines, now);
  }

  /**
   * A payment fact shown on the timeline (and told to the buyer) without changing the order: a mismatched or second payment, its refund.
   */
  async paymentNote(em: EntityManager, order: Order, actor: Actor, note: string, now: Date): Promise<void> {
    await this.record(em, order, 'payment_note', order.status, actor, note, now);
  }

  /** An unpaid online order is paid through another online provider (the buyer's choice, e.g. one was down): noted on the timeline. */
  async switchOnlineMethod(em: EntityManager, order: Order, method: PaymentMethod, actor: Actor, note: string, now: Date): Promise<void> {
    order.paymentMethod = method;
    await this.record(em, order, 'payment_note', order.status, actor, note, now);
  }

  /** Cancels before shipment: releases unsold stock, frees per-buyer limits, emits order.cancelled. */
  async cancel(em: EntityManager, order: Order, action: 'cancel' | 'expire', actor: Actor, reason: string, now: Date): Promise<void> {
    if (!canTransition(action, order.status)) throw invalidState(order.status, '取消');
    const lines = await this.lines(em, order.id);
    for (const l of lines) {
      const kind = order.stockSold ? 'returned' : 'released';
      const ok = await this.stock.apply(
        kind,
        {
          skuId: l.skuId,
          quantity: l.quantity,
          reason: `订单 ${order.orderNo} 取消`,
          actorId: actor.id,
          refType: 'order',
          refId: order.id,
        },
        em,
      );
      if (!ok) throw new Error(`cannot release stock of order ${order.orderNo}`);
      l.restockedQuantity = l.quantity;
      await queryNamed(em, RELEASE_BUYER_PURCHASE, { buyerId: order.buyerId, skuId: l.skuId, quantity: l.quantity });
      // A live order gives its claim on the session's offer back.
      if (order.liveSessionId)
        await this.live.release(em, { sessionId: order.liveSessionId, skuId: l.skuId, buyerId: order.buyerId, quantity: l.quantity });
    }
    await em.getRepository(OrderLine).save(lines);
    order.stockSold = false;
    // The supplier heard of the order when it became to_ship; unpaid orders expiring are no news to them.
    const supplierKnew = order.status === 'to_ship';
    order.cancelledAt = now;
    order.cancelReason = reason;
    order.payDeadline = null;
    await this.record(em, order, action, 'cancelled', actor, reason, now);
    await this.holdBackExpiredTransfer(em, order, actor, now);
    if (supplierKnew) await this.notifySupplier(em, order, 'cancelled', `${reason}，无需发货`);
    await this.emit(em, ORDER_EVENTS.cancelled, order, lines, now);
  }

  /**
   * A bank-transfer order cancelled (or expired) after a partial transfer keeps nothing: what it held becomes a
   * bank refund, pending until finance pays it back and records the bank's transaction number (the finance desk
   * lists it). The transfer itself stays listed with its match to this order.
   */
  private async holdBackExpiredTransfer(em: EntityManager, order: Order, actor: Actor, now: Date): Promise<void> {
    if (order.paymentMethod !== 'bank_transfer' || order.paymentStatus !== 'partially_paid') return;
    await this.queueBankPayBack(em, order, actor, now);
  }

  /**
   * A transfer matched to a bank-transfer order after it was cancelled: recorded against the order (the trail
   * shows whose money it is) and queued to be paid back, like what the order held when it was cancelled.
   */
  async transferAfterCancel(em: EntityManager, order: Order, amountFen: number, actor: Actor, note: string, now: Date): Promise<void> {
    order.paidFen += amountFen;
    order.paymentStatus = order.paidFen >= order.totalFen ? 'paid' : 'partially_paid';
    await this.paymentNote(em, order, actor, `${note}（订单已取消）`, now);
    await this.queueBankPayBack(em, order, actor, now);
  }

  private async queueBankPayBack(em: EntityManager, order: Order, actor: Actor, now: Date): Promise<void> {
    const [{ pending }] = await queryNamed(em, PENDING_REFUNDS_SUM, { orderId: order.id });
    const held = order.paidFen - order.refundedFen - Number(pending);
    if (held <= 0) return;
    await em.getRepository(Refund).insert({
      orderId: order.id,
      amountFen: held,
      method: 'bank',
      status: 'pending',
      kind: 'expired_transfer',
      reason: `订单已取消，退回已到账的 ${formatFen(held)}`,
      restock: false,
      lines: [],
      actorId: actor.id,
    });
    await this.paymentNote(em, order, actor, `已到账 ${formatFen(held)} 将由平台财务原路退回`, now);
  }

  /**
   * A payment arrived for an order that was already cancelled (e.g. expired):
   * takes the stock again. Returns false when any line is short — the caller
   * must roll back and refund instead.
   */
  async revive(em: EntityManager, order: Order, amountFen: number, actor: Actor, note: string, now: Date): Promise<boolean> {
    const lines = await this.lines(em, order.id);
    for (const l of lines) {
      const ref = {
        skuId: l.skuId,
        quantity: l.quantity,
        reason: `订单 ${order.orderNo} 取消后到账，重新占用`,
        actorId: actor.id,
        refType: 'order',
        refId: order.id,
      };
      if (!(await this.stock.apply('reserved', ref, em))) return false;
      l.restockedQuantity = 0;
    }
    await em.getRepository(OrderLine).save(lines);
    order.cancelledAt = null;
    order.cancelReason = null;
    order.paidFen += amountFen;
    order.paymentStatus = order.paidFen >= order.totalFen ? 'paid' : 'partially_paid';
    order.paidAt = now;
    await this.sellStock(em, order, lines, actor);
    order.status = 'to_ship';
    await em.getRepository(Order).save(order);
    await em.getRepository(OrderTransition).insert({
      orderId: order.id,
      action: 'pay',
      fromStatus: 'cancelled',
      toStatus: 'to_ship',
      actorId: actor.id,
      actorRole: actor.role,
      note,
      createdAt: now,
    });
    await this.notifySupplier(em, order, 'new_order', `取消后到账，订单恢复待发货，请在 ${order.shipDeadlineDays} 天内发货`);
    await this.emit(em, ORDER_EVENTS.paid, order, lines, now);
    return true;
  }

  /** A payment arrived for a cancelled order whose stock is gone: recorded, to be refunded automatically. */
  async paidAfterCancel(em: EntityManager, order: Order, amountFen: number, actor: Actor, note: string, now: Date): Promise<void> {
    order.paidFen += amountFen;
    order.paymentStatus = 'paid';
    await this.record(em, order, 'pay', 'cancelled', actor, note, now);
  }

  async ship(em: EntityManager, order: Order, carrier: string, trackingNo: string, actor: Actor, now: Date): Promise<void> {
    if (!canTransition('ship', order.status)) throw invalidState(order.status, '发货');
    const lines = await this.lines(em, order.id);
    await this.sellStock(em, order, lines, actor); // ship-first orders: the goods leave now
    order.carrier = carrier;
    order.trackingNo = trackingNo;
    order.shippedAt = now;
    order.autoReceiveAt = new Date(now.getTime() + AUTO_RECEIVE_DAYS * DAY);
    await this.record(em, order, 'ship', 'shipped', actor, `${carrier} ${trackingNo}`, now);
  }

  async receive(em: EntityManager, order: Order, auto: boolean, actor: Actor, now: Date): Promise<void> {
    const action = auto ? 'auto_receive' : 'receive';
    if (!canTransition(action, order.status)) throw invalidState(order.status, '确认收货');
    const lines = await this.lines(em, order.id);
    order.receivedAt = now;
    order.autoReceiveAt = null;
    await this.record(em, order, action, 'received', actor, auto ? `发货 ${AUTO_RECEIVE_DAYS} 天后自动确认收货` : '买家确认收货', now);
    await this.emit(em, ORDER_EVENTS.received, order, lines, now);
  }

  async complete(em: EntityManager, order: Order, actor: Actor, note: string, now: Date): Promise<void> {
    const lines = await this.lines(em, order.id);
    order.completedAt = now;
    await this.record(em, order, 'complete', 'completed', actor, note, now);
    await this.emit(em, ORDER_EVENTS.completed, order, lines, now);
  }

  /** Records a refund of `amountFen` for the given line quantities; fully refunded orders end `refunded`. */
  async refunded(
    em: EntityManager,
    order: Order,
    refund: { id: string; amountFen: number; lines: { lineId: string; quantity: number; amountFen: number }[] },
    actor: Actor,
    note: string,
    now: Date,
  ): Promise<void> {
    const lines = await this.lines(em, order.id);
    const byId = new Map(lines.map((l) => [l.id, l]));
    for (const r of refund.lines) {
      const l = byId.get(r.lineId);
      if (l) l.refundedQuantity += r.quantity;
    }
    await em.getRepository(OrderLine).save(lines);
    order.refundedFen += refund.amountFen;
    const full = order.refundedFen >= order.paidFen;
    order.paymentStatus = full ? 'refunded' : 'partially_refunded';
    const to: OrderStatus = full ? 'refunded' : order.status;
    await this.record(em, order, 'refund', to, actor, note, now);
    await this.notifySupplier(em, order, 'refunded', note);
    // A payment that arrived after cancellation was never counted: its refund reverses nothing.
    if (order.cancelledAt) return;
    // A live order gives the refunded units' claim on the session's offer back (its pending sales do not rise).
    if (order.liveSessionId) {
      for (const r of refund.lines) {
        const l = byId.get(r.lineId);
        // Never blocks the refund: a claim already given back (or never taken) has nothing left to release.
        if (l && r.quantity > 0)
          await this.live
            .release(em, { sessionId: order.liveSessionId, skuId: l.skuId, buyerId: order.buyerId, quantity: r.quantity })
            .catch(() => undefined);
      }
    }
    const eventLines: OrderEventLine[] = refund.lines.map((r) => {
      const l = byId.get(r.lineId) as OrderLine;
      return {
        lineId: l.id,
        productId: l.productId,
        skuId: l.skuId,
        quantity: r.quantity,
        unitPriceFen: l.unitPriceFen,
        amountFen: r.amountFen,
        certified: l.certified,
      };
    });
    await this.emitRefunded(em, order, lines, now, { refundId: refund.id, refundFen: refund.amountFen }, eventLines);
  }
}

export const yuan = (fen: number): string => formatFen(fen);

/** An order line as the order events carry it. */
function eventLine(l: OrderLine): OrderEventLine {
  return {
    lineId: l.id,
    productId: l.productId,
    skuId: l.skuId,
    quantity: l.quantity,
    unitPriceFen: l.unitPriceFen,
    amountFen: l.amountFen,
    certified: l.certified,
  };
}

export function actionLabel(a: OrderAction): string {
  const labels: Record<OrderAction, string> = {
    place: '下单',
    pay: '付款',
    ship: '发货',
    receive: '确认收货',
    auto_receive: '自动确认收货',
    complete: '完成',
    rate: '评价',
    cancel: '取消',
    expire: '超时取消',
    refund: '退款',
    extend_term: '延长付款期限',
    rebind: '变更计入单位',
    ship_overdue: '超过发货期限',
    payment_note: '支付记录',
  };
  return labels[a];
}
