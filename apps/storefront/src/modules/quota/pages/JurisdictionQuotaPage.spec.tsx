import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { JURISDICTION_RANKING_QUERY } from '../graphql/quota.documents';
import { renderWithProviders } from '../../../test/render';
import { JurisdictionQuotaPage } from './JurisdictionQuotaPage';

const row = (over: Record<string, unknown>) => ({
  __typename: 'QuotaRankingRow' as const,
  unitId: 'u1',
  name: '汾西县第一中学',
  parentName: '汾西县教育局',
  hasCanteen: true,
  targetFen: '6300000',
  targetProvisional: true,
  filingStatus: 'missing',
  filingOverdue: false,
  orderedFen: '680000',
  completedFen: '680000',
  rate: 0.10793650793650794,
  rank: 1,
  tied: false,
  status: 'red',
  rolledUp: {
    __typename: 'QuotaRankingRollUp' as const,
    unitCount: 1,
    targetFen: '6300000',
    orderedFen: '680000',
    completedFen: '680000',
    rate: 0.10793650793650794,
  },
  ...over,
});

const TWO_ROWS = [
  row({}),
  row({
    unitId: 'u2',
    name: '汾西县人民医院',
    parentName: '汾西县人民政府办公室',
    targetFen: '2700000',
    orderedFen: '0',
    completedFen: '0',
    rate: 0,
    rank: 2,
    tied: true,
    filingOverdue: true,
    rolledUp: {
      __typename: 'QuotaRankingRollUp' as const,
      unitCount: 3,
      targetFen: '12000000',
      orderedFen: '900000',
      completedFen: '600000',
      rate: 0.05,
    },
  }),
];

/** One page of the ranking the server answers for these variables. */
const answer = (
  over: Record<string, unknown>,
  page: { rows?: unknown[]; totalCount?: number; hasNextPage?: boolean; endCursor?: string } = {},
) => ({
  request: {
    query: JURISDICTION_RANKING_QUERY,
    variables: {
      regionCode: '141034',
      year: 2026,
      sort: 'rank',
      descending: false,
      status: null,
      search: null,
      first: 50,
      after: null,
      ...over,
    },
  },
  result: {
    data: {
      __typename: 'Query',
      jurisdictionRanking: {
        __typename: 'JurisdictionRanking',
        regionCode: '141034',
        year: 2026,
        pace: 0.89,
        totalCount: page.totalCount ?? 2,
        totals: { __typename: 'QuotaTotals', targetFen: '9000000', orderedFen: '680000', completedFen: '680000', rate: 0.0756 },
        rows: page.rows ?? TWO_ROWS,
        pageInfo: { __typename: 'PageInfo', hasNextPage: page.hasNextPage ?? false, endCursor: page.endCursor ?? 'x' },
      },
    },
  },
});

const mocks = (status: string | null) => [answer({ status })];

