import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { PRODUCT_RATINGS_QUERY } from '../graphql/catalog.documents';
import { renderWithProviders } from '../../../test/render';
import { ProductRatings } from './ProductRatings';

const item = (id: string, rating: number, comment: string | null) => ({
  __typename: 'ProductRating' as const,
  id,
  rating,
  comment,
  spec: '5kg 礼盒',
  ratedAt: '2026-11-30T04:00:00.000Z',
});
const mock = (productRatings: object) => ({
  request: { query: PRODUCT_RATINGS_QUERY, variables: { productId: 'p1' } },
  result: { data: { __typename: 'Query' as const, productRatings: { __typename: 'ProductRatings' as const, ...productRatings } } },
});

describe('ProductRatings', () => {
  it('shows the mean and count, and a stars-only rating without an empty quote', async () => {
    renderWithProviders(<ProductRatings productId="p1" />, {
      mocks: [mock({ count: 2, average: 4.5, items: [item('o2', 4, null), item('o1', 5, '皮薄汁多')] })],
    });
    const rows = await screen.findAllByTestId('product-rating');
    expect(screen.getByTestId('product-ratings').textContent).toContain('4.5 分 · 2 条评价');
    expect(within(rows[0]).getByRole('img').getAttribute('aria-label')).toBe('4 星');
    expect(rows[0].querySelector('blockquote')).toBeNull();
    expect(rows[0].textContent).toContain('5kg 礼盒 · 2026-11-30');
    expect(rows[1].querySelector('blockquote')?.textContent).toBe('皮薄汁多');
  });

  it('says there are none yet', async () => {
    renderWithProviders(<ProductRatings productId="p1" />, { mocks: [mock({ count: 0, average: null, items: [] })] });
    expect(await screen.findByText('还没有评价')).toBeTruthy();
  });
});
