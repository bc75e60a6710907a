import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Stripe from 'stripe';
import { DataSource, EntityManager } from 'typeorm';
import { OrderLifecycle, Refund, SYSTEM } from '@yigou/server/orders';
import { formatFen } from '@yigou/shared/money';
import { ATTEMPT_STATUS_RANK, AttemptStatus, PaymentAttempt } from './payment.entities';
import { RefundService } from './refund.service';
import { StripeGateway } from './stripe-gateway';

export const WEBHOOK_TOLERANCE_SECONDS = 300;

export class WebhookRejected extends Error {}

class ReviveFailed extends Error {}

/**
 * Verifies and applies Stripe events. Each event id is inserted into
 * stripe_event (primary key) in the same transaction that acts on it, before
 * acting: a replay finds the id and does nothing. Attempt states only move forward.
 */
@Injectable()
export class StripeWebhookService {
  private readonly log = new Logger('StripeWebhook');
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly gateway: StripeGateway,
    private readonly lifecycle: OrderLifecycle,
    private readonly refunds: RefundService,
  ) {}

  verify(rawBody: Buffer | undefined, signature: string | undefined): Stripe.Event {
    const stripe = this.gateway.client;
    const secret = this.gateway.config.stripeWebhookSecret;
    if (!stripe || !secret) throw new WebhookRejected('Stripe webhooks are not configured');
    if (!rawBody || !signature) throw new WebhookRejected('missing body or Stripe-Signature header');
    try {
      return stripe.webhooks.constructEvent(rawBody, signature, secret, WEBHOOK_TOLERANCE_SECONDS);
    } catch (e) {
      throw new WebhookRejected(e instanceof Error ? e.message : 'bad signature');
    }
  }

  /** Returns 'duplicate' when the event was handled before. */
  async handle(event: Stripe.Event, now = new Date()): Promise<'handled' | 'duplicate' | 'ignored'> {
    const toRefund: Refund[] = [];
    let result: 'handled' | 'duplicate' | 'ignored';
    try {
      result = await this.db.transaction((em) => this.apply(em, event, now, toRefund, true));
    } catch (e) {
      if (!(e instanceof ReviveFailed)) throw e;
      // The stock of a cancelled order is gone: keep the money recorded and refund it automatically.
      toRefund.length = 0;
      result = await this.db.transaction((em) => this.apply(em, event, now, toRefund, false));
    }
    for (const r of toRefund) await this.refunds.sendToStripe(r);
    return result;
  }

  private async apply(em: EntityManager, event: Stripe.Event, now: Date, toRefund: Refund[], mayRevive: boolean): Promise<'handled' | 'duplicate' | 'ignored'> {
    const inserted: unknown[] = await em.query(`INSERT INTO stripe_event (id, type) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id`, [event.id, event.type]);
    if (inserted.length === 0) return 'duplicate';
    switch (event.type) {
      case 'payment_intent.succeeded':
        return this.succeeded(em, event.data.object, now, toRefund, mayRevive);
      case 'payment_intent.payment_failed':
        return this.advance(em, event.data.object, 'failed', event.data.object.last_payment_error?.message ?? null);
      case 'payment_intent.canceled':
        return this.advance(em, event.data.object, 'canceled', null);
      case 'charge.refunded':
        return this.chargeRefunded(em, event.data.object, now);
      default:
        return 'ignored';
    }
  }

  /** By PaymentIntent id, or by the attempt id in its metadata (the webhook may beat our own update of the attempt). */
  private async lockAttempt(em: EntityManager, intentId: string, attemptId?: string | null): Promise<PaymentAttempt | null> {
    const repo = em.getRepository(PaymentAttempt);
    const byIntent = await repo.createQueryBuilder('a').where('a.payment_intent_id = :id', { id: intentId }).setLock('pessimistic_write').getOne();
    if (byIntent || !attemptId || !/^[0-9a-f-]{36}$/i.test(attemptId)) return byIntent;
    const byMeta = await repo.createQueryBuilder('a').where('a.id = :id AND a.payment_intent_id IS NULL', { id: attemptId }).setLock('pessimistic_write').getOne();
    if (byMeta) {
      await repo.update(byMeta.id, { paymentIntentId: intentId });
      byMeta.paymentIntentId = intentId;
    }
    return byMeta;
  }

  private async advance(em: EntityManager, intent: Stripe.PaymentIntent, to: AttemptStatus, message: string | null): Promise<'handled' | 'ignored'> {
    const attempt = await this.lockAttempt(em, intent.id, intent.metadata?.attemptId);
    if (!attempt || ATTEMPT_STATUS_RANK[to] <= ATTEMPT_STATUS_RANK[attempt.status]) return 'ignored';
    await em.getRepository(PaymentAttempt).update(attempt.id, { status: to, failureMessage: message });
    return 'handled';
  }

  private async succeeded(em: EntityManager, intent: Stripe.PaymentIntent, now: Date, toRefund: Refund[], mayRevive: boolean): Promise<'handled' | 'ignored'> {
    const attempt = await this.lockAttempt(em, intent.id, intent.metadata?.attemptId);
    // Money arrived for an intent we cannot place: refuse (500) without recording the event, so Stripe retries it.
    if (!attempt) throw new Error(`PaymentIntent ${intent.id} succeeded but matches no payment attempt`);
    if (attempt.status === 'succeeded') return 'ignored';
    if (intent.amount_received !== attempt.amountFen && intent.amount !== attempt.amountFen) {
      this.log.error(`PaymentIntent ${intent.id} amount ${intent.amount} differs from attempt ${attempt.amountFen}`);
    }
    await em.getRepository(PaymentAttempt).update(attempt.id, { status: 'succeeded', failureMessage: null });
    const orders = await this.lifecycle.lock(em, attempt.orderIds);
    const note = `在线支付成功 ${intent.id}`;
    for (const order of orders) {
      const amount = Math.max(order.totalFen - order.paidFen, 0);
      if (amount === 0) continue;
      if (order.status === 'pending_payment') {
        await this.lifecycle.applyPayment(em, order, amount, SYSTEM, note, now);
      } else if (order.status === 'cancelled') {
        if (mayRevive) {
          if (!(await this.lifecycle.revive(em, order, amount, SYSTEM, `${note}（订单已取消，重新占用库存）`, now))) throw new ReviveFailed();
        } else {
          await this.lifecycle.paidAfterCancel(em, order, amount, SYSTEM, `${note}，但订单已取消且库存不足，自动退款 ${formatFen(amount)}`, now);
          const lines = await this.lifecycle.lines(em, order.id);
          const refund = await this.refunds.create(
            em,
            order,
            { orderId: order.id, lines: lines.map((l) => ({ lineId: l.id, quantity: l.quantity })), includeShipping: true, restock: false, reason: '订单已取消且库存不足，自动退款' },
            SYSTEM,
            now,
          );
          toRefund.push(refund);
        }
      }
    }
    return 'handled';
  }

  /** Marks our pending Stripe refunds of this payment as succeeded, oldest first, up to what Stripe says was refunded. */
  private async chargeRefunded(em: EntityManager, charge: Stripe.Charge, now: Date): Promise<'handled' | 'ignored'> {
    const intentId = typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id;
    if (!intentId) return 'ignored';
    const all = await em.getRepository(Refund).createQueryBuilder('r').where('r.payment_intent_id = :id', { id: intentId }).orderBy('r.created_at').addOrderBy('r.id').setLock('pessimistic_write').getMany();
    let done = all.filter((r) => r.status === 'succeeded').reduce((s, r) => s + r.amountFen, 0);
    let changed = false;
    for (const r of all.filter((x) => x.status === 'pending')) {
      if (done + r.amountFen > charge.amount_refunded) break;
      done += r.amountFen;
      await em.getRepository(Refund).update(r.id, { status: 'succeeded' });
      const [order] = await this.lifecycle.lock(em, [r.orderId]);
      await this.lifecycle.refunded(em, order, r, SYSTEM, `在线退款成功 ${formatFen(r.amountFen)}：${r.reason}`, now);
      changed = true;
    }
    return changed ? 'handled' : 'ignored';
  }
}
