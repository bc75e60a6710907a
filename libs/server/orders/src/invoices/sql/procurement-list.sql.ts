import { namedSql } from '@yigou/server/database';

/** An order of a 采购清单, with its invoice (if issued) and its lines. */
export interface ProcurementOrderRow {
  id: string;
  order_no: string;
  unit_id: string | null;
  buyer_id: string;
  supplier_id: string;
  status: string;
  payment_status: string;
  shipping_fen: string;
  total_fen: string;
  paid_fen: string;
  refunded_fen: string;
  invoice: Record<string, string> | null;
  created_at: Date;
  invoice_no: string | null;
  invoice_kind: string | null;
  lines: { productName: string; spec: string; quantity: number; unitPriceFen: number; amountFen: number; certified: boolean }[];
}

/**
 * The orders that match `where` (a condition on shop_order `o`), with their invoices and lines, at most `:limit` (the
 * service asks one more than it lists, so that a list too long is refused instead of cut short).
 */
function procurementOrders(where: string): string {
  return `SELECT o.id, o.order_no, o.unit_id, o.buyer_id, o.supplier_id,
              o.status, o.payment_status, o.shipping_fen, o.total_fen, o.paid_fen, o.refunded_fen, o.invoice, o.created_at,
              i.invoice_no, i.kind AS invoice_kind,
              (SELECT COALESCE(jsonb_agg(jsonb_build_object('productName', l.product_name, 'spec', l.sku_spec, 'quantity', l.quantity,
                        'unitPriceFen', l.unit_price_fen, 'amountFen', l.amount_fen, 'certified', l.certified) ORDER BY l.product_name, l.id), '[]')
                 FROM order_line l WHERE l.order_id = o.id) AS lines
         FROM shop_order o
         LEFT JOIN order_invoice i ON i.order_id = o.id
        WHERE ${where}
        ORDER BY o.created_at, o.id
        LIMIT :limit`;
}

const UNIT_MONTH = `o.unit_id = :unitId AND o.created_at >= :from AND o.created_at < :to AND o.status NOT IN ('cancelled', 'pending_payment')`;

/** ProcurementListService.forOrder: one order. */
export const PROCUREMENT_ORDER = namedSql<'orderId' | 'limit', ProcurementOrderRow>(procurementOrders('o.id = :orderId'));

/**
 * ProcurementListService.forUnitMonth, for the unit's admin and the finance desk: the unit's orders placed in
 * [from, to), not cancelled or unpaid.
 */
export const PROCUREMENT_UNIT_MONTH = namedSql<'unitId' | 'from' | 'to' | 'limit', ProcurementOrderRow>(procurementOrders(UNIT_MONTH));

/** ProcurementListService.forUnitMonth, for a purchaser or buyer of the unit: those of the unit's month they placed themselves. */
export const PROCUREMENT_UNIT_MONTH_OF_BUYER = namedSql<'unitId' | 'from' | 'to' | 'buyerId' | 'limit', ProcurementOrderRow>(
  procurementOrders(`${UNIT_MONTH} AND o.buyer_id = :buyerId`),
);

/** ProcurementListService.unitInvoices: the invoices issued to the unit in [from, to), with their orders' numbers and totals. */
export const UNIT_INVOICES = namedSql<
  'unitId' | 'from' | 'to',
  {
    order_id: string;
    order_no: string;
    supplier_id: string;
    invoice_no: string;
    kind: string;
    title: string;
    format: string;
    total_fen: string;
    issued_at: Date;
  }
>(
  `SELECT i.order_id, o.order_no, i.supplier_id, i.invoice_no, i.kind, i.title, i.format, o.total_fen, i.issued_at
         FROM order_invoice i JOIN shop_order o ON o.id = i.order_id
        WHERE i.unit_id = :unitId AND i.issued_at >= :from AND i.issued_at < :to
        ORDER BY i.issued_at, i.id`,
);
