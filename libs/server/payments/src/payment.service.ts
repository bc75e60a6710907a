import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { badInput, forbidden, notFound, RequestContext } from '@yigou/server/core';
import { invalidState, Order, PAYMENT_METHODS, PaymentMethod } from '@yigou/server/orders';
import { PAYMENT_STRATEGIES, PaymentDevice, PaymentInstructions, PaymentMethodInfo, PaymentStrategy } from './payment-strategy';

/** Offers the payment methods and starts a payment through the strategy of the orders' method. */
@Injectable()
export class PaymentService {
  private readonly byMethod: Map<PaymentMethod, PaymentStrategy>;
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PAYMENT_STRATEGIES) strategies: PaymentStrategy[],
  ) {
    this.byMethod = new Map(strategies.map((s) => [s.method, s]));
  }

  methods(ctx: RequestContext): PaymentMethodInfo[] {
    return PAYMENT_METHODS.map((m) => {
      const s = this.byMethod.get(m) as PaymentStrategy;
      const reason = s.unavailableReason(ctx);
      return { method: m, label: s.label, available: reason === null, reason };
    });
  }

  /** `other`: pay these online orders by another online method than the one chosen at checkout (the order then records it). */
  async start(ctx: RequestContext, orderIds: string[], device: PaymentDevice = 'desktop', other: PaymentMethod | null = null): Promise<PaymentInstructions> {
    const user = ctx.requireUser();
    const ids = [...new Set(orderIds)];
    if (ids.length === 0 || ids.length > 20) throw badInput('请选择 1–20 个订单', 'orderIds');
    const orders = await this.db.getRepository(Order).find({ where: { id: In(ids) }, order: { orderNo: 'ASC' } });
    if (orders.length !== ids.length) throw notFound('订单不存在');
    if (orders.some((o) => o.buyerId !== user.id)) throw forbidden('不能支付他人的订单');
    let method = orders[0].paymentMethod;
    if (orders.some((o) => o.paymentMethod !== method)) throw badInput('所选订单的支付方式不同，请分别支付', 'orderIds');
    // The buyer may pay an online order another online way (e.g. WeChat Pay is down: pay by Stripe instead).
    const switchTo = other && other !== method ? other : null;
    if (switchTo && (switchTo === 'bank_transfer' || orders.some((o) => o.paymentTerm !== 'online'))) throw badInput('在线支付的订单只能改用其他在线支付方式', 'method');
    for (const o of orders) {
      if (o.paymentStatus === 'paid' || o.paidFen >= o.totalFen) throw invalidState(o.status, '重复支付');
      if (o.status === 'cancelled' || o.status === 'refunded') throw invalidState(o.status, '支付');
      if (method !== 'bank_transfer' && o.payDeadline && o.payDeadline < ctx.now) throw badInput(`订单 ${o.orderNo} 已超过付款期限`, 'orderIds');
    }
    if (switchTo) method = switchTo;
    const strategy = this.byMethod.get(method) as PaymentStrategy;
    const reason = strategy.unavailableReason(ctx);
    if (reason) throw forbidden(reason);
    if (switchTo) await this.db.getRepository(Order).update({ id: In(ids), paymentStatus: 'unpaid' }, { paymentMethod: switchTo });
    return strategy.start(ctx, orders, device);
  }
}
