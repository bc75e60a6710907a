import { Injectable } from '@nestjs/common';
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
  unreachable,
} from '../../services/payment-provider';
import { WechatPayClient, WechatPayError } from './wechatpay-client';
import { outRefundNo, outTradeNo } from './wechatpay-crypto';
import { rfc3339Shanghai } from '@yigou/shared/time';

/** A transaction as WeChat Pay reports it (query and TRANSACTION.SUCCESS resource). */
export interface WechatTransaction {
  mchid?: string;
  appid?: string;
  out_trade_no: string;
  transaction_id?: string;
  trade_type?: string;
  trade_state: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR';
  trade_state_desc?: string;
  success_time?: string;
  amount?: { total: number; payer_total?: number; currency: string; payer_currency?: string };
}

/** A refund as WeChat Pay reports it (create, query, REFUND.* resource). */
export interface WechatRefund {
  refund_id: string;
  out_refund_no: string;
  out_trade_no?: string;
  transaction_id?: string;
  status?: 'SUCCESS' | 'CLOSED' | 'PROCESSING' | 'ABNORMAL';
  refund_status?: 'SUCCESS' | 'CLOSED' | 'PROCESSING' | 'ABNORMAL';
  amount?: { total: number; refund: number; currency?: string };
}

/** Error codes that mean "not now" rather than "no": asked again later. */
const RETRYABLE = new Set(['SYSTEM_ERROR', 'FREQUENCY_LIMITED', 'NOT_ENOUGH', 'RESOURCE_ALREADY_EXISTS', 'USER_ACCOUNT_ABNORMAL_RETRY']);

/**
 * WeChat Pay API v3 (直连商户) as a PaymentProvider: Native (a QR code for a desktop browser) or H5 (a phone
 * browser is sent to WeChat) with out_trade_no = the attempt id without hyphens, close, query by out_trade_no,
 * domestic refunds with out_refund_no = our refund id. JSAPI (inside WeChat, needs the payer's openid from OAuth)
 * is not built. Its notifications are WechatPayNotifyService.
 */
@Injectable()
export class WechatPayProvider implements PaymentProvider {
  readonly name = 'wechatpay' as const;
  readonly label = '微信支付';
  constructor(private readonly client: WechatPayClient) {}

  get available(): boolean {
    return this.client.available;
  }

  async createPayment(attempt: AttemptToPay, orders: Order[], payer?: PaymentOptions): Promise<CreatedPayment> {
    const c = configured(this.client.config, '微信支付未配置');
    const tradeNo = outTradeNo(attempt.id);
    const deadline = earliestPayDeadline(orders);
    const mobile = payer?.device === 'phone';
    const body = {
      appid: c.appid,
      mchid: c.mchid,
      // At most 127 bytes.
      description: truncateBytes(ordersSubject(orders, ','), 127),
      out_trade_no: tradeNo,
      ...(deadline ? { time_expire: rfc3339Shanghai(deadline) } : {}),
      attach: orders
        .map((o) => o.orderNo)
        .join(',')
        .slice(0, 128),
      notify_url: c.notifyUrl,
      amount: { total: attempt.amountFen, currency: attempt.currency.toUpperCase() },
      ...(mobile
        ? { scene_info: { payer_client_ip: payer?.ip && payer.ip !== 'unknown' ? payer.ip : '127.0.0.1', h5_info: { type: 'Wap' } } }
        : {}),
    };
    try {
      const r = await this.client.request<{ code_url?: string; h5_url?: string }>(
        'POST',
        `/v3/pay/transactions/${mobile ? 'h5' : 'native'}`,
        body,
      );
      return { providerPaymentId: tradeNo, codeUrl: r?.code_url ?? null, h5Url: r?.h5_url ?? null };
    } catch (e) {
      // Same out_trade_no again (our own retry): WeChat keeps the first; the buyer starts a new attempt instead.
      throw e instanceof WechatPayError ? new ProviderUnreachable(e.message) : e;
    }
  }

  /** Close the order; whatever WeChat Pay answers, its own query of the order then says whether money arrived. */
  async cancelPayment(tradeNo: string): Promise<'canceled' | 'too_late' | 'unknown'> {
    try {
      await this.client.request('POST', `/v3/pay/transactions/out-trade-no/${encodeURIComponent(tradeNo)}/close`, {
        mchid: this.client.config?.mchid,
      });
    } catch (e) {
      if (!(e instanceof WechatPayError)) return 'unknown';
    }
    try {
      const t = await this.transaction(tradeNo);
      if (!t) return 'canceled'; // never created at WeChat Pay: it cannot take money
      if (t.trade_state === 'SUCCESS' || t.trade_state === 'REFUND') return 'too_late';
      if (t.trade_state === 'CLOSED' || t.trade_state === 'REVOKED' || t.trade_state === 'PAYERROR') return 'canceled';
      return 'unknown';
    } catch {
      return 'unknown';
    }
  }

