import { Injectable } from '@nestjs/common';
import type { AlipaySdk, AlipaySdkCommonResult } from 'alipay-sdk';
import type { AlipayConfig } from '@yigou/server/core';
import type { Order } from '@yigou/server/orders';
import {
  AttemptAtProvider,
  AttemptToPay,
  configured,
  CreatedPayment,
  earliestPayDeadline,
  ordersSubject,
  PaymentOptions,
  PaymentProvider,
  ProviderPaymentState,
  ProviderRefundState,
  ProviderRejected,
  ProviderUnreachable,
  RefundOrder,
} from '../../services/payment-provider';
import { AlipayGateway } from './alipay-gateway';
import { alipayAmountToFen, fenToAlipayAmount, fromAlipayTime, toAlipayTime } from './alipay-format';

/** Alipay's answers that say nothing final: 20000 服务不可用, ACQ.SYSTEM_ERROR / aop.ACQ.SYSTEM_ERROR 系统错误. */
const UNKNOWN_SUB_CODES = /SYSTEM_ERROR|SERVICE_UNAVAILABLE|UNKNOWN/i;
/** 卖家余额不足: Alipay's own advice is to top up and send the same out_request_no again — not a final no. */
const RETRYABLE_SUB_CODES = ['ACQ.SELLER_BALANCE_NOT_ENOUGH', 'ACQ.REFUND_FEE_ERROR_RETRY', 'ACQ.REASON_TRADE_REFUND_FEE_ERR'];

type Answer = AlipaySdkCommonResult & { code: string; sub_code?: string; sub_msg?: string };

const describe = (a: Answer) => `${a.code} ${a.msg ?? ''}${a.sub_code ? ` ${a.sub_code}` : ''}${a.sub_msg ? ` ${a.sub_msg}` : ''}`.trim();

/**
 * Alipay direct as a PaymentProvider (official alipay-sdk, OpenAPI 2.0, RSA2): one Alipay trade per attempt with
 * out_trade_no = attempt id (also our providerPaymentId: the trade_no exists only once the buyer pays, and every
 * API below takes out_trade_no). 电脑网站支付 (alipay.trade.page.pay) on a desktop, 手机网站支付
 * (alipay.trade.wap.pay) on a phone; alipay.trade.query, .close, .refund (out_request_no = our refund id) and
 * .fastpay.refund.query. Every answer's signature is checked with 支付宝公钥 (validateSign). Its notifications are
 * AlipayNotifyService's.
 */
@Injectable()
export class AlipayProvider implements PaymentProvider {
  readonly name = 'alipay' as const;
  readonly label = '支付宝';
  constructor(private readonly gateway: AlipayGateway) {}

  get available(): boolean {
    return this.gateway.sdk !== null;
  }

  private get sdk(): AlipaySdk {
    return configured(this.gateway.sdk, '支付宝未配置');
  }

  private get settings(): AlipayConfig {
    return this.gateway.config.alipay as AlipayConfig;
  }

  /**
   * One request, one try (the refund sender owns retries). No answer, an HTTP error, an unsigned or badly signed
   * answer, 20000 or a system error: the outcome is unknown (ProviderUnreachable). Otherwise Alipay's answer.
   */
  private async call(method: string, bizContent: Record<string, unknown>): Promise<Answer> {
    let answer: Answer;
    try {
      answer = (await this.sdk.exec(method, { bizContent }, { validateSign: true })) as Answer;
    } catch (e) {
      throw new ProviderUnreachable(`支付宝 ${method} 无应答：${e instanceof Error ? e.message.slice(0, 200) : String(e)}`);
    }
    if (answer.code === '20000' || UNKNOWN_SUB_CODES.test(answer.sub_code ?? ''))
      throw new ProviderUnreachable(`支付宝 ${method}：${describe(answer)}`);
    return answer;
  }

