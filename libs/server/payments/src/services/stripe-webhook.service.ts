import { Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import { NoticeResult, PaymentLedger } from './payment-ledger.service';
import { PaymentNotice } from './payment-provider';
import { StripeGateway } from './stripe-gateway';

/** How far a signed timestamp may be from our clock, either way. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

export class WebhookRejected extends Error {}

/**
 * Stripe's side of the payment ledger: checks the signature and the signed timestamp (older than five
 * minutes or more than five minutes ahead: refused), and translates the event into a PaymentNotice.
 * Amount and currency are taken from the PaymentIntent as Stripe reports them; the ledger compares them.
 */
@Injectable()
export class StripeWebhookService {
  constructor(
    private readonly gateway: StripeGateway,
    private readonly ledger: PaymentLedger,
  ) {}

  verify(rawBody: Buffer | undefined, signature: string | undefined, now = new Date()): Stripe.Event {
    const stripe = this.gateway.client;
    const secret = this.gateway.config.stripeWebhookSecret;
    if (!stripe || !secret) throw new WebhookRejected('Stripe webhooks are not configured');
    if (!rawBody || !signature) throw new WebhookRejected('missing body or Stripe-Signature header');
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(rawBody, signature, secret, WEBHOOK_TOLERANCE_SECONDS);
    } catch (e) {
      throw new WebhookRejected(e instanceof Error ? e.message : 'bad signature');
    }
    // The SDK refuses only old timestamps; a signed one from the future is as suspect.
    const t = Number(/(?:^|,)t=(\d+)/.exec(signature)?.[1]);
    if (!Number.isFinite(t) || t - now.getTime() / 1000 > WEBHOOK_TOLERANCE_SECONDS)
      throw new WebhookRejected('Timestamp is in the future');
    return event;
  }

  handle(event: Stripe.Event, now = new Date()): Promise<NoticeResult> {
    return this.ledger.record(toNotice(event), now);
  }
}

export function toNotice(event: Stripe.Event): PaymentNotice {
  const base = {
    provider: 'stripe',
    eventId: event.id,
    type: event.type,
    occurredAt: new Date(event.created * 1000),
    attemptId: null,
    amountFen: null,
    currency: null,
    message: null,
  };
  switch (event.type) {
    case 'payment_intent.succeeded':
    case 'payment_intent.payment_failed':
    case 'payment_intent.canceled': {
      const pi = event.data.object;
      const kind =
        event.type === 'payment_intent.succeeded' ? 'succeeded' : event.type === 'payment_intent.canceled' ? 'canceled' : 'failed';
      return {
        ...base,
        kind,
        providerPaymentId: pi.id,
        attemptId: pi.metadata?.attemptId ?? null,
        amountFen: kind === 'succeeded' ? pi.amount_received : pi.amount,
        currency: pi.currency,
        message: pi.last_payment_error?.message ?? null,
      };
    }
    case 'charge.refunded':
    case 'charge.refund.updated':
    case 'refund.created':
    case 'refund.updated':
    case 'refund.failed': {
      const o = event.data.object as { payment_intent?: string | { id: string } | null };
      const pi = typeof o.payment_intent === 'string' ? o.payment_intent : (o.payment_intent?.id ?? null);
      return { ...base, kind: 'refund_update', providerPaymentId: pi };
    }
    default:
      return { ...base, kind: 'other', providerPaymentId: null };
  }
}
