import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { LIVE_RUN_OF_SHOW_QUERY, SET_LIVE_CURRENT_OFFER } from '../graphql/live.documents';
import type { LiveRoom } from '../hooks/useLiveRoom';
import { renderWithProviders } from '../../../test/render';
import { RunOfShow } from './RunOfShow';

type Offer = LiveRoom['offers'][number];
const offer = (id: string, name: string, sortOrder: number): Offer => ({
  __typename: 'LiveSessionProduct',
  id,
  productId: `p-${id}`,
  skuId: `k-${id}`,
  livePriceFen: '5800',
  stockCap: 100,
  stockLeft: 100,
  perBuyerLimit: null,
  offerStartsAt: null,
  offerEndsAt: null,
  pinned: true,
  claimed: 0,
  sortOrder,
  product: { __typename: 'Product', id: `p-${id}`, name, coverImageUrl: null, priceFen: '6800' },
  sku: { __typename: 'ProductSku', id: `k-${id}`, spec: '5kg', priceFen: '6800' },
});
const room = { id: 's1', status: 'live', offers: [offer('o2', '汾西肉鸡', 1), offer('o1', '玉露香梨', 0)] } as unknown as LiveRoom;
const countsMock = {
  request: { query: LIVE_RUN_OF_SHOW_QUERY, variables: { id: 's1' } },
  result: {
    data: {
      __typename: 'Query' as const,
      liveSession: {
        __typename: 'LiveSession' as const,
        id: 's1',
        offers: [
          { __typename: 'LiveSessionProduct' as const, id: 'o1', placedOrderCount: 3, paidOrderCount: 2 },
          { __typename: 'LiveSessionProduct' as const, id: 'o2', placedOrderCount: 0, paidOrderCount: 0 },
        ],
      },
    },
  },
};

describe('RunOfShow', () => {
  it('lists the products in their order with the one explained now marked and each one’s 已下单 / 已付款', async () => {
    renderWithProviders(<RunOfShow room={room} currentOfferId="o1" pinnedOf={() => true} />, { mocks: [countsMock] });
    const items = screen.getAllByTestId('run-item');
    expect(items.map((i) => i.textContent?.slice(0, 5))).toEqual(['1玉露香梨', '2汾西肉鸡']);
    expect(items[0].getAttribute('aria-current')).toBe('true');
    expect(within(items[0]).getByText('正在讲解')).toBeTruthy();
    await waitFor(() => expect(within(items[0]).getByTestId('run-counts').textContent).toBe('已下单 3 · 已付款 2'));
    expect(within(items[0]).getByTestId('run-clear')).toBeTruthy();
    expect(within(items[1]).getByTestId('run-set')).toBeTruthy();
  });

  it('设为当前讲解 sends the offer; an unpinned product cannot be chosen', async () => {
    let sent: unknown = null;
    const setMock = {
      request: { query: SET_LIVE_CURRENT_OFFER, variables: (v: unknown) => ((sent = v), true) },
      result: {
        data: {
          __typename: 'Mutation' as const,
          setLiveCurrentOffer: { __typename: 'LiveSession' as const, id: 's1', currentOfferId: 'o2', seq: 9 },
        },
      },
    };
    renderWithProviders(<RunOfShow room={room} currentOfferId={null} pinnedOf={(sku) => sku !== 'k-o1'} />, {
      mocks: [countsMock, setMock],
    });
    const [first, second] = screen.getAllByTestId('run-item');
    expect((within(first).getByTestId('run-set') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(second).getByTestId('run-set'));
    await waitFor(() => expect(sent).toEqual({ sessionId: 's1', offerId: 'o2' }));
  });
});
