import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { BULLETIN_RANKING_QUERY } from '../graphql/quota.documents';
import { renderWithProviders } from '../../../test/render';
import { QuotaBulletinPage } from './QuotaBulletinPage';

const emptyRanking = {
  request: { query: BULLETIN_RANKING_QUERY, variables: { regionCode: '141034', year: 2026, first: 50 } },
  result: {
    data: {
      __typename: 'Query' as const,
      jurisdictionRanking: {
        __typename: 'JurisdictionRanking' as const,
        totalCount: 0,
        totals: { __typename: 'QuotaTotals' as const, targetFen: '0', orderedFen: '0', completedFen: '0', rate: 0 },
        rows: [],
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
      },
    },
  },
};

describe('QuotaBulletinPage', () => {
  afterEach(() => vi.useRealTimers());

  it('dates 统计截至 by the Shanghai day, whatever zone the browser is in', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 05:35 on 7 December in Shanghai, still the 6th in UTC
    vi.setSystemTime(new Date('2026-12-06T21:35:00.000Z'));
    renderWithProviders(<QuotaBulletinPage />, { route: '/quota/bulletin?region=141034&year=2026', mocks: [emptyRanking] });
    expect((await screen.findByTestId('bulletin-as-of')).textContent).toBe('统计截至 2026-12-07');
  });
});
