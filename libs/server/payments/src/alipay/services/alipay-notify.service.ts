import { Injectable } from '@nestjs/common';
import { NoticeResult, PaymentLedger } from '../../services/payment-ledger.service';
import { PaymentNotice } from '../../services/payment-provider';
import { AlipayGateway } from './alipay-gateway';
import { alipayAmountToFen, fromAlipayTime } from './alipay-format';

/** How far ahead of our clock a signed notify_time may be (clocks drift; a notice from the future is suspect). */
export const NOTIFY_FUTURE_TOLERANCE_MS = 5 * 60_000;

export class AlipayNotifyRejected extends Error {}

export type AlipayNotifyParams = Record<string, string>;

/**
 * Alipay's asynchronous notification (notify_url, trade_status_sync), checked and translated for the ledger.
 * RSA2 signature with 支付宝公钥 (the SDK's checkNotifySign, on the values exactly as posted), our app_id, and a
 * notify_time not more than five minutes ahead. Old ones are not refused: Alipay itself resends for 25 hours until
 * it reads `success`; a replay is recognised by its notify_id in the ledger and changes nothing.
 */
@Injectable()
export class AlipayNotifyService {
  constructor(
    private readonly gateway: AlipayGateway,
    private readonly ledger: PaymentLedger,
  ) {}

  /** The posted form as Alipay sent it, decoded once (not through qs, which would reshape bracketed keys). */
  static parse(rawBody: Buffer | undefined): AlipayNotifyParams {
    const out: AlipayNotifyParams = {};
    if (!rawBody) return out;
    for (const [k, v] of new URLSearchParams(rawBody.toString('utf8'))) out[k] = v;
    return out;
  }

  verify(params: AlipayNotifyParams, now = new Date()): void {
    const sdk = this.gateway.sdk;
    const appId = this.gateway.config.alipay?.appId;
    if (!sdk || !appId) throw new AlipayNotifyRejected('Alipay is not configured');
    if (!params.sign) throw new AlipayNotifyRejected('missing sign');
    if (params.sign_type && params.sign_type !== 'RSA2')
      throw new AlipayNotifyRejected(`sign_type ${params.sign_type} is not accepted (RSA2 only)`);
    let ok = false;
    try {
      ok = sdk.checkNotifySign(params, true);
    } catch {
      ok = false;
    }
    if (!ok) throw new AlipayNotifyRejected('bad signature');
    if (params.app_id !== appId) throw new AlipayNotifyRejected(`app_id ${params.app_id} is not ours`);
    const at = fromAlipayTime(params.notify_time);
    if (at && at.getTime() - now.getTime() > NOTIFY_FUTURE_TOLERANCE_MS) throw new AlipayNotifyRejected('notify_time is in the future');
  }

  handle(params: AlipayNotifyParams, now = new Date()): Promise<NoticeResult> {
    return this.ledger.record(toAlipayNotice(params), now);
  }
}

/**
 * A verified notification in the ledger's terms. A refund on the trade (partial: TRADE_SUCCESS, whole: TRADE_CLOSED, both with out_biz_no /
 * gmt_refund) is a refund update, never a payment.
 */
export function toAlipayNotice(p: AlipayNotifyParams): PaymentNotice {
  const status = p.trade_status ?? '';
  const refund = !!(p.out_biz_no || p.gmt_refund || (p.refund_fee && alipayAmountToFen(p.refund_fee)));
  const kind: PaymentNotice['kind'] = refund
    ? 'refund_update'
    : status === 'TRADE_SUCCESS' || status === 'TRADE_FINISHED'
      ? 'succeeded'
      : status === 'TRADE_CLOSED'
        ? 'canceled'
        : 'other';
  return {
    provider: 'alipay',
    eventId: p.notify_id || `${p.trade_no ?? p.out_trade_no}:${status}:${p.notify_time}`,
    type: `${p.notify_type || 'trade_status_sync'}.${status || 'UNKNOWN'}${refund ? '.refund' : ''}`,
    kind,
    providerPaymentId: p.out_trade_no || null,
    attemptId: p.out_trade_no || null,
    amountFen: kind === 'succeeded' ? alipayAmountToFen(p.total_amount) : null,
    // Alipay direct (电脑网站 / 手机网站支付) settles in CNY only; a cross-border trade names its currency.
    currency: kind === 'succeeded' ? (p.trans_currency || 'cny').toLowerCase() : null,
    message: kind === 'canceled' ? '支付宝交易已关闭' : null,
    occurredAt: fromAlipayTime(p.gmt_payment) ?? fromAlipayTime(p.notify_time),
  };
}
