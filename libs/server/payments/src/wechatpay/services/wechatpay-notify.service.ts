import { Injectable } from '@nestjs/common';
import { NoticeResult, PaymentLedger } from '../../services/payment-ledger.service';
import { PaymentNotice } from '../../services/payment-provider';
import { WechatPayClient } from './wechatpay-client';
import { attemptIdOf, checkSignature, decryptResource, EncryptedResource, SignedHeaders } from './wechatpay-crypto';
import type { WechatRefund, WechatTransaction } from './wechatpay-provider';

/** How far Wechatpay-Timestamp may be from our clock, either way. */
export const WECHATPAY_TOLERANCE_SECONDS = 300;

export class WechatNotificationRejected extends Error {}

/** A notification as WeChat Pay posts it (before decryption). */
export interface WechatNotification {
  id: string;
  create_time?: string;
  event_type: string;
  resource_type?: string;
  summary?: string;
  resource: EncryptedResource;
}

/**
 * WeChat Pay's side of the payment ledger: the Wechatpay-Signature over "timestamp\nnonce\nbody\n" checked with
 * the platform key named by Wechatpay-Serial, the timestamp within five minutes either way, the resource decrypted
 * (AEAD_AES_256_GCM, APIv3 key) and translated into a PaymentNotice whose event id is the notification's id.
 * Amount and currency are WeChat Pay's `amount.total` / `amount.currency`; the ledger compares them.
 */
@Injectable()
export class WechatPayNotifyService {
  constructor(
    private readonly client: WechatPayClient,
    private readonly ledger: PaymentLedger,
  ) {}

  verify(rawBody: Buffer | undefined, headers: SignedHeaders, now = new Date()): PaymentNotice {
    const c = this.client.config;
    if (!c) throw new WechatNotificationRejected('WeChat Pay is not configured');
    if (!rawBody) throw new WechatNotificationRejected('empty body');
    const body = rawBody.toString('utf8');
    const problem = checkSignature(
      headers,
      body,
      { publicKey: c.platformPublicKey, serial: c.platformSerial },
      now,
      WECHATPAY_TOLERANCE_SECONDS,
    );
    if (problem) throw new WechatNotificationRejected(`signature check failed: ${problem}`);
    let n: WechatNotification;
    let resource: Record<string, unknown>;
    try {
      n = JSON.parse(body) as WechatNotification;
      resource = JSON.parse(decryptResource(n.resource, c.apiV3Key)) as Record<string, unknown>;
    } catch (e) {
      throw new WechatNotificationRejected(`resource could not be decrypted: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (typeof n.id !== 'string' || !n.id) throw new WechatNotificationRejected('notification without id');
    if (resource.mchid !== undefined && resource.mchid !== c.mchid)
      throw new WechatNotificationRejected('notification for another merchant');
    return wechatNotice(n, resource);
  }

  handle(notice: PaymentNotice, now = new Date()): Promise<NoticeResult> {
    return this.ledger.record(notice, now);
  }
}

export function wechatNotice(n: WechatNotification, resource: Record<string, unknown>): PaymentNotice {
  const base = {
    provider: 'wechatpay',
    eventId: n.id,
    type: n.event_type,
    occurredAt: n.create_time ? new Date(n.create_time) : null,
    message: null,
  };
  if (n.event_type.startsWith('TRANSACTION.')) {
    const t = resource as unknown as WechatTransaction;
    const kind =
      t.trade_state === 'SUCCESS'
        ? 'succeeded'
        : t.trade_state === 'CLOSED' || t.trade_state === 'REVOKED'
          ? 'canceled'
          : t.trade_state === 'PAYERROR'
            ? 'failed'
            : 'other';
    return {
      ...base,
      kind,
      providerPaymentId: t.out_trade_no ?? null,
      attemptId: t.out_trade_no ? attemptIdOf(t.out_trade_no) : null,
      amountFen: typeof t.amount?.total === 'number' ? t.amount.total : null,
      currency: t.amount?.currency ?? null,
      message: t.trade_state_desc ?? null,
      occurredAt: t.success_time ? new Date(t.success_time) : base.occurredAt,
    };
  }
  if (n.event_type.startsWith('REFUND.')) {
    const r = resource as unknown as WechatRefund;
    return { ...base, kind: 'refund_update', providerPaymentId: r.out_trade_no ?? null, attemptId: null, amountFen: null, currency: null };
  }
  return { ...base, kind: 'other', providerPaymentId: null, attemptId: null, amountFen: null, currency: null };
}
