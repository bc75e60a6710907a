import type { MessageKey } from '@yigou/web/i18n';
import type { OrderAction, OrderAddressFieldsFragment, OrderStatus } from '../../../generated/graphql';
import { SHANGHAI_TIME_ZONE } from '@yigou/shared/time';

export const statusKey = (s: OrderStatus): MessageKey => `order.status.${s}` as MessageKey;
export const actionKey = (a: OrderAction): MessageKey => `order.action.${a}` as MessageKey;
export const statusTone = (s: OrderStatus): 'green' | 'orange' | 'gray' | 'red' | 'blue' =>
  s === 'completed' || s === 'received'
    ? 'green'
    : s === 'pending_payment'
      ? 'orange'
      : s === 'cancelled' || s === 'refunded'
        ? 'gray'
        : 'blue';

/** Where an order ships to, on one line: 李四 13800138000 山西省临汾市汾西县永安镇… */
export const shippingAddressLine = (a: Omit<OrderAddressFieldsFragment, '__typename'>): string =>
  `${a.recipient} ${a.phone} ${a.province}${a.city}${a.district}${a.detail}`;

/** What an order holds, on one line: 玉露香梨 5斤装 ×2；小米 1kg ×1 */
export const orderLinesLine = (lines: readonly { productName: string; skuSpec: string; quantity: number }[]): string =>
  lines.map((l) => `${l.productName} ${l.skuSpec} ×${l.quantity}`).join('；');

export function formatDateTime(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', {
    timeZone: SHANGHAI_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** "12.50" yuan typed by a person → fen, or null when it is not a valid amount. */
export function yuanInputToFen(text: string): number | null {
  const m = /^(\d{1,11})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
