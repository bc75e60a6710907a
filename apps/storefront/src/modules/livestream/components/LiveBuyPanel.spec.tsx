import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { PLACE_ORDER } from '../../orders/graphql/checkout.documents';
import { LIVE_CHECKOUT_QUERY } from '../graphql/live.documents';
import type { LiveRoom } from '../hooks/useLiveRoom';
import { renderWithProviders } from '../../../test/render';
import { LiveBuyPanel } from './LiveBuyPanel';
import { OfferCard } from './OfferCard';

type Offer = LiveRoom['offers'][number];

const offer = (skuId: string, spec: string, over: Partial<Offer> = {}): Offer => ({
  __typename: 'LiveSessionProduct',
  id: `o-${skuId}`,
  productId: 'p-pear',
  skuId,
  livePriceFen: '5800',
  stockCap: 100,
  stockLeft: 100,
  perBuyerLimit: 2,
  offerStartsAt: null,
  offerEndsAt: null,
  pinned: true,
  claimed: 0,
  sortOrder: 0,
  product: { __typename: 'Product', id: 'p-pear', name: '玉露香梨', coverImageUrl: null, priceFen: '6800' },
  sku: { __typename: 'ProductSku', id: skuId, spec, priceFen: '6800' },
  ...over,
});
const PEAR_5KG = offer('sku-5kg', '5kg 礼盒');
const PEAR_10KG = offer('sku-10kg', '10kg 整箱', { livePriceFen: '9900' });

const checkoutData = {
  request: { query: LIVE_CHECKOUT_QUERY },
  result: {
    data: {
      __typename: 'Query' as const,
      myAddresses: [
        {
          __typename: 'Address' as const,
          id: 'a1',
          recipient: '李建国',
          phone: '13800000002',
          province: '山西省',
          city: '临汾市',
          district: '汾西县',
          detail: '府前街1号',
          postalCode: null,
          isDefault: true,
        },
      ],
      paymentMethods: [
        {
          __typename: 'PaymentMethodInfo' as const,
          method: 'stripe' as const,
          label: '在线支付',
          available: false,
          reason: '在线支付暂不可用',
        },
        { __typename: 'PaymentMethodInfo' as const, method: 'bank_transfer' as const, label: '对公转账', available: true, reason: null },
      ],
    },
  },
};
const placeInput = (skuId: string, quantity: number, priceFen: string) => ({
  lines: [{ skuId, quantity, expectedPriceFen: priceFen }],
  addressId: 'a1',
  paymentMethod: 'bank_transfer',
  paymentTerm: 'pay_first',
  purpose: 'canteen',
  liveSessionId: 'live-1',
  fromCart: false,
});
/** Matches placeOrder with this input and any checkout key (a UUID), collecting the keys sent in `keys`. */
const withKey = (input: ReturnType<typeof placeInput>, keys: string[] = []) => ({
  query: PLACE_ORDER,
  variables: (v: { input: Record<string, unknown> }) => {
    const { checkoutKey, ...rest } = v.input;
    if (!isDeepStrictEqual(rest, input) || !/^[0-9a-f-]{36}$/.test(String(checkoutKey))) return false;
    keys.push(String(checkoutKey));
    return true;
  },
});
const placed = (input: ReturnType<typeof placeInput>, keys?: string[]) => ({
  request: withKey(input, keys),
  result: {
    data: {
      __typename: 'Mutation' as const,
      placeOrder: [{ __typename: 'Order' as const, id: 'order-1', orderNo: 'YG1', totalFen: '11600' }],
    },
  },
});
const refused = (input: ReturnType<typeof placeInput>, code: string, message: string, keys?: string[]) => ({
  request: withKey(input, keys),
  result: { errors: [new GraphQLError(message, { extensions: { code } })] },
});

/** The room's wiring: the card and the panel share the "sold out now" set. */
function Room({ signedIn = true }: { signedIn?: boolean }) {
  const [soldOut, setSoldOut] = useState<ReadonlySet<string>>(new Set());
  return (
    <>
      <OfferCard offer={PEAR_5KG} live soldOutNow={soldOut.has(PEAR_5KG.skuId)} />
      <LiveBuyPanel
        sessionId="live-1"
        offers={[PEAR_5KG, PEAR_10KG]}
        initialSkuId={PEAR_5KG.skuId}
        stockLeftOf={(sku) => (soldOut.has(sku) ? 0 : 100)}
        signedIn={signedIn}
        isPurchaser
        onSoldOut={(sku) => setSoldOut((p) => new Set(p).add(sku))}
        onClose={() => undefined}
      />
    </>
  );
}

const setQuantity = (n: string) => fireEvent.change(screen.getByTestId('live-buy-quantity'), { target: { value: n } });
const submit = () => screen.getByTestId('live-buy-submit') as HTMLButtonElement;