  async queryPayment(attempt: AttemptAtProvider): Promise<ProviderPaymentState | null> {
    const t = await this.transaction(attempt.providerPaymentId ?? outTradeNo(attempt.id));
    return t ? transactionState(t) : null;
  }

  async findRefund(r: RefundOrder): Promise<ProviderRefundState | null> {
    try {
      const found = await this.client.request<WechatRefund>('GET', `/v3/refund/domestic/refunds/${outRefundNo(r.refundId)}`);
      return found ? refundState(found) : null;
    } catch (e) {
      if (e instanceof WechatPayError && (e.code === 'RESOURCE_NOT_EXISTS' || e.status === 404)) return null;
      throw unreachable(e);
    }
  }

  async sendRefund(r: RefundOrder): Promise<ProviderRefundState> {
    const c = configured(this.client.config, '微信支付未配置');
    // The refund must name the payment's total as WeChat Pay holds it.
    const t = await this.transaction(r.providerPaymentId).catch((e: unknown) => {
      throw e instanceof ProviderUnreachable ? e : new ProviderUnreachable(String(e));
    });
    if (!t || !t.amount || (t.trade_state !== 'SUCCESS' && t.trade_state !== 'REFUND'))
      throw new ProviderRejected(`微信支付订单 ${r.providerPaymentId} 未支付，无法退款`);
    try {
      const created = await this.client.request<WechatRefund>('POST', '/v3/refund/domestic/refunds', {
        out_trade_no: r.providerPaymentId,
        out_refund_no: outRefundNo(r.refundId),
        reason: '以购退款',
        notify_url: c.notifyUrl,
        amount: { refund: r.amountFen, total: t.amount.total, currency: (t.amount.currency || r.currency).toUpperCase() },
      });
      if (!created) throw new ProviderUnreachable('微信支付退款应答为空');
      return refundState(created);
    } catch (e) {
      if (e instanceof WechatPayError) throw RETRYABLE.has(e.code) ? new ProviderUnreachable(e.message) : new ProviderRejected(e.message);
      throw e;
    }
  }

  /** null when WeChat Pay has no such order; ProviderUnreachable when it cannot tell. */
  private async transaction(tradeNo: string): Promise<WechatTransaction | null> {
    try {
      return await this.client.request<WechatTransaction>(
        'GET',
        `/v3/pay/transactions/out-trade-no/${encodeURIComponent(tradeNo)}?mchid=${this.client.config?.mchid ?? ''}`,
      );
    } catch (e) {
      if (e instanceof WechatPayError && e.code === 'ORDER_NOT_EXIST') return null;
      throw unreachable(e);
    }
  }
}

export function transactionState(t: WechatTransaction): ProviderPaymentState {
  const paid = t.trade_state === 'SUCCESS' || t.trade_state === 'REFUND';
  const state = paid
    ? 'succeeded'
    : t.trade_state === 'CLOSED' || t.trade_state === 'REVOKED'
      ? 'closed'
      : t.trade_state === 'PAYERROR'
        ? 'failed'
        : 'pending';
  return {
    state,
    providerPaymentId: t.out_trade_no,
    amountFen: paid ? (t.amount?.total ?? null) : null,
    currency: paid ? (t.amount?.currency ?? null) : null,
    paidAt: paid && t.success_time ? new Date(t.success_time) : null,
  };
}

export function refundState(r: WechatRefund): ProviderRefundState {
  const s = r.status ?? r.refund_status;
  if (s === 'SUCCESS') return { state: 'succeeded', providerRefundId: r.refund_id };
  if (s === 'CLOSED') return { state: 'failed', providerRefundId: r.refund_id, message: '退款已关闭' };
  if (s === 'ABNORMAL')
    return { state: 'failed', providerRefundId: r.refund_id, message: '退款异常（买家银行卡不可用），需在商户平台发起异常退款' };
  return { state: 'pending', providerRefundId: r.refund_id };
}

function truncateBytes(s: string, max: number): string {
  let out = s;
  while (Buffer.byteLength(out) > max) out = out.slice(0, -1);
  return out;
}
