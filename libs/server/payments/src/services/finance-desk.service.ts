import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { queryNamed } from '@yigou/server/database';
import { badInput, notFound, RequestContext } from '@yigou/server/core';
import { OrderLifecycle, OrderPayments, Refund } from '@yigou/server/orders';
import { fenToRmbUppercase, formatFen } from '@yigou/shared/money';
import { PaymentAttempt } from '../entities/payment-attempt.entity';
import { PaymentReceipt } from '../dto/payment-receipt.types';
import { MATCHED_TRANSFERS_OF_ORDER } from '../sql/bank-transfer.sql';
import { PLATFORM_ACCOUNT } from './payment-strategy';
import { RefundService } from './refund.service';
import { RefundSender } from './refund-sender.service';
import { requireDeskActor } from './desk-actor';

/** What someone other than the finance desk is told. */
const DESK_ONLY = '仅平台财务可以处理';

/**
 * The finance desk's money checks: online attempts that need review (amount or currency did not match),
 * bank refunds waiting to be paid back, and the 收款凭证 of a matched order.
 */
@Injectable()
export class FinanceDeskService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lifecycle: OrderLifecycle,
    private readonly refunds: RefundService,
    private readonly sender: RefundSender,
    private readonly orders: OrderPayments,
  ) {}

  /** Attempts whose received amount or currency differs from what was asked, not yet decided. */
  async needsReview(ctx: RequestContext): Promise<PaymentAttempt[]> {
    requireDeskActor(ctx, DESK_ONLY);
    return this.db
      .getRepository(PaymentAttempt)
      .find({ where: { status: 'needs_review', reviewedAt: IsNull() }, order: { createdAt: 'DESC' }, take: 100 });
  }

  orderNos(orderIds: readonly string[]): Promise<Map<string, string>> {
    return this.orders.orderNos(orderIds);
  }

  /** Finance sends the money of a mismatched attempt back, whole, through its provider (the orders stay unpaid). */
  async refundReviewed(ctx: RequestContext, attemptId: string): Promise<Refund> {
    const actor = requireDeskActor(ctx, DESK_ONLY);
    const refund = await this.db.transaction(async (em) => {
      const attempt = await em
        .getRepository(PaymentAttempt)
        .createQueryBuilder('a')
        .where('a.id = :id', { id: attemptId })
        .setLock('pessimistic_write')
        .getOne();
      if (!attempt || attempt.status !== 'needs_review') throw notFound('待核对的支付不存在');
      if (attempt.reviewedAt) throw badInput('该笔支付已处理', 'attemptId');
      if (!attempt.receivedFen || attempt.receivedFen <= 0) throw badInput('实收金额未知，请在支付渠道后台处理', 'attemptId');
      await em.getRepository(PaymentAttempt).update(attempt.id, { reviewedAt: ctx.now });
      const orders = await this.lifecycle.lock(em, attempt.orderIds);
      const r = await this.refunds.createAttemptRefund(
        em,
        attempt,
        orders[0],
        'review',
        `金额或币种不符的支付，财务核对后全额退回（${attempt.providerPaymentId ?? attempt.id}）`,
        actor,
      );
      for (const o of orders)
        await this.lifecycle.paymentNote(em, o, actor, `平台财务核对：金额或币种不符的支付 ${formatFen(r.amountFen)} 原路退回`, ctx.now);
      return r;
    });
    await this.sender.sendNow([refund.id], ctx.now);
    return (await this.orders.refund(refund.id)) ?? refund;
  }

  /** Bank refunds finance still has to pay back (e.g. what an expired order held). */
  async pendingBankRefunds(ctx: RequestContext): Promise<Refund[]> {
    requireDeskActor(ctx, DESK_ONLY);
    return this.orders.pendingBankRefunds();
  }

  /** Finance paid a pending bank refund back: recorded with the bank's transaction number, and the order's figures follow. */
  async confirmBankRefund(ctx: RequestContext, refundId: string, bankTxnNo: string): Promise<Refund> {
    const actor = requireDeskActor(ctx, DESK_ONLY);
    if (!bankTxnNo.trim()) throw badInput('请填写退款的银行流水号', 'bankTxnNo');
    return this.db.transaction(async (em) => {
      const refund = await this.orders.lockRefund(em, refundId);
      if (!refund || refund.method !== 'bank') throw notFound('退款不存在');
      if (refund.status !== 'pending') throw badInput('该笔退款已处理', 'refundId');
      Object.assign(refund, { status: 'succeeded', bankTxnNo: bankTxnNo.trim(), settledAt: ctx.now, actorId: actor.id });
      await this.orders.saveRefund(em, refund);
      const [order] = await this.lifecycle.lock(em, [refund.orderId]);
      await this.lifecycle.refunded(
        em,
        order,
        refund,
        actor,
        `对公退款 ${formatFen(refund.amountFen)} 已退回（流水 ${refund.bankTxnNo}）：${refund.reason}`,
        ctx.now,
      );
      return refund;
    });
  }

  /** 收款凭证 of a bank-transfer order: the transfers matched to it and their sum in 人民币大写. */
  async receipt(ctx: RequestContext, orderId: string): Promise<PaymentReceipt> {
    requireDeskActor(ctx, DESK_ONLY);
    const order = await this.orders.order(orderId);
    if (!order) throw notFound('订单不存在');
    const transfers = await queryNamed(this.db, MATCHED_TRANSFERS_OF_ORDER, { orderId });
    if (transfers.length === 0) throw badInput('该订单尚无匹配的转账，不能开具收款凭证', 'orderId');
    const receivedFen = transfers.reduce((s, t) => s + Number(t.amount_fen), 0);
    return {
      receiptNo: `SK-${order.orderNo}`,
      orderId: order.id,
      orderNo: order.orderNo,
      remittanceRef: order.remittanceRef,
      payerName: [...new Set(transfers.map((t) => t.payer_name))].join('、'),
      payeeName: PLATFORM_ACCOUNT.accountName,
      payeeBank: PLATFORM_ACCOUNT.bankName,
      payeeAccount: PLATFORM_ACCOUNT.accountNo,
      totalFen: order.totalFen,
      receivedFen,
      amountInWords: fenToRmbUppercase(receivedFen),
      transfers: transfers.map((t) => ({
        bankTxnNo: t.bank_txn_no,
        payerName: t.payer_name,
        payerAccount: t.payer_account,
        amountFen: Number(t.amount_fen),
        receivedAt: t.received_at,
      })),
      issuedAt: ctx.now,
    };
  }
}
