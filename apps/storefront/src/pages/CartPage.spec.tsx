import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { MY_CART_QUERY } from '../modules/orders/graphql/orders.documents';
import { renderWithProviders } from '../test/render';
import { CartPage } from './CartPage';

const item = (id: string, name: string, priceFen: string, currentPriceFen: string, sellable = true, limit: { purchaseLimit: number | null; purchaseLimitRemaining: number | null } = { purchaseLimit: null, purchaseLimitRemaining: null }) => ({
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
  },
});
const cart = (items: ReturnType<typeof item>[]) => [{ request: { query: MY_CART_QUERY }, result: { data: { __typename: 'Query' as const, myCart: items } } }];

describe('CartPage', () => {
  it('totals the lines in exact fen and lets the buyer go to checkout', async () => {
    renderWithProviders(<CartPage />, { mocks: cart([item('1', '玉露香梨', '6800', '6800'), item('2', '核桃', '4550', '4550')]) });
    expect((await screen.findAllByTestId('cart-item')).length).toBe(2);
    expect(screen.getByTestId('cart-total').textContent).toBe('¥227.00');
    expect((screen.getByTestId('go-checkout') as HTMLButtonElement).disabled).toBe(false);
  });

  it('tells the buyer a price changed and blocks checkout until the new price is confirmed', async () => {
    renderWithProviders(<CartPage />, { mocks: cart([item('1', '玉露香梨', '6800', '7200')]) });
    const notice = await screen.findByTestId('price-changed');
    expect(notice.textContent).toContain('价格已从 ¥68.00 变为 ¥72.00');
    expect(screen.getByRole('button', { name: '确认新价格' })).toBeTruthy();
    expect((screen.getByTestId('go-checkout') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows the per-buyer limit and blocks checkout when a line asks for more than the buyer may still buy', async () => {
    renderWithProviders(<CartPage />, { mocks: cart([item('1', '玉露香梨', '6800', '6800', true, { purchaseLimit: 3, purchaseLimitRemaining: 1 }), item('2', '核桃', '4550', '4550', true, { purchaseLimit: 5, purchaseLimitRemaining: 5 })]) });
    const limits = await screen.findAllByTestId('cart-limit');
    expect(limits.map((l) => l.textContent)).toEqual(['超过限购：您还可购买 1 件，请减少数量', '每人限购 5 件 · 您还可购买 5 件']);
    expect((screen.getByTestId('go-checkout') as HTMLButtonElement).disabled).toBe(true);
  });

  it('says so when the cart is empty', async () => {
    renderWithProviders(<CartPage />, { mocks: cart([]) });
    expect(await screen.findByText('购物车是空的')).toBeTruthy();
  });
});
