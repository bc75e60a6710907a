import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestContext } from '@yigou/server/core';
import { Order, PaymentMethod, paymentUnavailable } from '@yigou/server/orders';
import { paidAlready } from '../errors';
import { PaymentAttempt } from '../entities/payment-attempt.entity';
import { PaymentOptions, PaymentProvider } from './payment-provider';
import { outstanding, PaymentStrategy, PLATFORM_ACCOUNT } from './payment-strategy';
import { PaymentInstructions } from '../dto/payment-instructions.types';

/**
 * Before a new attempt: every live attempt of these orders is cancelled at its provider where it allows, so
 * only one can take money. One that already has money refuses the new attempt; one the provider would not
 * cancel stays live, and if it succeeds too the ledger refunds it automatically.
 */
export async function supersedeLiveAttempts(db: DataSource, provider: PaymentProvider, orderIds: string[]): Promise<void> {
  const repo = db.getRepository(PaymentAttempt);
  const live = await repo
    .createQueryBuilder('a')
    .where(`a.status = 'created' AND a.provider = :p AND a.order_ids && :ids::uuid[]`, { p: provider.name, ids: orderIds })
    .getMany();
  for (const a of live) {
    const outcome = a.providerPaymentId ? await provider.cancelPayment(a.providerPaymentId) : 'canceled';
    if (outcome === 'too_late') throw paidAlready();
    if (outcome === 'canceled')
      await repo.update({ id: a.id, status: 'created' }, { status: 'canceled', failureMessage: '已被新的支付尝试取代' });
  }
}

/**
 * Paying online through one provider, the same for every provider: live attempts superseded, the attempt
 * (amount, currency, each order's share) committed before the provider is called outside any transaction,
 * a provider that cannot be reached told to the buyer. One instance per PaymentProvider.
 */
export class OnlinePaymentStrategy implements PaymentStrategy {
  readonly method: PaymentMethod;
  readonly label: string;
  constructor(
    private readonly db: DataSource,
    private readonly provider: PaymentProvider,
  ) {
    this.method = provider.name;
    this.label = provider.label;
  }

  unavailableReason(): string | null {
    return this.provider.available ? null : '在线支付暂不可用';
  }

  supersede(orderIds: string[]): Promise<void> {
    return supersedeLiveAttempts(this.db, this.provider, orderIds);
  }

  async start(ctx: RequestContext, orders: Order[], options: PaymentOptions = {}): Promise<PaymentInstructions> {
    if (!this.provider.available) throw paymentUnavailable();
    const user = ctx.requireUser();
    const amountFen = orders.reduce((s, o) => s + outstanding(o), 0);
    await this.supersede(orders.map((o) => o.id));
    const repo = this.db.getRepository(PaymentAttempt);
    const attempt = await repo.save({
      provider: this.provider.name,
      buyerId: user.id,
      orderIds: orders.map((o) => o.id),
      shares: orders.map((o) => ({ orderId: o.id, amountFen: outstanding(o) })),
      amountFen,
      currency: 'cny',
      status: 'created',
    });
    const created = await this.provider
      .createPayment(attempt, orders, { ...options, ip: options.ip ?? ctx.ip })
      .catch(async (e: unknown) => {
        await repo.update(attempt.id, {
          status: 'failed',
          failureMessage: e instanceof Error ? e.message.slice(0, 300) : '支付渠道无响应',
        });
        throw paymentUnavailable('在线支付暂时无法连接，请稍后再试或改用其他支付方式');
      });
    await repo.update(attempt.id, { providerPaymentId: created.providerPaymentId });
    return {
      method: this.method,
      amountFen,
      clientSecret: created.clientSecret ?? null,
      publishableKey: created.publishableKey ?? null,
      paymentIntentId: created.providerPaymentId,
      codeUrl: created.codeUrl ?? null,
      h5Url: created.h5Url ?? null,
      redirectUrl: created.redirectUrl ?? null,
      bankAccount: null,
      references: orders.map((o) => ({
        orderId: o.id,
        orderNo: o.orderNo,
        remittanceRef: o.remittanceRef,
        outstandingFen: outstanding(o),
      })),
    };
  }
}

/** 对公转账: the platform's account and each order's remittance reference; finance matches the transfer. */
@Injectable()
export class BankTransferPaymentStrategy implements PaymentStrategy {
  readonly method = 'bank_transfer' as const;
  readonly label = '对公转账';

  unavailableReason(ctx: RequestContext): string | null {
    if (!ctx.hasRole('unit_purchaser')) return '对公转账仅限单位采购员';
    return ctx.grantsFor('unit_purchaser').some((g) => !!g.unitId && g.unitId === ctx.user?.unitId)
      ? null
      : '只有本单位的采购员可以使用对公转账';
  }

  async start(_ctx: RequestContext, orders: Order[]): Promise<PaymentInstructions> {
    return {
      method: 'bank_transfer',
      amountFen: orders.reduce((s, o) => s + outstanding(o), 0),
      clientSecret: null,
      publishableKey: null,
      paymentIntentId: null,
      bankAccount: PLATFORM_ACCOUNT,
      references: orders.map((o) => ({
        orderId: o.id,
        orderNo: o.orderNo,
        remittanceRef: o.remittanceRef,
        outstandingFen: outstanding(o),
      })),
    };
  }
}
