/**
 * How one supplier's order (子订单) is priced: the goods, plus a flat shipping
 * fee unless the goods reach the free-shipping threshold. Pure. Checkout's one
 * statement prices with `shippingCaseSql` (the same figures, in SQL) and the
 * cart and confirm pages show `quoteSupplierOrder`, so what the buyer is shown
 * is what the order costs (tested in orders-pricing.int-spec.ts).
 */
export const SHIPPING_FLAT_FEN = 1000;
export const FREE_SHIPPING_FROM_FEN = 9900;

export interface SupplierOrderQuote {
  itemsFen: number;
  shippingFen: number;
  totalFen: number;
  /** How much more in goods would make shipping free (0 when it already is). */
  missingForFreeShippingFen: number;
}

export function shippingFenFor(itemsFen: number): number {
  return itemsFen >= FREE_SHIPPING_FROM_FEN ? 0 : SHIPPING_FLAT_FEN;
}

export function quoteSupplierOrder(itemsFen: number): SupplierOrderQuote {
  const shippingFen = shippingFenFor(itemsFen);
  return {
    itemsFen,
    shippingFen,
    totalFen: itemsFen + shippingFen,
    missingForFreeShippingFen: Math.max(0, FREE_SHIPPING_FROM_FEN - itemsFen),
  };
}

/** The same rule as a SQL expression over a column or expression of goods in fen. */
export const shippingCaseSql = (itemsFen: string): string =>
  `CASE WHEN ${itemsFen} >= ${FREE_SHIPPING_FROM_FEN} THEN 0 ELSE ${SHIPPING_FLAT_FEN} END`;
