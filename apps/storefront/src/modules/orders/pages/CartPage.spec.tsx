import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { MY_CART_QUERY } from '../graphql/cart.documents';
import { renderWithProviders } from '../../../test/render';
import { CartPage } from './CartPage';

const item = (
  id: string,
  name: string,
  priceFen: string,
  currentPriceFen: string,
  sellable = true,
  limit: { purchaseLimit: number | null; purchaseLimitRemaining: number | null } = { purchaseLimit: null, purchaseLimitRemaining: null },
) => ({
  __typename: 'CartItem' as const,
  id,
  skuId: `sku-${id}`,
  quantity: 2,
  priceFen,
  ...limit,
  details: {
    __typename: 'CartSkuDetails' as const,
    productId: `p-${id}`,
    productName: name,
    spec: '5kg 礼盒',
    supplierId: 's-1',
    supplierName: '汾西县高寒农牧专业合作社',
    currentPriceFen,
    sellable,
    certified: true,
    thumbUrl: null,
  },
});
type Item = ReturnType<typeof item>;
/** The server's quote, here written out by hand: one supplier, the given shipping. */
const quoteOf = (items: Item[], shippingFen: number) => {
  const sellable = items.filter((i) => i.details.sellable);
  const itemsFen = sellable.reduce((s, i) => s + Number(i.priceFen) * i.quantity, 0);
  const group = {
    __typename: 'CartQuoteGroup' as const,
    supplierId: 's-1',
    supplierName: '汾西县高寒农牧专业合作社',
    itemIds: sellable.map((i) => i.id),
    quantity: sellable.length * 2,
    itemsFen: String(itemsFen),
    shippingFen: String(shippingFen),
    totalFen: String(itemsFen + shippingFen),
    missingForFreeShippingFen: String(shippingFen ? 9900 - itemsFen : 0),
  };
  return {
    __typename: 'CartQuote' as const,
    itemCount: group.quantity,
    itemsFen: String(itemsFen),
    shippingFen: String(shippingFen),
    totalFen: String(itemsFen + shippingFen),
    unavailableCount: items.length - sellable.length,
    groups: sellable.length ? [group] : [],
  };
};
const cart = (items: Item[], shippingFen = 0) => [
  {
    request: { query: MY_CART_QUERY },
    result: { data: { __typename: 'Query' as const, myCart: items, cartQuote: quoteOf(items, shippingFen) } },
  },
];

describe('CartPage', () => {
  it('shows the total the server priced, shipping included, grouped by supplier, and lets the buyer go to checkout', async () => {
    renderWithProviders(<CartPage />, { mocks: cart([item('1', '玉露香梨', '6800', '6800'), item('2', '核桃', '4550', '4550')]) });
    expect((await screen.findAllByTestId('cart-item')).length).toBe(2);
    expect(screen.getAllByTestId('cart-group')).toHaveLength(1);
    expect(screen.getByTestId('cart-total').textContent).toBe('¥227.00');
    expect((screen.getByTestId('go-checkout') as HTMLButtonElement).disabled).toBe(false);
  });

  it('adds the shipping of an order under the free-shipping threshold and says how much more is free', async () => {
    renderWithProviders(<CartPage />, { mocks: cart([item('1', '小米', '2000', '2000')], 1000) });
    expect(await screen.findByTestId('cart-total')).toBeTruthy();
    expect(screen.getByTestId('cart-total').textContent).toBe('¥50.00');
    expect(screen.getByTestId('cart-shipping').textContent).toBe('¥10.00');
    expect(screen.getByTestId('cart-group').textContent).toContain('再买 ¥59.00 包邮');
  });

  it('tells the buyer a price changed and blocks checkout until the new price is confirmed', async () => {
    renderWithProviders(<CartPage />, { mocks: cart([item('1', '玉露香梨', '6800', '7200')]) });
    const notice = await screen.findByTestId('price-changed');
    expect(notice.textContent).toContain('价格已从 ¥68.00 变为 ¥72.00');
    expect(screen.getByRole('button', { name: '确认新价格' })).toBeTruthy();
    expect((screen.getByTestId('go-checkout') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows the per-buyer limit and blocks checkout when a line asks for more than the buyer may still buy', async () => {
    renderWithProviders(<CartPage />, {
      mocks: cart([
        item('1', '玉露香梨', '6800', '6800', true, { purchaseLimit: 3, purchaseLimitRemaining: 1 }),
        item('2', '核桃', '4550', '4550', true, { purchaseLimit: 5, purchaseLimitRemaining: 5 }),
      ]),
    });
    const limits = await screen.findAllByTestId('cart-limit');
    expect(limits.map((l) => l.textContent)).toEqual(['超过限购：您还可购买 1 件，请减少数量', '每人限购 5 件 · 您还可购买 5 件']);
    expect((screen.getByTestId('go-checkout') as HTMLButtonElement).disabled).toBe(true);
  });

  it('says so when the cart is empty', async () => {
    renderWithProviders(<CartPage />, { mocks: cart([]) });
    expect(await screen.findByText('购物车是空的')).toBeTruthy();
  });
});
