import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, forbidden, RequestContext } from '@yigou/server/core';
import {
  buyerRoleOf,
  invalidState,
  isOnlineMethod,
  Order,
  OrderLifecycle,
  OrderPayments,
  PAYMENT_METHODS,
  PaymentMethod,
} from '@yigou/server/orders';
import { PaymentOptions } from './payment-provider';
import { PAYMENT_STRATEGIES, PaymentStrategy } from './payment-strategy';
import { PaymentInstructions, PaymentMethodInfo } from '../dto/payment-instructions.types';

/** Offers the payment methods and starts a payment through the strategy of the orders' method. */
@Injectable()
export class PaymentService {
  private readonly byMethod: Map<PaymentMethod, PaymentStrategy>;
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PAYMENT_STRATEGIES) strategies: PaymentStrategy[],
    private readonly lifecycle: OrderLifecycle,
    private readonly orders: OrderPayments,
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

  async start(
    ctx: RequestContext,
    orderIds: string[],
    options: PaymentOptions & { method?: PaymentMethod | null } = {},
  ): Promise<PaymentInstructions> {
    const user = ctx.requireUser();
    const ids = [...new Set(orderIds)];
    if (ids.length === 0 || ids.length > 20) throw badInput('请选择 1–20 个订单', 'orderIds');
    const orders = await this.orders.visibleOrders(ctx, ids);
    // seen (as their supplier's staff or the finance desk), not theirs to pay
    if (orders.some((o) => o.buyerId !== user.id)) throw forbidden('不能支付他人的订单');
    const method = orders[0].paymentMethod;
    if (orders.some((o) => o.paymentMethod !== method)) throw badInput('所选订单的支付方式不同，请分别支付', 'orderIds');
    for (const o of orders) {
      if (o.paymentStatus === 'paid' || o.paidFen >= o.totalFen) throw invalidState(o.status, '重复支付');
      if (o.status === 'cancelled' || o.status === 'refunded') throw invalidState(o.status, '支付');
      if (method !== 'bank_transfer' && o.payDeadline && o.payDeadline < ctx.now)
        throw badInput(`订单 ${o.orderNo} 已超过付款期限`, 'orderIds');
    }
    const chosen = options.method ?? method;
    // Another online provider for online orders (the buyer's choice when one is down); never to or from 对公转账,
    // whose term and deadline differ.
    if (chosen !== method && (!isOnlineMethod(chosen) || !isOnlineMethod(method)))
      throw badInput('对公转账与在线支付不能互换，请重新下单', 'method');
    const strategy = this.byMethod.get(chosen) as PaymentStrategy;
    const reason = strategy.unavailableReason(ctx);
    if (reason) throw forbidden(reason);
    if (chosen !== method) {
      // The buyer may have left another provider's page open: its live attempts are closed first, so the money is
      // taken once (one already paid refuses the switch; one a provider will not close is refunded if it succeeds).
      for (const other of this.byMethod.values()) if (other.method !== chosen) await other.supersede?.(ids);
      await this.switchOnline(ctx, orders, chosen);
    }
    return strategy.start(ctx, orders, { device: options.device ?? null });
  }

  /** Records another online provider on unpaid online orders, noted on each timeline. */
  private async switchOnline(ctx: RequestContext, orders: Order[], method: PaymentMethod): Promise<void> {
    const label = this.byMethod.get(method)?.label ?? method;
    const buyerId = ctx.requireUser().id;
    await this.db.transaction(async (em) => {
      for (const o of await this.lifecycle.lock(
        em,
        orders.map((x) => x.id),
      )) {
        if (o.status !== 'pending_payment' || o.paidFen > 0) throw invalidState(o.status, '更换支付方式');
        await this.lifecycle.switchOnlineMethod(em, o, method, { id: buyerId, role: buyerRoleOf(o) }, `改用${label}付款`, ctx.now);
      }
    });
    for (const o of orders) o.paymentMethod = method;
  }
}