describe('JurisdictionQuotaPage', () => {
  it('lists the units with rank, amounts, rate, pace and an overdue filing, with totals and drill-down links', async () => {
    renderWithProviders(<JurisdictionQuotaPage />, {
      route: '/quota/jurisdiction?region=141034&year=2026',
      path: '/quota/jurisdiction',
      mocks: mocks(null),
    });
    const rows = await screen.findAllByTestId('ranking-row');
    expect(rows.map((r) => within(r).getByTestId('ranking-unit').textContent)).toEqual(['汾西县第一中学', '汾西县人民医院']);
    expect(within(rows[0]).getByTestId('ranking-rank').textContent).toBe('1');
    expect(within(rows[1]).getByTestId('ranking-rank').textContent).toBe('并列 2');
    expect(within(rows[0]).getByTestId('ranking-ordered').textContent).toBe('¥6,800.00');
    expect(within(rows[0]).getByText('10.79%')).toBeTruthy();
    expect(within(rows[0]).getByRole('link', { name: '汾西县第一中学' }).getAttribute('href')).toBe('/quota?unit=u1&year=2026');
    expect(within(rows[1]).getByText('填报逾期')).toBeTruthy();
    // own figures in the columns; a 主管单位 also shows its total with subordinates, labelled as such
    expect(within(rows[0]).queryByTestId('ranking-rollup')).toBeNull();
    const rollUp = within(rows[1]).getByTestId('ranking-rollup').textContent;
    expect(rollUp).toContain('含下属共 3 个单位合计：完成率 5.00%');
    expect(rollUp).toContain('¥9,000.00 / ¥6,000.00 / ¥120,000.00');
    expect(screen.getByTestId('ranking-own-figures').textContent).toContain('本单位自身数字');
    expect(within(rows[0]).getByTestId('pace-red').textContent).toBe('明显落后');
    const totals = screen.getByTestId('ranking-totals').textContent;
    expect(totals).toContain('合计');
    expect(totals).toContain('¥90,000.00');
    expect(totals).toContain('7.56%');
    expect(screen.getByTestId('pager-info').textContent).toBe('共 2 条 · 第 1 / 1 页');
  });

  it('filters by pace from the URL', async () => {
    renderWithProviders(<JurisdictionQuotaPage />, {
      route: '/quota/jurisdiction?region=141034&year=2026&status=red',
      path: '/quota/jurisdiction',
      mocks: mocks('red'),
    });
    expect(await screen.findAllByTestId('ranking-row')).toHaveLength(2);
    expect((screen.getByTestId('ranking-status') as HTMLSelectElement).value).toBe('red');
  });

  it('pages through the ranking on the server: 下一页 asks after the last row, 上一页 goes back; no 加载更多', async () => {
    const first = answer({}, { totalCount: 52, hasNextPage: true, endCursor: 'after-u2' });
    const second = answer({ after: 'after-u2' }, { totalCount: 52, rows: [row({ unitId: 'u3', name: '汾西县农业农村局', rank: 3 })] });
    renderWithProviders(<JurisdictionQuotaPage />, {
      route: '/quota/jurisdiction?region=141034&year=2026',
      path: '/quota/jurisdiction',
      mocks: [first, second, { ...first }],
    });
    expect(await screen.findAllByTestId('ranking-row')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
    expect(screen.getByTestId('pager-info').textContent).toBe('共 52 条 · 第 1 / 2 页');
    fireEvent.click(screen.getByTestId('page-next'));
    expect(await screen.findByText('汾西县农业农村局')).toBeTruthy();
    expect(screen.getAllByTestId('ranking-row')).toHaveLength(1);
    expect(screen.getByTestId('pager-info').textContent).toBe('共 52 条 · 第 2 / 2 页');
    expect((screen.getByTestId('page-next') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('page-prev'));
    expect(await screen.findByText('汾西县第一中学')).toBeTruthy();
    expect(screen.getByTestId('pager-info').textContent).toBe('共 52 条 · 第 1 / 2 页');
  });

  it('a sortable header asks the server for that order from page 1: a new column ascending, the same column again descending', async () => {
    const byName = [row({ unitId: 'u2', name: '汾西县人民医院', rank: 2 }), row({})];
    const first = answer({}, { totalCount: 3, hasNextPage: true, endCursor: 'after-u2' });
    const second = answer({ after: 'after-u2' }, { totalCount: 3, rows: [row({ unitId: 'u3', name: '汾西县农业农村局', rank: 3 })] });
    const nameAsc = answer({ sort: 'name' }, { rows: byName });
    const nameDesc = answer({ sort: 'name', descending: true }, { rows: [...byName].reverse() });
    renderWithProviders(<JurisdictionQuotaPage />, {
      route: '/quota/jurisdiction?region=141034&year=2026',
      path: '/quota/jurisdiction',
      mocks: [first, second, nameAsc, nameDesc],
    });
    await screen.findAllByTestId('ranking-row');
    expect(screen.getByTestId('sort-rank').closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByTestId('page-next'));
    await screen.findByText('汾西县农业农村局');
    fireEvent.click(screen.getByTestId('sort-name'));
    expect(await screen.findByText('汾西县人民医院')).toBeTruthy();
    expect(screen.getAllByTestId('ranking-unit').map((u) => u.textContent)).toEqual(['汾西县人民医院', '汾西县第一中学']);
    expect(screen.getByTestId('pager-info').textContent).toBe('共 2 条 · 第 1 / 1 页');
    expect(screen.getByTestId('sort-name').closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByTestId('sort-name'));
    await waitFor(() =>
      expect(screen.getAllByTestId('ranking-unit').map((u) => u.textContent)).toEqual(['汾西县第一中学', '汾西县人民医院']),
    );
    expect(screen.getByTestId('sort-name').closest('th')!.getAttribute('aria-sort')).toBe('descending');
  });
});
