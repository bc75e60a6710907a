import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { HOUSEHOLD_ACCESS_LOG_QUERY } from '../graphql/attribution.documents';
import { renderWithProviders } from '../../../test/render';
import { HouseholdAccessLogPage } from './HouseholdAccessLogPage';

const entry = (id: string, action: string, householdNo: string | null, detail: string) => ({
  __typename: 'HouseholdAccessEntry' as const,
  id,
  action,
  householdId: householdNo ? `h-${id}` : null,
  householdNo,
  userName: '汾西县乡村振兴局 赵主任',
  detail,
  ip: '10.0.0.8',
  createdAt: '2026-12-04T02:15:00.000Z',
});

describe('HouseholdAccessLogPage', () => {
  it('lists who revealed or exported household data, in Shanghai time, with the reason', async () => {
    renderWithProviders(<HouseholdAccessLogPage />, {
      route: '/county/access-log?region=141034',
      path: '/county/access-log',
      mocks: [
        {
          request: { query: HOUSEHOLD_ACCESS_LOG_QUERY, variables: { countyCode: '141034', first: 50 } },
          result: {
            data: {
              __typename: 'Query' as const,
              householdAccessLog: {
                __typename: 'HouseholdAccessConnection' as const,
                totalCount: 2,
                pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: 'c2' },
                edges: [
                  { __typename: 'HouseholdAccessEdge' as const, node: entry('1', 'reveal', 'FX-0001', '入户核查收入') },
                  { __typename: 'HouseholdAccessEdge' as const, node: entry('2', 'export', null, '农户名册 120 户') },
                ],
              },
            },
          },
        },
      ],
    });
    const rows = await screen.findAllByTestId('access-log-row');
    expect(rows.map((r) => [...r.querySelectorAll('td')].slice(1, 5).map((td) => td.textContent))).toEqual([
      ['查看明文', '汾西县乡村振兴局 赵主任', 'FX-0001', '入户核查收入'],
      ['导出', '汾西县乡村振兴局 赵主任', '—', '农户名册 120 户'],
    ]);
    expect(rows[0].querySelector('td')?.textContent).toContain('10:15');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('农户信息访问日志 · 共 2 条');
    expect(screen.queryByTestId('access-log-more')).toBeNull();
  });
});
