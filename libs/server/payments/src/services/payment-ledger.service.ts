import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { queryNamed } from '@yigou/server/database';
import { Order, OrderLifecycle, OrderPayments, SYSTEM } from '@yigou/server/orders';
import { formatFen } from '@yigou/shared/money';
import { ATTEMPT_STATUS_RANK, AttemptStatus, PaymentAttempt } from '../entities/payment-attempt.entity';
import { PaymentNotification } from '../entities/payment-notification.entity';
import { ORDERS_PAID_BY_ANOTHER_ATTEMPT, RECORD_NOTIFICATION } from '../sql/payment-ledger.sql';
import { PaymentNotice } from './payment-provider';
import { RefundService } from './refund.service';
import { RefundSender } from './refund-sender.service';
import { isUuid } from '@yigou/shared/validation';

export type NoticeResult =
  'applied' | 'duplicate' | 'refunding_second_payment' | 'needs_review' | 'unknown_payment' | 'ignored' | 'handled';

class ReviveFailed extends Error {}

/** `¥1.00 CNY` / `¥1.00 USD`: how finance reads an amount in some currency. */
const money = (fen: number, currency: string) => `${formatFen(fen)} ${currency.toUpperCase()}`;

/**
 * The payment ledger, the same for every provider: every notice is recorded by (provider, event id) before it
 * acts, in the transaction that acts, so a replay does nothing. Money is applied to orders only when the amount
 * and currency received equal what the attempt asked for; a mismatch goes to finance's review list. An order is
 * paid by one attempt only: another attempt's success is refunded automatically and shown on the timeline.
 */
