import type Stripe from 'stripe';
import { retryDelayMs } from './refund-sender.service';
import { toNotice } from './stripe-webhook.service';

const event = (type: string, object: object) =>
  ({ id: 'evt_1', type, created: 1_800_000_000, data: { object } }) as unknown as Stripe.Event;

describe('Stripe events in the ledger’s terms', () => {
  it('a success carries the amount received and the currency as Stripe reports them, and our attempt id', () => {
    const n = toNotice(
      event('payment_intent.succeeded', {
        id: 'pi_1',
        amount: 7800,
        amount_received: 7799,
        currency: 'usd',
        metadata: { attemptId: 'a-1' },
      }),
    );
    expect(n).toMatchObject({
      provider: 'stripe',
      eventId: 'evt_1',
      kind: 'succeeded',
      providerPaymentId: 'pi_1',
      attemptId: 'a-1',
      amountFen: 7799,
      currency: 'usd',
    });
    expect(n.occurredAt).toEqual(new Date(1_800_000_000_000));
  });

  it('refund events only name the PaymentIntent (each refund is then settled by its own query)', () => {
    expect(toNotice(event('charge.refunded', { id: 'ch_1', payment_intent: 'pi_2', amount_refunded: 100 }))).toMatchObject({
      kind: 'refund_update',
      providerPaymentId: 'pi_2',
      amountFen: null,
    });
    expect(toNotice(event('refund.updated', { id: 're_1', payment_intent: { id: 'pi_3' } }))).toMatchObject({
      kind: 'refund_update',
      providerPaymentId: 'pi_3',
    });
    expect(toNotice(event('customer.created', { id: 'cus_1' }))).toMatchObject({ kind: 'other' });
  });
});

describe('refund retry backoff', () => {
  it('doubles from 30 s and stops at an hour', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(30)).toBe(3_600_000);
  });
});
