import { yuanToFen } from '@yigou/shared/money';

export interface RefundableOrder {
  id: string;
  orderNo: string;
  shippingFen: string;
  paidFen: string;
  refundedFen: string;
  lines: { id: string; productName: string; skuSpec: string; quantity: number; unitPriceFen: string; refundedQuantity: number }[];
}

export type RefundableLine = RefundableOrder['lines'][number];

/** How many of a line's items are not refunded yet. */
export const refundableQuantity = (l: RefundableLine) => l.quantity - l.refundedQuantity;

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
    if (!Number.isInteger(n) || n < 0 || n > refundableQuantity(l)) valid = false;
    else parsed[l.id] = n;
  }
  return { parsed, valid };
}
