import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { ATTRIBUTION_REPORT_QUERY, INCOME_ALERTS_QUERY } from '../graphql/attribution.documents';
import { thisYear } from '../utils/files';
import { RECONCILIATION_STATUS_QUERY } from '../../reconciliation/graphql/reconciliation.documents';
import { renderWithProviders } from '../../../test/render';
import { CountyReportPage } from './CountyReportPage';

const row = (key: string, label: string, households: number, people: number, amountFen: string) => ({
  __typename: 'ReportRow' as const,
  key,
  label,
  households,
  people,
  amountFen,
});

const mocks = (forbidden = false) => [
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
              totalFen: '348080000',
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

  it('shows the server’s message when the county is not the admin’s', async () => {
    renderWithProviders(<CountyReportPage />, { route: '/county?region=141034', path: '/county', mocks: mocks(true) });
    expect(await screen.findByText('您无权查看其他地区的归因报表')).toBeTruthy();
  });
});
