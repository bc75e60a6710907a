import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import type { SupplierStatusFieldsFragment } from '../../../generated/graphql';
import { REVIEW_QUEUE_QUERY } from '../graphql/review.documents';
import { SupplierReviewList } from './SupplierReviewList';

const pending: SupplierStatusFieldsFragment = {
  __typename: 'Supplier',
  id: 's1',
  name: '汾西县高寒农牧专业合作社',
  kind: 'cooperative',
  enterpriseLevel: null,
  status: 'pending',
  nextStep: null,
  county: { __typename: 'Region', code: '141034', name: '汾西县', fullName: '山西省临汾市汾西县' },
  application: null,
  reviewSteps: [],
};

const queue = (first: number) => ({
  request: { query: REVIEW_QUEUE_QUERY, variables: { status: 'pending', first, after: null } },
  result: {
    data: {
      __typename: 'Query' as const,
      supplierReviewQueue: {
        __typename: 'SupplierReviewConnection' as const,
        totalCount: 1,
        edges: [{ __typename: 'SupplierReviewEdge' as const, node: pending }],
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
      },
    },
  },
});

describe('SupplierReviewList', () => {
  it('offers 10 or 20 suppliers a page (50 cards pass the query cost limit) and asks for the size chosen', async () => {
    renderWithProviders(<SupplierReviewList status="pending" isPlatform={false} />, { mocks: [queue(10), queue(20)] });
    expect(await screen.findByText('汾西县高寒农牧专业合作社')).toBeTruthy();
    const size = screen.getByTestId('page-size') as HTMLSelectElement;
    expect([...size.options].map((o) => [o.value, o.textContent])).toEqual([
      ['10', '10 条'],
      ['20', '20 条'],
    ]);
    fireEvent.change(size, { target: { value: '20' } });
    await waitFor(() => expect((screen.getByTestId('page-size') as HTMLSelectElement).value).toBe('20'));
    expect(screen.getByTestId('pager-info').textContent).toBe('共 1 条 · 第 1 / 1 页');
  });
});
