import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { EXPORT_HOUSEHOLD_ACCESS_LOG_QUERY, HOUSEHOLD_ACCESS_LOG_QUERY } from '../graphql/attribution.documents';
import { renderWithProviders } from '../../../test/render';
import { HouseholdAccessLogPage } from './HouseholdAccessLogPage';

const line = (id: string, detail: string, createdAt: string) => ({
  __typename: 'HouseholdAccessEdge' as const,
  node: {
    __typename: 'HouseholdAccessEntry' as const,
    id,
    action: 'reveal',
    householdId: `h-${id}`,
    householdNo: `FX-000${id}`,
    userName: '汾西县乡村振兴局 赵主任',
    detail,
    ip: '10.0.0.8',
    createdAt,
  },
});

/** The county's log for some days (none: all of it), with its lines and the total the server counts. */
const logOf = (days: { from?: string; to?: string }, edges: ReturnType<typeof line>[], extra: { delay?: number } = {}) => ({
  request: { query: HOUSEHOLD_ACCESS_LOG_QUERY, variables: { countyCode: '141034', first: 50, ...days } },
  ...extra,
  result: {
    data: {
      __typename: 'Query' as const,
      householdAccessLog: {
        __typename: 'HouseholdAccessConnection' as const,
        totalCount: edges.length,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: edges.length ? 'c' : null },
        edges,
      },
    },
  },
});

const ALL = logOf({}, [line('1', '十二月核查', '2026-12-04T02:15:00.000Z'), line('2', '三月抽查', '2025-03-12T15:30:00.000Z')]);
const MARCH = { from: '2025-03-10', to: '2025-03-12' };

const open = (mocks: unknown[]) =>
  renderWithProviders(<HouseholdAccessLogPage />, {
    route: '/county/access-log?region=141034',
    path: '/county/access-log',
    mocks: mocks as [],
  });
const pick = (name: 'from' | 'to', value: string) =>
  fireEvent.change(screen.getByTestId('export-access-log-range').querySelector(`input[name="${name}"]`)!, { target: { value } });
const rows = () => screen.queryAllByTestId('access-log-row').map((r) => r.querySelectorAll('td')[4].textContent);

describe('HouseholdAccessLogPage: one range of days for the list and the export', () => {
  it('lists only the days chosen, with their total, and exports those same days', async () => {
    const save = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    const file = { __typename: 'ExportFile' as const, filename: 'f.xlsx', contentBase64: 'UEsD' };
    open([
      ALL,
      logOf({ from: MARCH.from }, [line('1', '十二月核查', '2026-12-04T02:15:00.000Z'), line('2', '三月抽查', '2025-03-12T15:30:00.000Z')]),
      logOf(MARCH, [line('2', '三月抽查', '2025-03-12T15:30:00.000Z')]),
      {
        request: { query: EXPORT_HOUSEHOLD_ACCESS_LOG_QUERY, variables: { countyCode: '141034', ...MARCH } },
        result: { data: { __typename: 'Query' as const, exportHouseholdAccessLog: file } },
      },
    ]);
    await waitFor(() => expect(rows()).toEqual(['十二月核查', '三月抽查']));
    expect(screen.getByText('日期范围（列表与导出，不填为全部）')).toBeTruthy();
    pick('from', MARCH.from);
    pick('to', MARCH.to);
    await waitFor(() => expect(rows()).toEqual(['三月抽查']));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('农户信息访问日志 · 共 1 条');
    fireEvent.click(screen.getByTestId('export-access-log-button'));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
  });

  it('says so when the days hold nothing, and shows the skeleton while they load, the days staying chosen', async () => {
    open([ALL, logOf({ to: '2020-01-31' }, [], { delay: 50 })]);
    await waitFor(() => expect(rows()).toHaveLength(2));
    pick('to', '2020-01-31');
    await waitFor(() => expect(screen.getByTestId('access-log').getAttribute('aria-busy')).toBe('true'));
    expect(rows()).toEqual([]);
    const empty = await screen.findByTestId('empty-state');
    expect(empty.textContent).toContain('该时间段内没有记录');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('农户信息访问日志 · 共 0 条');
    expect((screen.getByTestId('export-access-log-range').querySelector('input[name="to"]') as HTMLInputElement).value).toBe('2020-01-31');
  });

  it('a refused list is said with a retry, the range still there to change', async () => {
    open([ALL, { request: logOf({ from: '2025-03-10' }, []).request, result: { errors: [new GraphQLError('开始日期不是有效日期')] } }]);
    await waitFor(() => expect(rows()).toHaveLength(2));
    pick('from', '2025-03-10');
    expect((await screen.findByTestId('error-state')).textContent).toContain('开始日期不是有效日期');
    expect(screen.getByTestId('export-access-log-range')).toBeTruthy();
  });

  it('an end before the start is refused in Chinese before anything is asked: the list keeps its lines, the export waits', async () => {
    open([ALL, logOf({ from: '2025-03-12' }, [line('1', '十二月核查', '2026-12-04T02:15:00.000Z')])]);
    await waitFor(() => expect(rows()).toHaveLength(2));
    pick('from', '2025-03-12');
    await waitFor(() => expect(rows()).toEqual(['十二月核查']));
    pick('to', '2025-03-10');
    expect(screen.getByRole('alert').textContent).toBe('结束日期不能早于开始日期');
    expect(rows()).toEqual(['十二月核查']);
    expect((screen.getByTestId('export-access-log-button') as HTMLButtonElement).disabled).toBe(true);
  });
});
