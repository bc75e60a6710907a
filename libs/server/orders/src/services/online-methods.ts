import type { AppConfig } from '@yigou/server/core';
import type { PaymentMethod } from './order-state';

type OnlineMethod = Exclude<PaymentMethod, 'bank_transfer'>;

/**
 * Whether an online method's provider has its settings, for checkout (which cannot ask the payments domain: it
 * depends on orders). One line per provider; the provider's own `available` follows the same settings.
 */
const ONLINE_METHODS: Record<OnlineMethod, { label: string; configured: (c: AppConfig) => boolean }> = {
  stripe: { label: '在线支付（银行卡）', configured: (c) => !!c.stripeSecretKey },
  wechatpay: { label: '微信支付', configured: (c) => c.wechatPay !== null },
  alipay: { label: '支付宝', configured: (c) => c.alipay !== null },
};

export function onlineMethodConfigured(config: AppConfig, method: PaymentMethod): boolean {
  return method !== 'bank_transfer' && ONLINE_METHODS[method].configured(config);
}

/** How checkout names an online method when it is down. */
export function onlineMethodLabel(method: PaymentMethod): string {
  return method === 'bank_transfer' ? '对公转账' : ONLINE_METHODS[method].label;
}
