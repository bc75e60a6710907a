import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { forbidden, RequestContext } from '@yigou/server/core';
import { OrderPayments } from '@yigou/server/orders';
import { PaymentCheck } from '../dto/payment-check.types';
import { PaymentAttempt } from '../entities/payment-attempt.entity';
import { PaymentLedger } from './payment-ledger.service';
import { PAYMENT_PROVIDERS, PaymentNotice, PaymentProvider, ProviderPaymentState } from './payment-provider';
import { withAdvisoryLock } from '@yigou/server/jobs';

/** pg advisory lock key of the live-payment sweep ('pchk'), so one process asks at a time. */
export const PAYMENT_CHECK_LOCK_KEY = 0x7063686b;
/** An attempt younger than this is left to its notification. */
export const PAYMENT_CHECK_QUIET_MS = 2 * 60_000;
/** Older than this the provider has closed it long ago (WeChat Pay / Alipay orders expire within hours). */
const LOOKBACK_MS = 3 * 24 * 3600_000;

const KIND = { succeeded: 'succeeded', closed: 'canceled', failed: 'failed' } as const;

/**
 * Completes a payment whose notification is late or lost (the API killed between the provider's success and our
 * write, a notification that never came): asks the provider (`queryPayment`, every provider that has it) and hands
 * its answer to the ledger as a notice with the event id `query:<attempt>:<state>`, so asking again records nothing
 * new and a notification that arrives later finds the attempt settled. Amount checks, one success per order and
 * refunds are the ledger's, as for any notification. Two ways in, one path:
 * - `checkOrder`: the buyer is back from the provider's cashier, or a QR code is waiting (the `checkPayment` mutation);
 * - `sweep`: every minute, once per cluster (PaymentCheckJob on JobScheduler), every live attempt older than two
 *   minutes.
 */
@Injectable()
export class PaymentCheckService {
  private readonly log = new Logger('PaymentCheckService');
  private readonly byName: Map<string, PaymentProvider>;
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PAYMENT_PROVIDERS) providers: PaymentProvider[],
    private readonly ledger: PaymentLedger,
    private readonly orders: OrderPayments,
  ) {
    this.byName = new Map(providers.map((p) => [p.name, p]));
  }

  /** The buyer's own order (or any, for the finance desk): every attempt still waiting for an answer. */
  async checkOrder(ctx: RequestContext, orderId: string): Promise<PaymentCheck[]> {
    const user = ctx.requireUser();
    const [order] = await this.orders.visibleOrders(ctx, [orderId]);
    // seen as its supplier's staff, not theirs to ask about
    if (order.buyerId !== user.id && !ctx.financeDeskRole()) throw forbidden('不能查询他人的订单');
    const live = await this.db
      .getRepository(PaymentAttempt)
      .createQueryBuilder('a')
      .where(`a.status = 'created' AND :id = ANY(a.order_ids)`, { id: order.id })
      .orderBy('a.created_at', 'DESC')
      .take(5)
      .getMany();
    const out: PaymentCheck[] = [];
    for (const a of live) out.push(await this.checkAttempt(a, ctx.now));
    return out;
  }

  /**
   * Every live attempt of a provider that answers queries, older than `quietMs` (younger ones are left to their
   * notification), one process at a time; how many were asked about, or null when another process held the lock.
   */
  async sweep(now: Date, quietMs = PAYMENT_CHECK_QUIET_MS): Promise<number | null> {
    const names = [...this.byName.values()].filter((p) => p.queryPayment && p.available).map((p) => p.name);
    if (names.length === 0) return 0;
    return withAdvisoryLock(this.db, PAYMENT_CHECK_LOCK_KEY, async () => {
      const due = await this.db
        .getRepository(PaymentAttempt)
        .createQueryBuilder('a')
        .where(`a.status = 'created' AND a.provider = ANY(:names) AND a.provider_payment_id IS NOT NULL`, { names })
        .andWhere('a.created_at <= :before AND a.created_at > :after', {
          before: new Date(now.getTime() - quietMs),
          after: new Date(now.getTime() - LOOKBACK_MS),
        })
        .orderBy('a.created_at', 'ASC')
        .take(200)
        .getMany();
      for (const a of due) {
        const c = await this.checkAttempt(a, now);
        if (c.state === 'unknown') this.log.warn(`attempt ${a.id} (${a.provider}): the provider did not answer`);
      }
      return due.length;
    });
  }

  /** One attempt by id (null when there is none). */
  async checkAttemptById(attemptId: string, now = new Date()): Promise<PaymentCheck | null> {
    const a = await this.db.getRepository(PaymentAttempt).findOneBy({ id: attemptId });
    return a ? this.checkAttempt(a, now) : null;
  }

  async checkAttempt(attempt: PaymentAttempt, now = new Date()): Promise<PaymentCheck> {
    const base = { attemptId: attempt.id, provider: attempt.provider };
    const provider = this.byName.get(attempt.provider);
    if (!provider?.queryPayment || !provider.available) return { ...base, state: 'not_supported', result: 'none' };
    let state: ProviderPaymentState | null;
    try {
      state = await provider.queryPayment({ id: attempt.id, providerPaymentId: attempt.providerPaymentId });
    } catch {
      return { ...base, state: 'unknown', result: 'none' };
    }
    if (!state) return { ...base, state: 'not_found', result: 'none' };
    if (state.state === 'pending') return { ...base, state: 'pending', result: 'none' };
    const notice: PaymentNotice = {
      provider: attempt.provider,
      eventId: `query:${attempt.id}:${state.state}`,
      type: `query.${state.state}`,
      kind: KIND[state.state],
      providerPaymentId: attempt.providerPaymentId ?? state.providerPaymentId,
      attemptId: attempt.id,
      amountFen: state.amountFen,
      currency: state.currency,
      message: state.state === 'succeeded' ? null : `支付渠道查询：${state.state === 'closed' ? '交易已关闭' : '交易未成功'}`,
      occurredAt: state.paidAt ?? now,
    };
    const result = await this.ledger.record(notice, now);
    return { ...base, state: state.state, result };
  }
}
