import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { EXPORT_HOUSEHOLD_ACCESS_LOG_QUERY, HOUSEHOLD_ACCESS_LOG_QUERY } from '../graphql/attribution.documents';
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

/** The county's log: two lines. */
const LOG = {
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
};

/** The log of a range of days: the same two lines (what the range holds is the server's business). */
const logOf = (days: { from?: string; to?: string }) => ({
  ...LOG,
  request: { ...LOG.request, variables: { ...LOG.request.variables, ...days } },
});

describe('HouseholdAccessLogPage', () => {
  it('lists who revealed or exported household data, in Shanghai time, with the reason', async () => {
    renderWithProviders(<HouseholdAccessLogPage />, {
      route: '/county/access-log?region=141034',
      path: '/county/access-log',
      mocks: [LOG],
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

  it('says so when nobody has revealed or exported anything yet, instead of an empty table', async () => {
    const none = structuredClone(LOG);
    none.result.data.householdAccessLog.totalCount = 0;
    none.result.data.householdAccessLog.edges = [];
    renderWithProviders(<HouseholdAccessLogPage />, {
      route: '/county/access-log?region=141034',
      path: '/county/access-log',
      mocks: [none],
    });
    expect((await screen.findByTestId('empty-state')).textContent).toContain('还没有人查看或导出过本县农户信息');
    expect(screen.queryByRole('table')).toBeNull();
  });

  describe('export', () => {
    afterEach(() => vi.restoreAllMocks());
    const exportOf = (from: string | null, to: string | null) => ({
      query: EXPORT_HOUSEHOLD_ACCESS_LOG_QUERY,
      variables: { countyCode: '141034', from, to },
    });
    const open = (mocks: unknown[]) =>
      renderWithProviders(<HouseholdAccessLogPage />, {
        route: '/county/access-log?region=141034',
        path: '/county/access-log',
        mocks: [LOG, ...(mocks as [])],
      });

    it('says the server’s refusal of a log over one export’s cap under the button, and no file is saved', async () => {
      const save = vi.spyOn(URL, 'createObjectURL');
      const message = '访问日志超过 50,000 条，超出一次导出的上限，未生成文件；请选择较短的日期范围分批导出';
      open([
        {
          request: exportOf(null, null),
          result: { errors: [new GraphQLError(message, { extensions: { code: 'EXPORT_TOO_LARGE', field: 'from', limit: 50000 } })] },
        },
      ]);
      fireEvent.click(await screen.findByTestId('export-access-log-button'));
      expect((await screen.findByTestId('export-access-log-error')).textContent).toBe(message);
      expect(save).not.toHaveBeenCalled();
    });

    it('exports the days chosen: the range goes to the server and the file it answers is saved', async () => {
      const save = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
      const file = {
        __typename: 'ExportFile' as const,
        filename: 'household-access-141034-2026-01-01_2026-01-31.xlsx',
        contentBase64: 'UEsD',
      };
      open([
        // the range filters the list too: each day chosen asks for the list again
        logOf({ from: '2026-01-01' }),
        logOf({ from: '2026-01-01', to: '2026-01-31' }),
        {
          request: exportOf('2026-01-01', '2026-01-31'),
          result: { data: { __typename: 'Query' as const, exportHouseholdAccessLog: file } },
        },
      ]);
      const range = await screen.findByTestId('export-access-log-range');
      fireEvent.change(range.querySelector('input[name="from"]')!, { target: { value: '2026-01-01' } });
      fireEvent.change(range.querySelector('input[name="to"]')!, { target: { value: '2026-01-31' } });
      fireEvent.click(screen.getByTestId('export-access-log-button'));
      await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
      expect(screen.queryByTestId('export-access-log-error')).toBeNull();
    });
  });
});
