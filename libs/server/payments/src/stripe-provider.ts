import { Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import { PaymentProvider, ProviderRefundState, ProviderRejected, ProviderUnreachable, RefundOrder } from './payment-provider';
import { StripeGateway } from './stripe-gateway';

/** Stripe as a PaymentProvider: PaymentIntent cancel, Refund create / retrieve / list by PaymentIntent. */
@Injectable()
export class StripeProvider implements PaymentProvider {
  readonly name = 'stripe';
  constructor(private readonly gateway: StripeGateway) {}

  get available(): boolean {
    return this.gateway.available;
  }

  private get stripe(): Stripe {
    if (!this.gateway.client) throw new ProviderUnreachable('Stripe 未配置');
    return this.gateway.client;
  }

  /** One try per call: the refund sender owns retries, so a timeout surfaces at once as "unknown". */
  private get once(): Stripe.RequestOptions {
    return { maxNetworkRetries: 0, timeout: this.gateway.config.stripeTimeoutMs };
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
      throw classify(e);
    }
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
  if (e instanceof Stripe.errors.StripeInvalidRequestError || e instanceof Stripe.errors.StripeCardError) return new ProviderRejected(message);
  return new ProviderUnreachable(message);
}
