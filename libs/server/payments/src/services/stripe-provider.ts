import { Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import type { Order } from '@yigou/server/orders';
import {
  AttemptAtProvider,
  AttemptToPay,
  configured,
  CreatedPayment,
  ordersSubject,
  PaymentProvider,
  ProviderPaymentState,
  ProviderRefundState,
  ProviderRejected,
  ProviderUnreachable,
  RefundOrder,
  unreachable,
} from './payment-provider';
import { StripeGateway } from './stripe-gateway';

/**
 * Stripe as a PaymentProvider: one PaymentIntent per attempt (card, CNY fen; WeChat Pay and Alipay are direct providers),
 * cancel, Refund create / retrieve / list by PaymentIntent. Its webhook is StripeWebhookService.
 */
@Injectable()
export class StripeProvider implements PaymentProvider {
  readonly name = 'stripe' as const;
  // WeChat Pay and Alipay are direct (WechatPayProvider, AlipayProvider): Stripe cannot onboard a mainland merchant for them.
  readonly label = '在线支付（银行卡）';
  constructor(private readonly gateway: StripeGateway) {}

  get available(): boolean {
    return this.gateway.available;
  }

  private get stripe(): Stripe {
    return configured(this.gateway.client, 'Stripe 未配置');
  }

  /** One try per call: the refund sender owns retries, so a timeout surfaces at once as "unknown". */
  private get once(): Stripe.RequestOptions {
    return { maxNetworkRetries: 0, timeout: this.gateway.config.stripeTimeoutMs };
  }

  async createPayment(attempt: AttemptToPay, orders: Order[]): Promise<CreatedPayment> {
    const intent = await this.stripe.paymentIntents.create(
      {
        amount: attempt.amountFen,
        currency: attempt.currency,
        payment_method_types: ['card'],
        description: ordersSubject(orders, ', '),
        metadata: { attemptId: attempt.id, orderIds: orders.map((o) => o.id).join(','), orderNos: orders.map((o) => o.orderNo).join(',') },
      },
      { idempotencyKey: `attempt-${attempt.id}` },
    );
    return { providerPaymentId: intent.id, clientSecret: intent.client_secret, publishableKey: this.gateway.config.stripePublishableKey };
  }

  async cancelPayment(intentId: string): Promise<'canceled' | 'too_late' | 'unknown'> {
    try {
      const pi = await this.stripe.paymentIntents.cancel(intentId, {}, this.once);
      return pi.status === 'canceled' ? 'canceled' : 'unknown';
    } catch (e) {
      if (e instanceof Stripe.errors.StripeInvalidRequestError) {
        const status = (e.raw as { payment_intent?: { status?: string } } | undefined)?.payment_intent?.status;
        if (status === 'canceled') return 'canceled';
        if (status === 'succeeded') return 'too_late';
      }
      return 'unknown';
    }
  }

  async findRefund(r: RefundOrder): Promise<ProviderRefundState | null> {
    try {
      if (r.providerRefundId) return toState(await this.stripe.refunds.retrieve(r.providerRefundId, {}, this.once));
      const list = await this.stripe.refunds.list({ payment_intent: r.providerPaymentId, limit: 100 }, this.once);
      const mine = list.data.find((x) => x.metadata?.refundId === r.refundId);
      return mine ? toState(mine) : null;
    } catch (e) {
      // A query that fails says nothing about the refund: unknown, asked again later.
      throw unreachable(e);
    }
  }

  /**
   * The PaymentIntent of an attempt: retrieved by its id, or (when the API stopped before it stored the id) found by
   * the attempt id in its metadata (Stripe's search). Stripe's "No such payment_intent" is a final "none".
   */
  async queryPayment(attempt: AttemptAtProvider): Promise<ProviderPaymentState | null> {
    let pi: Stripe.PaymentIntent | undefined;
    try {
      if (attempt.providerPaymentId) pi = await this.stripe.paymentIntents.retrieve(attempt.providerPaymentId, {}, this.once);
      else pi = (await this.stripe.paymentIntents.search({ query: `metadata['attemptId']:'${attempt.id}'`, limit: 1 }, this.once)).data[0];
    } catch (e) {
      if (e instanceof Stripe.errors.StripeInvalidRequestError && e.code === 'resource_missing') return null;
      throw unreachable(e);
    }
    if (!pi) return null;
    const state = pi.status === 'succeeded' ? 'succeeded' : pi.status === 'canceled' ? 'closed' : 'pending';
    return {
      state,
      providerPaymentId: pi.id,
      amountFen: state === 'succeeded' ? pi.amount_received : null,
      currency: state === 'succeeded' ? pi.currency : null,
      paidAt: state === 'succeeded' && pi.created ? new Date(pi.created * 1000) : null,
    };
  }

  async sendRefund(r: RefundOrder): Promise<ProviderRefundState> {
    try {
      const created = await this.stripe.refunds.create(
        { payment_intent: r.providerPaymentId, amount: r.amountFen, metadata: { refundId: r.refundId, orderId: r.orderId } },
        { ...this.once, idempotencyKey: `refund-${r.refundId}` },
      );
      return toState(created);
    } catch (e) {
      throw classify(e);
    }
  }
}

function toState(r: Stripe.Refund): ProviderRefundState {
  const state = r.status === 'succeeded' ? 'succeeded' : r.status === 'failed' || r.status === 'canceled' ? 'failed' : 'pending';
  return { state, providerRefundId: r.id, message: r.failure_reason ?? null };
}

/** A refused request is Stripe's final word; anything else (timeout, network, 5xx, rate limit, keys) leaves the answer unknown. */
function classify(e: unknown): Error {
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof Stripe.errors.StripeInvalidRequestError || e instanceof Stripe.errors.StripeCardError)
    return new ProviderRejected(message);
  return new ProviderUnreachable(message);
}
