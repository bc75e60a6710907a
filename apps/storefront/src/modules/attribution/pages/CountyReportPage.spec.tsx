import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ATTRIBUTION_REPORT_QUERY, INCOME_ALERTS_QUERY } from '../graphql/attribution.documents';
import { thisYear } from '../utils/files';
import { RECONCILIATION_STATUS_QUERY } from '../../reconciliation/graphql/reconciliation.documents';
import { ME_QUERY } from '../../auth/graphql/auth.documents';
import { HOUSEHOLD_H1, sessionUser } from '../../../test/fixtures';
import { renderWithProviders, signedInStore } from '../../../test/render';
import { CountyReportPage } from './CountyReportPage';

const row = (key: string, label: string, households: number, people: number, amountFen: string) => ({
  __typename: 'ReportRow' as const,
  key,
  label,
  households,
  people,
  amountFen,
});

const mocks = (forbidden = false, totalFen = '348080000') => [
  {
    request: { query: ATTRIBUTION_REPORT_QUERY, variables: { regionCode: '141034', year: thisYear() } },
    result: forbidden
      ? { errors: [{ message: '您无权查看其他地区的归因报表', extensions: { code: 'FORBIDDEN' } }] }
      : {
          data: {
            __typename: 'Query',
            attributionReport: {
              __typename: 'AttributionReport',
              regionCode: '141034',
              regionName: '汾西县',
              year: thisYear(),
              households: 458,
              people: 1419,
              totalFen,
              averagePerHouseholdFen: '760000',
              sentence: '带动脱贫户 458 户 1419 人，户均增收 7600 元',
              byCategory: [row('lifted', '脱贫户', 400, 1200, '300000000')],
              byVillage: [],
              bySupplier: [row('s1', '汾西县高寒农牧专业合作社', 458, 1419, '348080000')],
              byProduct: [row('p1', '玉露香梨', 458, 1419, '348080000')],
              byUnit: [row('u1', '汾西县第一中学', 120, 380, '5400')],
              bySession: [],
              byMonth: [row('2026-05', '2026年5月', 458, 1419, '348080000')],
            },
          },
        },
  },
  {
    request: { query: INCOME_ALERTS_QUERY, variables: { countyCode: '141034', year: thisYear(), first: 20 } },
    result: {
      data: {
        __typename: 'Query',
        incomeAlerts: {
          __typename: 'IncomeAlertConnection',
          totalCount: 0,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: [],
        },
      },
    },
  },
  {
    request: { query: RECONCILIATION_STATUS_QUERY, variables: {} },
    result: {
      data: {
        __typename: 'Query',
        reconciliationStatus: { __typename: 'ReconciliationStatus', ranAt: '2026-12-04T19:05:00.000Z', clean: false, differenceCount: 2 },
      },
    },
  },
];

/** A page of 收入预警: one household each, the next page after `after` while `hasNextPage`. */
const alertsPage = (after: string | undefined, householdNo: string, hasNextPage: boolean) => ({
  request: { query: INCOME_ALERTS_QUERY, variables: { countyCode: '141034', year: thisYear(), first: 20, ...(after ? { after } : {}) } },
  result: {
    data: {
      __typename: 'Query' as const,
      incomeAlerts: {
        __typename: 'IncomeAlertConnection' as const,
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor: householdNo },
        edges: [
          {
            __typename: 'IncomeAlertEdge' as const,
            cursor: householdNo,
            node: {
              __typename: 'IncomeAlert' as const,
              status: 'under_line',
              perCapitaFen: '350900',
              recordedPerCapitaFen: '350900',
              attributedFen: '0',
              otherIncomeFen: '0',
              household: { ...HOUSEHOLD_H1, id: householdNo, householdNo },
            },
          },
        ],
      },
    },
  },
});

describe('CountyReportPage', () => {
  it('shows the sentence written from the data, the headline figures and every table', async () => {
    renderWithProviders(<CountyReportPage />, { route: '/county?region=141034', path: '/county', mocks: mocks() });
    expect((await screen.findByTestId('report-sentence')).textContent).toBe('带动脱贫户 458 户 1419 人，户均增收 7600 元');
    expect(screen.getByTestId('kpi-total').textContent).toBe('¥3,480,800.00');
    expect(screen.getByTestId('kpi-average').textContent).toBe('¥7,600.00');
    expect(screen.getByTestId('table-unit').textContent).toContain('汾西县第一中学');
    expect(screen.getByTestId('table-village').textContent).toContain('暂无数据');
    expect(screen.getByTestId('export-report')).toBeTruthy();
    // when the last reconciliation ran (Shanghai time) and whether it was clean
    await screen.findByText('对账差异 2 处');
    expect(screen.getByTestId('reconciliation-status').textContent).toContain('2026/12/5 03:05:00');
  });

  it('a year with nothing attributed yet says so in place of the two charts', async () => {
    renderWithProviders(<CountyReportPage />, { route: '/county?region=141034', path: '/county', mocks: mocks(false, '0') });
    expect(await screen.findAllByText(`${thisYear()} 年暂无归因金额`)).toHaveLength(2);
    expect(screen.queryByTestId('chart-month')).toBeNull();
    expect(screen.queryByTestId('chart-category')).toBeNull();
    expect(screen.getByTestId('kpi-total').textContent).toBe('¥0.00');
  });

  it('lets the county admin load the 收入预警 beyond the first page (it said 共 152 户 and listed 20, with no way to the rest)', async () => {
    const me = { request: { query: ME_QUERY }, result: { data: { __typename: 'Query' as const, me: sessionUser() } } };
    const [report, , reconciliation] = mocks();
    renderWithProviders(<CountyReportPage />, {
      route: '/county?region=141034',
      path: '/county',
      store: signedInStore(),
      mocks: [
        me,
        report,
        reconciliation,
        alertsPage(undefined, '1410341012010171', true),
        alertsPage('1410341012010171', '1410341012010256', false),
      ],
    });
    const alerts = await screen.findByTestId('alerts');
    await waitFor(() => expect(alerts.querySelectorAll('tbody tr')).toHaveLength(1));
    fireEvent.click(screen.getByTestId('alerts-more'));
    await waitFor(() => expect(alerts.querySelectorAll('tbody tr')).toHaveLength(2));
    expect(alerts.textContent).toContain('1410341012010256');
    expect(screen.queryByTestId('alerts-more')).toBeNull();
  });

  it('shows the server’s message when the county is not the admin’s', async () => {
    renderWithProviders(<CountyReportPage />, { route: '/county?region=141034', path: '/county', mocks: mocks(true) });
    expect(await screen.findByText('您无权查看其他地区的归因报表')).toBeTruthy();
  });
});
