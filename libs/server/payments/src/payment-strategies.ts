import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, RequestContext } from '@yigou/server/core';
import { Order, paymentUnavailable } from '@yigou/server/orders';
import { ERROR_CODES } from '@yigou/shared/domain';
import { PaymentAttempt } from './payment.entities';
import { PaymentProvider } from './payment-provider';
import { outstanding, PaymentInstructions, PaymentStrategy, PLATFORM_ACCOUNT } from './payment-strategy';
import { StripeGateway } from './stripe-gateway';
import { StripeProvider } from './stripe-provider';

/**
 * Before a new attempt: every live attempt of these orders is cancelled at its provider where it allows, so
 * only one can take money. One that already has money refuses the new attempt; one the provider would not
 * cancel stays live, and if it succeeds too the ledger refunds it automatically.
 */
export async function supersedeLiveAttempts(db: DataSource, provider: PaymentProvider, orderIds: string[]): Promise<void> {
  const repo = db.getRepository(PaymentAttempt);
  const live = await repo.createQueryBuilder('a').where(`a.status = 'created' AND a.provider = :p AND a.order_ids && :ids::uuid[]`, { p: provider.name, ids: orderIds }).getMany();
  for (const a of live) {
    const outcome = a.providerPaymentId ? await provider.cancelPayment(a.providerPaymentId) : 'canceled';
    if (outcome === 'too_late') throw new AppError(ERROR_CODES.INVALID_ORDER_STATE, '上一笔支付已成功，正在确认到账，请稍后刷新订单');
    if (outcome === 'canceled') await repo.update({ id: a.id, status: 'created' }, { status: 'canceled', failureMessage: '已被新的支付尝试取代' });
  }
}

/** Card, Alipay and WeChat Pay through one Stripe PaymentIntent per attempt, in CNY fen. */
@Injectable()
export class StripePaymentStrategy implements PaymentStrategy {
  readonly method = 'stripe' as const;
  readonly label = '在线支付（银行卡 / 支付宝 / 微信支付）';
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly gateway: StripeGateway,
    private readonly provider: StripeProvider,
  ) {}

  unavailableReason(): string | null {
    return this.gateway.available ? null : '在线支付暂不可用';
  }

  async start(ctx: RequestContext, orders: Order[]): Promise<PaymentInstructions> {
    const stripe = this.gateway.client;
    if (!stripe) throw paymentUnavailable();
    const user = ctx.requireUser();
    const amountFen = orders.reduce((s, o) => s + outstanding(o), 0);
    await supersedeLiveAttempts(this.db, this.provider, orders.map((o) => o.id));
    // The attempt is committed first; Stripe is called outside any transaction.
    const attempt = await this.db.getRepository(PaymentAttempt).save({
      provider: 'stripe',
      buyerId: user.id,
      orderIds: orders.map((o) => o.id),
      shares: orders.map((o) => ({ orderId: o.id, amountFen: outstanding(o) })),
      amountFen,
      currency: 'cny',
      status: 'created',
    });
    const intent = await stripe.paymentIntents
      .create(
        {
          amount: amountFen,
          currency: 'cny',
          payment_method_types: ['card', 'alipay', 'wechat_pay'],
          payment_method_options: { wechat_pay: { client: 'web' } },
          description: `以购订单 ${orders.map((o) => o.orderNo).join(', ')}`,
          metadata: { attemptId: attempt.id, orderIds: orders.map((o) => o.id).join(','), orderNos: orders.map((o) => o.orderNo).join(',') },
        },
        { idempotencyKey: `attempt-${attempt.id}` },
      )
      .catch(async (e: unknown) => {
        await this.db.getRepository(PaymentAttempt).update(attempt.id, { status: 'failed', failureMessage: e instanceof Error ? e.message.slice(0, 300) : 'Stripe 无响应' });
        throw paymentUnavailable('在线支付暂时无法连接，请稍后再试或改用其他支付方式');
      });
    await this.db.getRepository(PaymentAttempt).update(attempt.id, { providerPaymentId: intent.id });
    return {
      method: 'stripe',
      amountFen,
      clientSecret: intent.client_secret,
      publishableKey: this.gateway.config.stripePublishableKey,
      paymentIntentId: intent.id,
      bankAccount: null,
      references: orders.map((o) => ({ orderId: o.id, orderNo: o.orderNo, remittanceRef: o.remittanceRef, outstandingFen: outstanding(o) })),
    };
  }
}

/** 对公转账: the platform's account and each order's remittance reference; finance matches the transfer. */
@Injectable()
export class BankTransferPaymentStrategy implements PaymentStrategy {
  readonly method = 'bank_transfer' as const;
  readonly label = '对公转账';

  unavailableReason(ctx: RequestContext): string | null {
    return ctx.hasRole('unit_purchaser') ? null : '对公转账仅限单位采购员';
  }

  async start(_ctx: RequestContext, orders: Order[]): Promise<PaymentInstructions> {
    return {
      method: 'bank_transfer',
      amountFen: orders.reduce((s, o) => s + outstanding(o), 0),
      clientSecret: null,
      publishableKey: null,
      paymentIntentId: null,
      bankAccount: PLATFORM_ACCOUNT,
      references: orders.map((o) => ({ orderId: o.id, orderNo: o.orderNo, remittanceRef: o.remittanceRef, outstandingFen: outstanding(o) })),
    };
  }
}