@Injectable()
export class PaymentLedger {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lifecycle: OrderLifecycle,
    private readonly refunds: RefundService,
    private readonly sender: RefundSender,
    private readonly orders: OrderPayments,
  ) {}

  async record(notice: PaymentNotice, now = new Date()): Promise<NoticeResult> {
    const toSend: string[] = [];
    let result: NoticeResult;
    try {
      result = await this.db.transaction((em) => this.apply(em, notice, now, toSend, true));
    } catch (e) {
      if (!(e instanceof ReviveFailed)) throw e;
      // The stock of a cancelled order is gone: keep the money recorded and refund it automatically.
      toSend.length = 0;
      result = await this.db.transaction((em) => this.apply(em, notice, now, toSend, false));
    }
    // After commit; a crash here leaves the refunds pending, and the sender's sweep sends them.
    await this.sender.sendNow(toSend, now);
    return result;
  }

  private async apply(em: EntityManager, n: PaymentNotice, now: Date, toSend: string[], mayRevive: boolean): Promise<NoticeResult> {
    const inserted = await queryNamed(em, RECORD_NOTIFICATION, {
      provider: n.provider,
      eventId: n.eventId,
      type: n.type,
      providerPaymentId: n.providerPaymentId,
      amountFen: n.amountFen,
      currency: n.currency?.toLowerCase() ?? null,
      occurredAt: n.occurredAt,
    });
    if (inserted.length === 0) return 'duplicate';
    const notificationId = inserted[0].id;
    const attempt = n.kind === 'other' || n.kind === 'refund_update' ? null : await this.lockAttempt(em, n);
    let result: NoticeResult;
    switch (n.kind) {
      case 'succeeded':
        result = attempt ? await this.succeeded(em, attempt, n, now, toSend, mayRevive) : 'unknown_payment';
        break;
      case 'failed':
      case 'canceled':
        result = attempt ? await this.advance(em, attempt, n.kind, n.message) : 'unknown_payment';
        break;
      case 'refund_update':
        result = await this.refundUpdate(em, n, toSend);
        break;
      default:
        result = 'ignored';
    }
    await em.update(PaymentNotification, notificationId, { result, attemptId: attempt?.id ?? null });
    return result;
  }

  /** By the provider's payment id, or by the attempt id it echoes (the notice may beat our own update of the attempt). */
  private async lockAttempt(em: EntityManager, n: PaymentNotice): Promise<PaymentAttempt | null> {
    const repo = em.getRepository(PaymentAttempt);
    if (n.providerPaymentId) {
      const byId = await repo
        .createQueryBuilder('a')
        .where('a.provider = :p AND a.provider_payment_id = :id', { p: n.provider, id: n.providerPaymentId })
        .setLock('pessimistic_write')
        .getOne();
      if (byId) return byId;
    }
    if (!isUuid(n.attemptId)) return null;
    const byOurs = await repo
      .createQueryBuilder('a')
      .where('a.id = :id AND a.provider = :p AND a.provider_payment_id IS NULL', { id: n.attemptId, p: n.provider })
      .setLock('pessimistic_write')
      .getOne();
    if (byOurs && n.providerPaymentId) {
      await repo.update(byOurs.id, { providerPaymentId: n.providerPaymentId });
      byOurs.providerPaymentId = n.providerPaymentId;
    }
    return byOurs;
  }

  private async advance(em: EntityManager, attempt: PaymentAttempt, to: AttemptStatus, message: string | null): Promise<NoticeResult> {
    if (ATTEMPT_STATUS_RANK[to] <= ATTEMPT_STATUS_RANK[attempt.status]) return 'ignored';
    await em.getRepository(PaymentAttempt).update(attempt.id, { status: to, failureMessage: message });
    return 'handled';
  }

  private async succeeded(
    em: EntityManager,
    attempt: PaymentAttempt,
    n: PaymentNotice,
    now: Date,
    toSend: string[],
    mayRevive: boolean,
  ): Promise<NoticeResult> {
    if (attempt.status === 'succeeded' || attempt.status === 'needs_review') return 'ignored';
    const repo = em.getRepository(PaymentAttempt);
    const receivedFen = n.amountFen ?? -1;
    const receivedCurrency = (n.currency ?? '').toLowerCase();
    const orders = await this.lifecycle.lock(em, attempt.orderIds);
    if (receivedFen !== attempt.amountFen || receivedCurrency !== attempt.currency) {
      const reviewNote = `应收 ${money(attempt.amountFen, attempt.currency)}，实收 ${receivedFen < 0 ? '未知' : money(receivedFen, receivedCurrency || '?')}`;
      await repo.update(attempt.id, {
        status: 'needs_review',
        receivedFen: receivedFen < 0 ? null : receivedFen,
        receivedCurrency: receivedCurrency || null,
        reviewNote,
      });
      for (const o of orders)
        await this.lifecycle.paymentNote(em, o, SYSTEM, `在线支付金额或币种与订单不符（${reviewNote}），未计为已付款，待平台财务核对`, now);
      return 'needs_review';
    }
    await repo.update(attempt.id, { status: 'succeeded', receivedFen, receivedCurrency, failureMessage: null });
    // Another attempt paid these orders already: this money goes back, whole.
    const [{ taken }] = await queryNamed(em, ORDERS_PAID_BY_ANOTHER_ATTEMPT, { attemptId: attempt.id, orderIds: attempt.orderIds });
    if (taken || orders.some((o) => o.paidFen > 0)) {
      await repo.update(attempt.id, { outcome: 'duplicate' });
      const refund = await this.refunds.createAttemptRefund(
        em,
        attempt,
        orders[0],
        'duplicate',
        `重复支付自动退款（${n.providerPaymentId ?? attempt.id}）`,
        SYSTEM,
      );
      for (const o of orders)
        await this.lifecycle.paymentNote(
          em,
          o,
          SYSTEM,
          `订单已由另一笔支付付清，本笔 ${formatFen(receivedFen)}（${n.providerPaymentId}）自动全额退回`,
          now,
        );
      toSend.push(refund.id);
      return 'refunding_second_payment';
    }
    await repo.update(attempt.id, { outcome: 'applied' });
    await this.applyToOrders(em, orders, attempt, n, now, toSend, mayRevive);
    return 'applied';
  }

  private async applyToOrders(
    em: EntityManager,
    orders: Order[],
    attempt: PaymentAttempt,
    n: PaymentNotice,
    now: Date,
    toSend: string[],
    mayRevive: boolean,
  ): Promise<void> {
    const note = `在线支付成功 ${n.providerPaymentId ?? attempt.id}`;
    for (const order of orders) {
      const amount = Math.max(order.totalFen - order.paidFen, 0);
      if (amount === 0) continue;
      if (order.status === 'pending_payment') {
        await this.lifecycle.applyPayment(em, order, amount, SYSTEM, note, now);
      } else if (order.status === 'cancelled') {
        if (mayRevive) {
          if (!(await this.lifecycle.revive(em, order, amount, SYSTEM, `${note}（订单已取消，重新占用库存）`, now)))
            throw new ReviveFailed();
        } else {
          await this.lifecycle.paidAfterCancel(
            em,
            order,
            amount,
            SYSTEM,
            `${note}，但订单已取消且库存不足，自动退款 ${formatFen(amount)}`,
            now,
          );
          const lines = await this.lifecycle.lines(em, order.id);
          const refund = await this.refunds.create(
            em,
            order,
            {
              orderId: order.id,
              lines: lines.map((l) => ({ lineId: l.id, quantity: l.quantity })),
              includeShipping: true,
              restock: false,
              reason: '订单已取消且库存不足，自动退款',
            },
            SYSTEM,
            now,
          );
          toSend.push(refund.id);
        }
      }
    }
  }

  /** The provider says a refund of this payment changed: its pending refunds are due for a query now (each by its own id). */
  private async refundUpdate(em: EntityManager, n: PaymentNotice, toSend: string[]): Promise<NoticeResult> {
    if (!n.providerPaymentId) return 'ignored';
    const due = await this.orders.wakeRefundsOfPayment(em, { providerPaymentId: n.providerPaymentId, method: n.provider });
    toSend.push(...due);
    return due.length ? 'handled' : 'ignored';
  }
}
