import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { ANSWER_LIVE_OFFER_REQUEST, LIVE_OFFER_REQUESTS_QUERY } from '../graphql/supplier.documents';
import { LiveOfferRequestsPanel } from './LiveOfferRequestsPanel';

const request = {
  __typename: 'LiveOfferRequest' as const,
  id: 'r-1',
  status: 'pending' as const,
  requestedPriceFen: '5800',
  requestedStockCap: 100,
  note: null,
  createdAt: '2026-12-01T02:00:00.000Z',
  session: {
    __typename: 'LiveSession' as const,
    id: 's-1',
    title: '汾西好物 副县长带你尝玉露香梨',
    hostName: '张明',
    startsAt: '2026-12-01T02:00:00.000Z',
  },
  product: { __typename: 'Product' as const, id: 'p-1', name: '玉露香梨' },
  sku: { __typename: 'ProductSku' as const, id: 'k-1', spec: '5斤装', priceFen: '6800' },
};
const list = (nodes: (typeof request)[]) => ({
  request: { query: LIVE_OFFER_REQUESTS_QUERY, variables: { status: 'pending' } },
  result: {
    data: {
      __typename: 'Query' as const,
      liveOfferRequests: {
        __typename: 'LiveOfferRequestConnection' as const,
        totalCount: nodes.length,
        edges: nodes.map((node) => ({ __typename: 'LiveOfferRequestEdge' as const, node })),
      },
    },
  },
});

describe('LiveOfferRequestsPanel', () => {
  it('shows a session’s request and agrees with the floor price (in fen) and stock the supplier sets', async () => {
    renderWithProviders(<LiveOfferRequestsPanel />, {
      mocks: [
        list([request]),
        {
          request: {
            query: ANSWER_LIVE_OFFER_REQUEST,
            variables: { input: { requestId: 'r-1', accept: true, livePriceFen: '6000', stockCap: 50 } },
          },
          result: {
            data: {
              __typename: 'Mutation' as const,
              answerLiveOfferRequest: {
                __typename: 'LiveOfferRequest' as const,
                id: 'r-1',
                status: 'accepted' as const,
                approvedPriceFen: '6000',
                approvedStockCap: 50,
              },
            },
          },
        },
        list([]),
      ],
    });
    const row = await screen.findByTestId('live-offer-request');
    expect(row.textContent).toContain('玉露香梨 · 5斤装');
    expect(row.textContent).toContain('¥58.00 × 100');
    fireEvent.change(screen.getByLabelText('同意的最低直播价（元）'), { target: { value: '60' } });
    fireEvent.change(screen.getByLabelText('同意的直播库存（件）'), { target: { value: '50' } });
    fireEvent.click(screen.getByTestId('live-request-accept'));
    await waitFor(() => expect(screen.getByTestId('live-offer-requests').textContent).toContain('暂无待答复的直播邀请'));
  });
});
