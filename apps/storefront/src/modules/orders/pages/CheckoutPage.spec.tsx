import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CHECKOUT_QUERY, PLACE_ORDER } from '../graphql/checkout.documents';
import { messageUnder, refusedFields } from '../../../test/refusals';
import { renderWithProviders } from '../../../test/render';
import { CheckoutPage } from './CheckoutPage';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const item = {
  __typename: 'CartItem' as const,
  id: 'c1',
  skuId: 'sku-pear',
  quantity: 2,
  priceFen: '6800',
  purchaseLimit: null,
  purchaseLimitRemaining: null,
  details: {
    __typename: 'CartSkuDetails' as const,
    productId: 'p-pear',
    productName: '玉露香梨',
    spec: '5kg 礼盒',
    supplierId: 's-1',
    supplierName: '汾西县高寒农牧专业合作社',
    currentPriceFen: '6800',
    sellable: true,
    certified: true,
    thumbUrl: null,
  },
};
const quote = {
  __typename: 'CartQuote' as const,
  itemCount: 2,
  itemsFen: '13600',
  shippingFen: '0',
  totalFen: '13600',
  unavailableCount: 0,
  groups: [
    {
      __typename: 'CartQuoteGroup' as const,
      supplierId: 's-1',
      supplierName: '汾西县高寒农牧专业合作社',
      itemIds: ['c1'],
      quantity: 2,
      itemsFen: '13600',
      shippingFen: '0',
      totalFen: '13600',
      missingForFreeShippingFen: '0',
    },
  ],
};
const address = (id: string, isDefault: boolean) => ({
  __typename: 'Address' as const,
  id,
  recipient: '李建国',
  phone: '13800000002',
  province: '山西省',
  city: '临汾市',
  district: '汾西县',
  provinceCode: null,
  cityCode: null,
  countyCode: null,
  detail: isDefault ? '府前街1号' : '永安镇中心小学',
  postalCode: null,
  isDefault,
});
const checkout = {
  request: { query: CHECKOUT_QUERY },
  result: {
    data: {
      __typename: 'Query' as const,
      myCart: [item],
      cartQuote: quote,
      myAddresses: [address('a1', true), address('a2', false)],
      paymentMethods: [
        { __typename: 'PaymentMethodInfo' as const, method: 'stripe' as const, label: '在线支付', available: true, reason: null },
      ],
    },
  },
};
const input = (addressId: string) => ({
  lines: [{ skuId: 'sku-pear', quantity: 2, expectedPriceFen: '6800' }],
  addressId,
  paymentMethod: 'stripe',
  paymentTerm: null,
  purpose: null,
  invoice: null,
});

/** A placeOrder mock for this input with any checkout key; the keys sent are collected in `keys`. */
function place(keys: string[], addressId: string, answer: 'timeout' | 'ok') {
  return {
    request: {
      query: PLACE_ORDER,
      variables: (v: { input: Record<string, unknown> }) => {
        const { checkoutKey, ...rest } = v.input;
        if (!isDeepStrictEqual(rest, input(addressId))) return false;
        keys.push(String(checkoutKey));
        return true;
      },
    },
    ...(answer === 'timeout'
      ? { error: new Error('Failed to fetch') }
      : {
          result: {
            data: {
              __typename: 'Mutation' as const,
              placeOrder: [{ __typename: 'Order' as const, id: 'order-1', orderNo: 'YG1', totalFen: '13600' }],
            },
          },
        }),
  };
}

const button = () => screen.getByTestId('place-order') as HTMLButtonElement;

