import { FREE_SHIPPING_FROM_FEN, quoteSupplierOrder, SHIPPING_FLAT_FEN, shippingCaseSql } from './order-pricing';

describe('order pricing', () => {
  it('charges the flat shipping fee below the threshold and none from it', () => {
    expect(quoteSupplierOrder(FREE_SHIPPING_FROM_FEN - 1)).toEqual({
      itemsFen: 9899,
      shippingFen: SHIPPING_FLAT_FEN,
      totalFen: 10899,
      missingForFreeShippingFen: 1,
    });
    expect(quoteSupplierOrder(FREE_SHIPPING_FROM_FEN)).toEqual({
      itemsFen: 9900,
      shippingFen: 0,
      totalFen: 9900,
      missingForFreeShippingFen: 0,
    });
  });

  it('states the same threshold and fee in SQL', () => {
    expect(shippingCaseSql('d.items_fen')).toBe('CASE WHEN d.items_fen >= 9900 THEN 0 ELSE 1000 END');
  });
});
