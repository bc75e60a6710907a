import { yuanToFen } from '@yigou/shared/money';

export interface RefundableOrder {
  id: string;
  orderNo: string;
  shippingFen: string;
  paidFen: string;
  refundedFen: string;
  lines: { id: string; productName: string; skuSpec: string; quantity: number; unitPriceFen: string; refundedQuantity: number }[];
  /** The order's refunds: those still pending at the provider hold their items and amount until they settle. */
  refunds?: { status: string; kind: string; amountFen: string; lines: { lineId: string; quantity: number }[] }[];
}

export type RefundableLine = RefundableOrder['lines'][number];

/**
 * The order's own refunds sent to the provider and not finished yet (the server's rule; giving back a second
 * payment or one finance sent back after review is not the order's money and holds no items).
 */
const pendingOf = (order: RefundableOrder) =>
  (order.refunds ?? []).filter((r) => r.status === 'pending' && (r.kind === 'order' || r.kind === 'expired_transfer'));

/** The amount of the refunds still pending: counted as refunded when the server checks a new one. */
export const pendingRefundFen = (order: RefundableOrder) => pendingOf(order).reduce((s, r) => s + Number(r.amountFen), 0);

/** How many of a line's items are not refunded yet, nor held by a refund still pending (the server's rule). */
export const refundableQuantity = (order: RefundableOrder, l: RefundableLine) =>
  l.quantity -
  l.refundedQuantity -
  pendingOf(order).reduce((s, r) => s + r.lines.filter((x) => x.lineId === l.id).reduce((a, x) => a + x.quantity, 0), 0);

/** Refund amount in fen for the chosen quantities (unit price × quantity) plus shipping if ticked. */
export function refundAmountFen(order: RefundableOrder, qty: Record<string, number>, includeShipping: boolean): number {
  return order.lines.reduce((s, l) => s + Number(l.unitPriceFen) * (qty[l.id] ?? 0), 0) + (includeShipping ? Number(order.shippingFen) : 0);
}

/** A typed yuan amount in fen, or null when it is not a positive amount with at most two decimals. */
export function parseRefundYuan(raw: string): number | null {
  try {
    const fen = yuanToFen(raw);
    return fen > 0 ? fen : null;
  } catch {
    return null;
  }
}

/** The typed quantities per line (blank is 0), and whether each is a whole number within what is refundable. */
export function parseRefundQuantities(order: RefundableOrder, typed: Record<string, string>) {
  const parsed: Record<string, number> = {};
  let valid = true;
  for (const l of order.lines) {
    const raw = (typed[l.id] ?? '').trim();
    const n = raw === '' ? 0 : Number(raw);
    if (!Number.isInteger(n) || n < 0 || n > refundableQuantity(order, l)) valid = false;
    else parsed[l.id] = n;
  }
  return { parsed, valid };
}
