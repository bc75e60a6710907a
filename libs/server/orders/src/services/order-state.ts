/** Where an order is in its life. Payment progress is tracked separately (PaymentStatus). */
export const ORDER_STATUSES = ['pending_payment', 'to_ship', 'shipped', 'received', 'completed', 'cancelled', 'refunded'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const PAYMENT_STATUSES = ['unpaid', 'partially_paid', 'paid', 'partially_refunded', 'refunded'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const PAYMENT_METHODS = ['stripe', 'wechatpay', 'alipay', 'bank_transfer'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
/** Paid through an online provider (the `online` term, 15 minutes); everything but 对公转账. */
export const isOnlineMethod = (m: PaymentMethod): boolean => m !== 'bank_transfer';

/**
 * online: an online provider (Stripe, WeChat Pay, Alipay), 15 minutes; pay_first: bank transfer within 30 days (+15 once); ship_first:
 * supplier ships, the unit pays later.
 */
export const PAYMENT_TERMS = ['online', 'pay_first', 'ship_first'] as const;
export type PaymentTerm = (typeof PAYMENT_TERMS)[number];

export const PURCHASE_PURPOSES = ['personal', 'canteen', 'union', 'other'] as const;
export type PurchasePurpose = (typeof PURCHASE_PURPOSES)[number];

/**
 * The role an order's buyer acts in on its timeline: a unit purchase — a purpose other than personal, or paid by
 * 对公转账 (checkout allows either only to unit purchasers) — is the 单位采购员's; any other order the 个人买家's.
 */
export function buyerRoleOf(order: { purpose: PurchasePurpose; paymentTerm: PaymentTerm }): 'buyer' | 'unit_purchaser' {
  return order.purpose !== 'personal' || order.paymentTerm !== 'online' ? 'unit_purchaser' : 'buyer';
}

export const ORDER_ACTIONS = [
  'place',
  'pay',
  'ship',
  'receive',
  'auto_receive',
  'complete',
  'cancel',
  'expire',
  'refund',
  'extend_term',
  'rebind',
  'rate',
  'ship_overdue',
  'payment_note',
] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

/** The state machine: which action moves an order from which states to which state. */
export const TRANSITIONS: Record<OrderAction, { from: readonly OrderStatus[]; to: OrderStatus | null }> = {
  place: { from: [], to: 'pending_payment' },
  pay: { from: ['pending_payment', 'to_ship', 'shipped', 'received', 'completed', 'cancelled'], to: null }, // pending_payment → to_ship; ship-first orders keep their status
  ship: { from: ['to_ship'], to: 'shipped' },
  receive: { from: ['shipped'], to: 'received' },
  auto_receive: { from: ['shipped'], to: 'received' },
  complete: { from: ['received'], to: 'completed' },
  rate: { from: ['received', 'completed'], to: null },
  cancel: { from: ['pending_payment', 'to_ship'], to: 'cancelled' },
  expire: { from: ['pending_payment'], to: 'cancelled' },
  refund: { from: ['to_ship', 'shipped', 'received', 'completed', 'cancelled'], to: null },
  extend_term: { from: ['pending_payment'], to: null },
  rebind: { from: ORDER_STATUSES, to: null },
  ship_overdue: { from: ['to_ship'], to: null }, // recorded once when the shipping deadline passes
  // a payment fact without a change of state: a mismatched or second payment, its automatic refund
  payment_note: { from: ORDER_STATUSES, to: null },
};

export function canTransition(action: OrderAction, from: OrderStatus): boolean {
  return TRANSITIONS[action].from.includes(from);
}

/** Online payment window; bank transfer term and its one extension (days). */
export const ONLINE_PAYMENT_MINUTES = 15;
export const BANK_TERM_DAYS = 30;
export const BANK_EXTENSION_DAYS = 15;
export const AUTO_RECEIVE_DAYS = 10;
export const SHIP_DEADLINE_DAYS = [7, 15, 30] as const;

/**
 * When the supplier must have shipped: `shipDeadlineDays` after the order became
 * shippable (paid; ship-first orders at placement). Null when it is not waiting to ship.
 */
export function shipDueAt(o: {
  status: OrderStatus;
  paymentTerm: PaymentTerm;
  paidAt: Date | null;
  createdAt: Date;
  shipDeadlineDays: number;
}): Date | null {
  if (o.status !== 'to_ship') return null;
  const from = o.paymentTerm === 'ship_first' ? o.createdAt : o.paidAt;
  return from ? new Date(from.getTime() + o.shipDeadlineDays * 86_400_000) : null;
}

export function isShipOverdue(o: Parameters<typeof shipDueAt>[0], now: Date): boolean {
  const due = shipDueAt(o);
  return due !== null && due.getTime() < now.getTime();
}