  /**
   * The cashier URL for the buyer's browser. Page payment needs no call to Alipay, so Alipay is asked about this
   * out_trade_no first (alipay.trade.query): that proves Alipay answers and accepts our signature before the buyer
   * is sent away, and a buyer is told at once when Alipay is down (and can choose another way to pay).
   */
  async createPayment(attempt: AttemptToPay, orders: Order[], options: PaymentOptions = {}): Promise<CreatedPayment> {
    if (attempt.currency.toLowerCase() !== 'cny') throw new ProviderRejected('支付宝只收人民币');
    const probe = await this.call('alipay.trade.query', { out_trade_no: attempt.id });
    if (probe.code !== '10000' && probe.sub_code !== 'ACQ.TRADE_NOT_EXIST')
      throw new ProviderUnreachable(`支付宝拒绝了请求：${describe(probe)}`);
    const phone = options.device === 'phone';
    const back = orders.length === 1 ? `${this.settings.returnUrl}/orders/${orders[0].id}` : `${this.settings.returnUrl}/orders`;
    const deadline = earliestPayDeadline(orders);
    const subject = ordersSubject(orders, '、').slice(0, 250);
    const bizContent: Record<string, unknown> = {
      out_trade_no: attempt.id,
      total_amount: fenToAlipayAmount(attempt.amountFen),
      subject,
      product_code: phone ? 'QUICK_WAP_WAY' : 'FAST_INSTANT_TRADE_PAY',
      // The cashier closes the trade when the orders' payment window ends, so an old page cannot take money later.
      ...(deadline ? { time_expire: toAlipayTime(deadline) } : {}),
      ...(phone ? { quit_url: back } : {}),
    };
    const redirectUrl = this.sdk.pageExecute(phone ? 'alipay.trade.wap.pay' : 'alipay.trade.page.pay', 'GET', {
      bizContent,
      notifyUrl: this.settings.notifyUrl,
      returnUrl: back,
    });
    return { providerPaymentId: attempt.id, redirectUrl };
  }

  /** alipay.trade.close; a trade Alipay does not know yet (the buyer never opened the cashier) cannot be closed: unknown. */
  async cancelPayment(outTradeNo: string): Promise<'canceled' | 'too_late' | 'unknown'> {
    try {
      const a = await this.call('alipay.trade.close', { out_trade_no: outTradeNo });
      if (a.code === '10000') return 'canceled';
      if (a.sub_code === 'ACQ.TRADE_STATUS_ERROR') {
        const state = await this.queryPayment({ id: outTradeNo, providerPaymentId: outTradeNo });
        if (state?.state === 'succeeded') return 'too_late';
        if (state?.state === 'closed') return 'canceled';
      }
      return 'unknown';
    } catch {
      return 'unknown';
    }
  }

  /** alipay.trade.query by out_trade_no. */
  async queryPayment(attempt: AttemptAtProvider): Promise<ProviderPaymentState | null> {
    const a = await this.call('alipay.trade.query', { out_trade_no: attempt.providerPaymentId ?? attempt.id });
    if (a.code !== '10000') {
      if (a.sub_code === 'ACQ.TRADE_NOT_EXIST') return null;
      throw new ProviderUnreachable(`支付宝查询失败：${describe(a)}`);
    }
    const status = String(a.trade_status ?? '');
    const paid = status === 'TRADE_SUCCESS' || status === 'TRADE_FINISHED';
    return {
      state: paid ? 'succeeded' : status === 'TRADE_CLOSED' ? 'closed' : 'pending',
      providerPaymentId: attempt.providerPaymentId ?? attempt.id,
      amountFen: paid ? alipayAmountToFen(a.total_amount) : null,
      currency: paid ? 'cny' : null,
      paidAt: paid ? fromAlipayTime(a.send_pay_date) : null,
    };
  }

  /**
   * alipay.trade.fastpay.refund.query by out_request_no = our refund id. REFUND_SUCCESS is final; an answer with no
   * refund in it means Alipay has none (yet): null, and the sender sends it (again, idempotent by out_request_no).
   */
  async findRefund(r: RefundOrder): Promise<ProviderRefundState | null> {
    const a = await this.call('alipay.trade.fastpay.refund.query', {
      out_trade_no: r.providerPaymentId,
      out_request_no: r.refundId,
      query_options: ['gmt_refund_pay'],
    });
    if (a.code !== '10000') {
      if (a.sub_code === 'ACQ.TRADE_NOT_EXIST') return null;
      throw new ProviderUnreachable(`支付宝退款查询失败：${describe(a)}`);
    }
    if (a.refund_status === 'REFUND_SUCCESS') return { state: 'succeeded', providerRefundId: r.refundId };
    return null;
  }

  /**
   * alipay.trade.refund with out_request_no = our refund id (Alipay refunds one out_request_no once). fund_change Y
   * is a refund done; N may be a repeat of one done earlier, so the refund query decides; a refusal is final.
   */
  async sendRefund(r: RefundOrder): Promise<ProviderRefundState> {
    const a = await this.call('alipay.trade.refund', {
      out_trade_no: r.providerPaymentId,
      refund_amount: fenToAlipayAmount(r.amountFen),
      out_request_no: r.refundId,
      refund_reason: '以购订单退款',
    });
    if (a.code === '10000') {
      if (a.fund_change === 'Y') return { state: 'succeeded', providerRefundId: r.refundId };
      return (await this.findRefund(r)) ?? { state: 'pending', providerRefundId: r.refundId };
    }
    if (RETRYABLE_SUB_CODES.includes(a.sub_code ?? '')) throw new ProviderUnreachable(`支付宝暂不能退款：${describe(a)}`);
    throw new ProviderRejected(a.sub_msg ?? describe(a));
  }
}
