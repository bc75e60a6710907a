import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { QUOTA_FILINGS_QUERY, REVIEW_QUOTA_FILING_MUTATION } from '../graphql/quota.documents';
import { FilingReviewList } from './FilingReviewList';

const filing = (n: number) => ({
  __typename: 'QuotaFiling' as const,
  id: `f${n}`,
  unitId: `u${n}`,
  unitName: `汾西县单位${n}`,
  status: 'submitted',
  headcount: 10 + n,
  canteenMode: 'none' as const,
  canteenBudgetFen: '0',
  targetFen: '300000',
  filedAt: '2026-03-02T01:00:00.000Z',
});

/** One page of the server's answer: filings `from`..`to`, of `total` in all. */
const page = (after: string | null, from: number, to: number, total: number, endCursor: string | null) => ({
  request: { query: QUOTA_FILINGS_QUERY, variables: { regionCode: '141034', year: 2026, status: 'submitted', first: 20, after } },
  result: {
    data: {
      __typename: 'Query' as const,
      quotaFilings: {
        __typename: 'QuotaFilingConnection' as const,
        totalCount: total,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: endCursor !== null, endCursor },
        edges: Array.from({ length: to - from + 1 }, (_, i) => ({ __typename: 'QuotaFilingEdge' as const, node: filing(from + i) })),
      },
    },
  },
});

const names = () => screen.getAllByTestId('filing-review-row').map((r) => within(r).getAllByRole('cell')[0].textContent);

describe('FilingReviewList', () => {
  it('says how many filings wait in all and pages through them on the server: 下一页 asks after the last row shown', async () => {
    renderWithProviders(<FilingReviewList regionCode="141034" year={2026} onReviewed={vi.fn()} />, {
      mocks: [page(null, 1, 20, 45, 'c20'), page('c20', 21, 40, 45, 'c40'), page('c40', 41, 45, 45, null)],
    });
    expect(await screen.findByText('汾西县单位1')).toBeTruthy();
    expect(screen.getByRole('heading').textContent).toBe('待审核填报 45 份');
    expect(names()).toHaveLength(20);
    expect(screen.getByTestId('pager-info').textContent).toBe('共 45 条 · 第 1 / 3 页');
    fireEvent.click(screen.getByTestId('page-next'));
    expect(await screen.findByText('汾西县单位21')).toBeTruthy();
    expect(names()[19]).toBe('汾西县单位40');
    fireEvent.click(screen.getByTestId('page-next'));
    expect(await screen.findByText('汾西县单位45')).toBeTruthy();
    expect(names()).toEqual(['汾西县单位41', '汾西县单位42', '汾西县单位43', '汾西县单位44', '汾西县单位45']);
    expect(screen.getByTestId('pager-info').textContent).toBe('共 45 条 · 第 3 / 3 页');
    expect((screen.getByTestId('page-next') as HTMLButtonElement).disabled).toBe(true);
  });

  it('says so when nothing waits for review', async () => {
    renderWithProviders(<FilingReviewList regionCode="141034" year={2026} onReviewed={vi.fn()} />, { mocks: [page(null, 1, 0, 0, null)] });
    expect(await screen.findByText('暂无待审核的填报')).toBeTruthy();
    expect(screen.getByRole('heading').textContent).toBe('待审核填报 0 份');
  });

  it('shows the server’s refusal with 重试 instead of an empty list', async () => {
    const refused = { ...page(null, 1, 0, 0, null), result: undefined, error: new Error('网络异常') };
    renderWithProviders(<FilingReviewList regionCode="141034" year={2026} onReviewed={vi.fn()} />, { mocks: [refused] });
    expect(await screen.findByTestId('error-state')).toBeTruthy();
    expect(screen.queryByText('暂无待审核的填报')).toBeNull();
  });

  it('approving the last filing of a later page goes back to page 1 instead of an empty page', async () => {
    const onReviewed = vi.fn();
    renderWithProviders(<FilingReviewList regionCode="141034" year={2026} onReviewed={onReviewed} />, {
      mocks: [
        page(null, 1, 20, 21, 'c20'),
        page('c20', 21, 21, 21, null),
        {
          request: { query: REVIEW_QUOTA_FILING_MUTATION, variables: { filingId: 'f21', approve: true, reason: null } },
          result: { data: { reviewQuotaFiling: { __typename: 'QuotaFiling', id: 'f21', status: 'approved', returnReason: null } } },
        },
        page('c20', 1, 0, 20, null),
        page(null, 1, 20, 20, null),
      ],
    });
    await screen.findByText('汾西县单位1');
    fireEvent.click(screen.getByTestId('page-next'));
    const last = await screen.findByText('汾西县单位21');
    fireEvent.click(within(last.closest('tr')!).getByRole('button', { name: '通过' }));
    await waitFor(() => expect(onReviewed).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByTestId('pager-info').textContent).toBe('共 20 条 · 第 1 / 1 页'));
    expect(names()).toHaveLength(20);
  });
});
