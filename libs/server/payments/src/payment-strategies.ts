import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RequestContext } from '@yigou/server/core';
import { Order, paymentUnavailable } from '@yigou/server/orders';
import { PaymentAttempt } from './payment.entities';
import { outstanding, PaymentInstructions, PaymentStrategy, PLATFORM_ACCOUNT } from './payment-strategy';
import { StripeGateway } from './stripe-gateway';

/** Card, Alipay and WeChat Pay through one Stripe PaymentIntent per attempt, in CNY fen. */
@Injectable()
export class StripePaymentStrategy implements PaymentStrategy {
  readonly method = 'stripe' as const;
  readonly label = '在线支付（银行卡 / 支付宝 / 微信支付）';
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly gateway: StripeGateway,
  ) {}

  unavailableReason(): string | null {
    return this.gateway.available ? null : '在线支付暂不可用';
  }

  async start(ctx: RequestContext, orders: Order[]): Promise<PaymentInstructions> {
    const stripe = this.gateway.client;
    if (!stripe) throw paymentUnavailable();
    const user = ctx.requireUser();
    const amountFen = orders.reduce((s, o) => s + outstanding(o), 0);
    // The attempt is committed first; Stripe is called outside any transaction.
    const attempt = await this.db.getRepository(PaymentAttempt).save({ buyerId: user.id, orderIds: orders.map((o) => o.id), amountFen, status: 'created' });
    const intent = await stripe.paymentIntents.create(
      {
        amount: amountFen,
        currency: 'cny',
        payment_method_types: ['card', 'alipay', 'wechat_pay'],
        payment_method_options: { wechat_pay: { client: 'web' } },
        description: `以购订单 ${orders.map((o) => o.orderNo).join(', ')}`,
        metadata: { attemptId: attempt.id, orderIds: orders.map((o) => o.id).join(','), orderNos: orders.map((o) => o.orderNo).join(',') },
      },
      { idempotencyKey: `attempt-${attempt.id}` },
    );
    await this.db.getRepository(PaymentAttempt).update(attempt.id, { paymentIntentId: intent.id });
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
