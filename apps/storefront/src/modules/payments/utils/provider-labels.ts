import { SHANGHAI_TIME_ZONE } from '@yigou/shared/time';
const NAMES: Record<string, string> = { stripe: 'Stripe', wechat_pay: '微信支付', wechatpay: '微信支付', alipay: '支付宝' };

/** A provider's name as finance knows it. */
export const providerName = (name: string): string => NAMES[name] ?? name;

/** A moment in Shanghai time, 24-hour. */
export const when = (iso: string): string => new Date(iso).toLocaleString('zh-CN', { timeZone: SHANGHAI_TIME_ZONE, hour12: false });
