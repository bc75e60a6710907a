import type { Order, PaymentMethod } from '@yigou/server/orders';
import type { Fen } from '@yigou/shared/money';

/**
 * What a payment provider (Stripe today; WeChat Pay and Alipay next) must do for the ledger, the refund
 * sender and checkout. One implementation per provider, registered under PAYMENT_PROVIDERS; everything
 * provider-neutral (amount checks, one success per order, refunds that finish) lives outside it.
 * docs/payments.md says how a new provider plugs in.
 */
export interface PaymentProvider {
  /** Stored on attempts, notifications and refunds (`payment_attempt.provider`, `refund.method`); the order's payment method. */
  readonly name: PaymentMethod;
  /** How checkout offers it. */
  readonly label: string;
  /** Switched on by its settings. */
  readonly available: boolean;
  /**
   * Creates the provider's payment for one attempt (idempotent by `attempt.id`, which the provider must echo back
   * in notifications: Stripe metadata.attemptId, out_trade_no). Throws when the provider cannot be reached.
   */
  createPayment(attempt: AttemptToPay, orders: Order[], options?: PaymentOptions): Promise<CreatedPayment>;
  /**
   * Makes a live payment unable to succeed (Stripe: cancel the PaymentIntent; WeChat Pay / Alipay: close the order).
   * 'canceled': it can no longer take money; 'too_late': it already has; 'unknown': the provider would not say
   * or cannot cancel it now (the ledger then refunds a second success automatically).
   */
  cancelPayment(providerPaymentId: string): Promise<'canceled' | 'too_late' | 'unknown'>;
  /**
   * The provider's state of a refund sent earlier: by its provider id when known, otherwise by our refund id
   * (Stripe: the refunds of the PaymentIntent whose metadata names it; WeChat Pay / Alipay: query by out_refund_no).
   * null when the provider has no such refund. Throws ProviderUnreachable when it cannot tell.
   */
  findRefund(refund: RefundOrder): Promise<ProviderRefundState | null>;
  /**
   * Asks for the refund, idempotent by `refund.refundId`. Throws ProviderUnreachable when the answer is unknown, ProviderRejected when it
   * is a final no.
   */
  sendRefund(refund: RefundOrder): Promise<ProviderRefundState>;
  /**
   * The provider's own view of one attempt (Stripe: retrieve the PaymentIntent; WeChat Pay / Alipay: query by
   * out_trade_no = attempt id), for the daily provider reconciliation and to complete a payment whose success
   * notification was lost (API killed between the provider's success and our write). null when the provider has
   * no such payment. Throws ProviderUnreachable when it cannot tell. Optional until every provider has it.
   */
  queryPayment?(attempt: AttemptAtProvider): Promise<ProviderPaymentState | null>;
}

/** The attempt a provider creates its payment for: its id (the idempotency key), amount and currency. */
export interface AttemptToPay {
  id: string;
  amountFen: Fen;
  currency: string;
}

/** An attempt as the ledger asks the provider about it: our id, and the provider's id once it has one. */
export interface AttemptAtProvider {
  id: string;
  providerPaymentId: string | null;
}

/**
 * What the buyer reads on the provider's page and statement: 以购订单 and the orders' numbers, joined as the
 * provider lists them best (each provider then cuts it to its own length limit).
 */
export function ordersSubject(orders: readonly Pick<Order, 'orderNo'>[], separator: string): string {
  return `以购订单 ${orders.map((o) => o.orderNo).join(separator)}`;
}

/** The earliest payment deadline of the orders (the provider's payment must close by then); null when none has one. */
export function earliestPayDeadline(orders: readonly Pick<Order, 'payDeadline'>[]): Date | null {
  const times = orders.map((o) => o.payDeadline?.getTime()).filter((t): t is number => typeof t === 'number');
  return times.length ? new Date(Math.min(...times)) : null;
}

/** What a provider says of one payment when asked. */
export interface ProviderPaymentState {
  state: 'succeeded' | 'pending' | 'closed' | 'failed';
  providerPaymentId: string | null;
  /** Received, in the currency's minor unit (null unless succeeded). */
  amountFen: number | null;
  currency: string | null;
  paidAt: Date | null;
}

export const PAYMENT_PROVIDERS = Symbol('PAYMENT_PROVIDERS');

/** What the storefront needs to collect the payment; providers fill what applies to them. */
export interface CreatedPayment {
  providerPaymentId: string;
  /** Stripe.js */
  clientSecret?: string | null;
  publishableKey?: string | null;
  /** WeChat Pay Native: the weixin://wxpay/... link the storefront shows as a QR code. */
  codeUrl?: string | null;
  /** WeChat Pay H5: where a phone browser is sent to pay. */
  h5Url?: string | null;
  /** Where the browser goes to pay (Alipay's cashier: 电脑网站支付 / 手机网站支付). */
  redirectUrl?: string | null;
}

/**
 * Where the buyer pays from: providers with a flow per device choose by it (WeChat Pay: Native QR on a desktop,
 * H5 on a phone; Alipay: page.pay on a desktop, wap.pay on a phone).
 */
export type PayerDevice = 'desktop' | 'phone';

export interface PaymentOptions {
  device?: PayerDevice | null;
  /** The buyer's address (WeChat Pay H5 wants it as scene_info.payer_client_ip). */
  ip?: string | null;
}

export interface RefundOrder {
  /** Our refund id: the idempotency key / out_refund_no. */
  refundId: string;
  orderId: string;
  providerPaymentId: string;
  providerRefundId: string | null;
  amountFen: Fen;
  currency: string;
}

export interface ProviderRefundState {
  state: 'succeeded' | 'pending' | 'failed';
  providerRefundId: string | null;
  message?: string | null;
}

/** Timeout, network failure, 5xx, rate limit: the provider's answer is unknown; ask again later, never mark failed. */
export class ProviderUnreachable extends Error {}

/** A provider call that failed without the provider's final word: its answer is unknown (a ProviderUnreachable stays as it is). */
export function unreachable(e: unknown): ProviderUnreachable {
  return e instanceof ProviderUnreachable ? e : new ProviderUnreachable(e instanceof Error ? e.message : String(e));
}

/** A provider's client, or ProviderUnreachable (`message`, e.g. 支付宝未配置) when its configuration is missing. */
export function configured<T>(client: T | null | undefined, message: string): T {
  if (!client) throw new ProviderUnreachable(message);
  return client;
}

/** The provider answered no, for good (e.g. the payment cannot be refunded). */
export class ProviderRejected extends Error {}

/**
 * A provider's notification, verified and translated by that provider's webhook code into the ledger's terms.
 * `eventId` is unique per provider (a replay is recognised by it).
 */
export interface PaymentNotice {
  provider: string;
  eventId: string;
  type: string;
  kind: 'succeeded' | 'failed' | 'canceled' | 'refund_update' | 'other';
  providerPaymentId: string | null;
  /** Our attempt id, when the provider echoes it back (Stripe metadata, out_trade_no). */
  attemptId: string | null;
  /** What the provider says was received, in the currency's minor unit. */
  amountFen: number | null;
  currency: string | null;
  message: string | null;
  occurredAt: Date | null;
}
