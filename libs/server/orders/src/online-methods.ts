import type { AppConfig } from '@yigou/server/core';
import type { PaymentMethod } from './order-state';

/**
 * Whether an online method's provider has its settings, for checkout (which cannot ask the payments domain: it
 * depends on orders). One line per provider; the provider's own `available` follows the same settings.
 */
const CONFIGURED: Record<Exclude<PaymentMethod, 'bank_transfer'>, (c: AppConfig) => boolean> = {
  stripe: (c) => !!c.stripeSecretKey,
  alipay: (c) => c.alipay !== null,
};

export function onlineMethodConfigured(config: AppConfig, method: PaymentMethod): boolean {
  return method !== 'bank_transfer' && CONFIGURED[method](config);
}