describe('LiveBuyPanel', () => {
  it('places the order at the live price with the session, then opens the order', async () => {
    renderWithProviders(<Room />, { mocks: [checkoutData, placed(placeInput('sku-10kg', 2, '9900'))] });
    await screen.findByTestId('address-option');
    fireEvent.change(screen.getByTestId('live-buy-sku'), { target: { value: 'sku-10kg' } });
    setQuantity('2');
    expect(screen.getByTestId('live-buy-total').textContent).toBe('¥198.00');
    fireEvent.click(submit());
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/orders/order-1'));
  });

  it('sends the same checkout key when the buyer taps again after a lost answer; the order is placed once', async () => {
    const keys: string[] = [];
    const input = placeInput('sku-5kg', 1, '5800');
    renderWithProviders(<Room />, {
      mocks: [checkoutData, { request: withKey(input, keys), error: new Error('Failed to fetch') }, placed(input, keys)],
    });
    await screen.findByTestId('address-option');
    fireEvent.click(submit());
    expect(await screen.findByTestId('live-buy-error')).toBeTruthy();
    fireEvent.click(submit());
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/orders/order-1'));
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('a new attempt (another quantity) gets a new key, and a double tap sends one request', async () => {
    const keys: string[] = [];
    renderWithProviders(<Room />, {
      mocks: [
        checkoutData,
        refused(placeInput('sku-5kg', 2, '5800'), 'LIVE_BUYER_LIMIT', '每人限购 2 件', keys),
        placed(placeInput('sku-5kg', 1, '5800'), keys),
        placed(placeInput('sku-5kg', 1, '5800'), keys),
      ],
    });
    await screen.findByTestId('address-option');
    setQuantity('2');
    fireEvent.click(submit());
    expect(await screen.findByTestId('live-buy-error')).toBeTruthy();
    setQuantity('1');
    fireEvent.click(submit());
    fireEvent.click(submit());
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/orders/order-1'));
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('keeps the quantity within the per-buyer limit before asking the server', async () => {
    renderWithProviders(<Room />, { mocks: [checkoutData] });
    await screen.findByTestId('address-option');
    setQuantity('3');
    expect(screen.getByTestId('live-buy-quantity-error').textContent).toBe('超出每人限购 2 件，请减少数量');
    expect(submit().disabled).toBe(true);
    setQuantity('2');
    expect(screen.queryByTestId('live-buy-quantity-error')).toBeNull();
    expect(submit().disabled).toBe(false);
  });

  it('says the live stock is sold out and the card shows 已售罄 at once', async () => {
    renderWithProviders(<Room />, {
      mocks: [checkoutData, refused(placeInput('sku-5kg', 1, '5800'), 'LIVE_SOLD_OUT', '直播专享库存已抢完')],
    });
    await screen.findByTestId('address-option');
    expect(screen.getByTestId('live-stock').textContent).toBe('剩余 100 件');
    fireEvent.click(submit());
    expect((await screen.findByTestId('live-buy-error')).textContent).toBe('直播专享库存已售罄');
    expect(screen.getByTestId('live-stock').textContent).toBe('已售罄');
    expect((screen.getByTestId('live-buy') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('live-buy').textContent).toBe('已售罄');
  });

  it('says when the offer window has closed', async () => {
    renderWithProviders(<Room />, {
      mocks: [checkoutData, refused(placeInput('sku-5kg', 1, '5800'), 'LIVE_OFFER_CLOSED', '直播优惠不在有效时间内')],
    });
    await screen.findByTestId('address-option');
    fireEvent.click(submit());
    expect((await screen.findByTestId('live-buy-error')).textContent).toBe('本场直播优惠已结束，无法再按直播价下单');
    expect(submit().disabled).toBe(true);
  });

  it('says the server refused a quantity over the per-buyer limit (earlier orders count)', async () => {
    renderWithProviders(<Room />, {
      mocks: [checkoutData, refused(placeInput('sku-5kg', 2, '5800'), 'LIVE_BUYER_LIMIT', '每人限购 2 件')],
    });
    await screen.findByTestId('address-option');
    setQuantity('2');
    fireEvent.click(submit());
    expect((await screen.findByTestId('live-buy-error')).textContent).toBe('超出每人限购 2 件，请减少数量');
  });

  it('asks a visitor who is not signed in to sign in first', () => {
    renderWithProviders(<Room signedIn={false} />);
    expect(screen.getByTestId('live-buy-error').textContent).toBe('请先登录，登录后即可按直播价下单');
    expect(screen.getByRole('link', { name: '登录后抢购' }).getAttribute('href')).toBe('/login?next=%2Flive%2Flive-1');
  });
});

describe('OfferCard prices', () => {
  it('strikes through the usual price when the live price is below it', () => {
    renderWithProviders(<OfferCard offer={PEAR_5KG} live />);
    expect(screen.getByTestId('live-price').textContent).toContain('58.00');
    expect(screen.getByTestId('live-was-price').textContent).toContain('68.00');
  });

  it('shows no struck-out price when the live price is the usual one (¥38.00 ~~¥38.00~~ reads as a fake discount)', () => {
    renderWithProviders(<OfferCard offer={offer('sku-5kg', '5kg 礼盒', { livePriceFen: '6800' })} live />);
    expect(screen.getByTestId('live-price').textContent).toContain('68.00');
    expect(screen.queryByTestId('live-was-price')).toBeNull();
  });
});
