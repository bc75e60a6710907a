import { Inject, Injectable } from '@nestjs/common';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { forbidden, notFound, RequestContext } from '@yigou/server/core';
import { Order } from '@yigou/server/orders';
import { PaymentAttempt } from './payment.entities';
import { NoticeResult, PaymentLedger } from './payment-ledger.service';
import { PAYMENT_PROVIDERS, PaymentNotice, PaymentProvider, ProviderPaymentState } from './payment-provider';

@ObjectType({ description: "What a provider said about one live attempt when asked, and what the ledger did with it" })
export class PaymentCheck {
  @Field(() => ID) attemptId: string;
  @Field() provider: string;
  /** succeeded / pending / closed / failed from the provider; not_found; unknown (could not ask); not_supported. */
  @Field() state: string;
  /** The ledger's result (applied, ignored, needs_review, …) or none when nothing was recorded. */
  @Field() result: string;
}

const KIND = { succeeded: 'succeeded', closed: 'canceled', failed: 'failed' } as const;

/**
 * Completes a payment whose notification is late or lost (the API killed between the provider's success and our
 * write, a notification that never came): asks the provider (`queryPayment`) and hands its answer to the ledger as a
 * notice with the event id `query:<attempt>:<state>`, so asking again records nothing new and a notification that
 * arrives later finds the attempt settled. Amount checks, one success per order and refunds are the ledger's, as
 * for any notification. Used when the buyer comes back from the provider's cashier (checkPayment); the daily
 * provider reconciliation can call `checkAttempt` the same way.
 */
@Injectable()
export class PaymentCheckService {
  private readonly byName: Map<string, PaymentProvider>;
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PAYMENT_PROVIDERS) providers: PaymentProvider[],
    private readonly ledger: PaymentLedger,
  ) {
    this.byName = new Map(providers.map((p) => [p.name, p]));
  }

  /** The buyer's own order (or any, for the finance desk): every attempt still waiting for an answer. */
  async checkOrder(ctx: RequestContext, orderId: string): Promise<PaymentCheck[]> {
    const user = ctx.requireUser();
    const order = /^[0-9a-f-]{36}$/i.test(orderId) ? await this.db.getRepository(Order).findOneBy({ id: orderId }) : null;
    if (!order) throw notFound('订单不存在');
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
      message: state.state === 'succeeded' ? null : '支付渠道查询：交易未成功',
      occurredAt: state.paidAt,
    };
    const result: NoticeResult = await this.ledger.record(notice, now);
    return { ...base, state: state.state, result };
  }
}
