import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '../../../test/render';
import { EXPORT_ROLE_AUDIT_LOG_QUERY, ROLE_AUDIT_LOG_QUERY } from '../graphql/people.documents';
import { RoleAuditLog } from './RoleAuditLog';

const LOG = {
  request: { query: ROLE_AUDIT_LOG_QUERY, variables: { userId: null, first: 50 } },
  result: {
    data: {
      __typename: 'Query' as const,
      roleAuditLog: {
        __typename: 'RoleAuditConnection' as const,
        totalCount: 1,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: '1' },
        edges: [
          {
            __typename: 'RoleAuditEdge' as const,
            cursor: '1',
            node: {
              __typename: 'RoleAuditEntry' as const,
              id: '1',
              action: 'grant',
              actorName: '平台管理员',
              actorRole: 'platform_admin' as const,
              targetName: '孙财政',
              role: 'finance_reviewer' as const,
              scopeLabel: '汾西县',
              reason: '新任',
              createdAt: '2026-12-04T02:15:00.000Z',
            },
          },
        ],
      },
    },
  },
};

/** The log of some days: the one entry, or none. */
const logOf = (days: { from?: string; to?: string }, empty = false) => {
  const mock = structuredClone(LOG);
  Object.assign(mock.request.variables, days);
  if (empty) Object.assign(mock.result.data.roleAuditLog, { totalCount: 0, edges: [] });
  return mock;
};

const tooLarge = (from: string | null, to: string | null) => ({
  request: { query: EXPORT_ROLE_AUDIT_LOG_QUERY, variables: { userId: null, from, to } },
  result: {
    errors: [
      new GraphQLError('授权日志超过 50,000 条，超出一次导出的上限，未生成文件；请选择较短的日期范围分批导出', {
        extensions: { code: 'EXPORT_TOO_LARGE', field: 'from', limit: 50000 },
      }),
    ],
  },
});

describe('RoleAuditLog export', () => {
  it('says a refused export under the button: the server’s words in Chinese', async () => {
    renderWithProviders(<RoleAuditLog />, { route: '/admin/people/audit', mocks: [LOG, tooLarge(null, null)] });
    fireEvent.click(await screen.findByTestId('export-role-audit-button'));
    expect((await screen.findByTestId('export-role-audit-error')).textContent).toContain('授权日志超过 50,000 条');
  });

  it('in English, the code’s own words, asking for a shorter range', async () => {
    renderWithProviders(<RoleAuditLog />, {
      route: '/admin/people/audit',
      locale: 'en',
      mocks: [LOG, logOf({ from: '2026-01-01' }), tooLarge('2026-01-01', null)],
    });
    const range = await screen.findByTestId('export-role-audit-range');
    fireEvent.change(range.querySelector('input[name="from"]')!, { target: { value: '2026-01-01' } });
    fireEvent.click(screen.getByTestId('export-role-audit-button'));
    expect((await screen.findByTestId('export-role-audit-error')).textContent).toMatch(/shorter date range/);
  });
});

describe('RoleAuditLog date range', () => {
  it('the days chosen filter the list and its count; days without entries say so in English too', async () => {
    renderWithProviders(<RoleAuditLog />, {
      route: '/admin/people/audit',
      locale: 'en',
      mocks: [
        LOG,
        logOf({ from: '2026-12-04' }),
        logOf({ from: '2026-12-04', to: '2026-12-04' }),
        logOf({ from: '2026-12-04' }),
        logOf({ from: '2026-12-05' }, true),
      ],
    });
    expect(await screen.findAllByTestId('role-audit-row')).toHaveLength(1);
    expect(screen.getByText('Date range (list and export; leave empty for all)')).toBeTruthy();
    const range = screen.getByTestId('export-role-audit-range');
    fireEvent.change(range.querySelector('input[name="from"]')!, { target: { value: '2026-12-04' } });
    fireEvent.change(range.querySelector('input[name="to"]')!, { target: { value: '2026-12-04' } });
    await waitFor(() => expect(screen.getAllByTestId('role-audit-row')).toHaveLength(1));
    fireEvent.change(range.querySelector('input[name="to"]')!, { target: { value: '' } });
    fireEvent.change(range.querySelector('input[name="from"]')!, { target: { value: '2026-12-05' } });
    expect((await screen.findByTestId('empty-state')).textContent).toContain('No entries in this date range');
    expect(screen.getByText('0 entries')).toBeTruthy();
    expect(screen.queryAllByTestId('role-audit-row')).toHaveLength(0);
  });
});