describe('CheckoutPage', () => {
  it('sends the same checkout key again when the buyer retries after a lost answer, so the server places the order once', async () => {
    const keys: string[] = [];
    renderWithProviders(<CheckoutPage />, { mocks: [checkout, place(keys, 'a1', 'timeout'), place(keys, 'a1', 'ok')] });
    await screen.findAllByTestId('checkout-line');
    fireEvent.click(button());
    expect(await screen.findByTestId('checkout-error')).toBeTruthy();
    fireEvent.click(button());
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/orders/order-1'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toBe(keys[0]);
  });

  it('a double click sends one request, and the button is disabled while it is in flight', async () => {
    const keys: string[] = [];
    renderWithProviders(<CheckoutPage />, { mocks: [checkout, place(keys, 'a1', 'ok'), place(keys, 'a1', 'ok')] });
    await screen.findAllByTestId('checkout-line');
    fireEvent.click(button());
    fireEvent.click(button());
    await waitFor(() => expect(button().disabled).toBe(true));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/orders/order-1'));
    expect(keys).toHaveLength(1);
  });

  it('a changed checkout (another address) after a failed attempt is a new attempt with a new key', async () => {
    const keys: string[] = [];
    renderWithProviders(<CheckoutPage />, { mocks: [checkout, place(keys, 'a1', 'timeout'), place(keys, 'a2', 'ok')] });
    await screen.findAllByTestId('checkout-line');
    fireEvent.click(button());
    expect(await screen.findByTestId('checkout-error')).toBeTruthy();
    fireEvent.click(screen.getAllByTestId('address-option')[1].querySelector('input')!);
    fireEvent.click(button());
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/orders/order-1'));
    expect(keys).toHaveLength(2);
    expect(keys[1]).toMatch(UUID);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('with an empty cart shows the empty state of the cart and no order form', async () => {
    const empty = {
      ...checkout,
      result: { data: { ...checkout.result.data, myCart: [], cartQuote: { ...quote, itemCount: 0, groups: [] } } },
    };
    renderWithProviders(<CheckoutPage />, { mocks: [empty] });
    expect(await screen.findByText('购物车是空的')).toBeTruthy();
    expect(screen.queryByTestId('place-order')).toBeNull();
    expect(screen.queryByTestId('checkout-items')).toBeNull();
  });

  it('says a refused invoice field under that field (发票抬头), not below the order total', async () => {
    const refused = {
      request: { query: PLACE_ORDER, variables: () => true },
      result: { errors: [new GraphQLError('发票抬头为 2–60 个字', { extensions: { code: 'BAD_USER_INPUT', field: 'invoice.title' } })] },
    };
    renderWithProviders(<CheckoutPage />, { mocks: [checkout, refused] });
    await screen.findAllByTestId('checkout-line');
    fireEvent.click(screen.getByTestId('want-invoice'));
    fireEvent.click(button());
    const title = document.querySelector('input[name="invoiceTitle"]')!;
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    expect(title.closest('.yg-field')!.textContent).toContain('发票抬头为 2–60 个字');
    expect(screen.queryByTestId('checkout-error')).toBeNull();
  });

  it('says every refused invoice field under its own field at once, and a refused field outside the invoice below the total', async () => {
    renderWithProviders(<CheckoutPage />, {
      mocks: [
        checkout,
        refusedFields(
          PLACE_ORDER,
          ['invoice.title', '发票抬头为 2–60 个字'],
          ['invoice.taxNo', '税号应为 15、18 或 20 位'],
          ['purpose', '采购用途不正确'],
        ),
      ],
    });
    await screen.findAllByTestId('checkout-line');
    fireEvent.click(screen.getByTestId('want-invoice'));
    fireEvent.click(button());
    expect((await screen.findByTestId('checkout-error')).textContent).toBe('采购用途不正确');
    expect(messageUnder(document.querySelector('input[name="invoiceTitle"]')!)).toBe('发票抬头为 2–60 个字');
    expect(messageUnder(document.querySelector('input[name="taxNo"]')!)).toBe('税号应为 15、18 或 20 位');
  });

  it('without an invoice asked for, a refusal is said below the total', async () => {
    renderWithProviders(<CheckoutPage />, {
      mocks: [checkout, refusedFields(PLACE_ORDER, ['addressId', '请选择收货地址'], ['purpose', '采购用途不正确'])],
    });
    await screen.findAllByTestId('checkout-line');
    fireEvent.click(button());
    expect((await screen.findByTestId('checkout-error')).textContent).toBe('请选择收货地址');
  });
});
