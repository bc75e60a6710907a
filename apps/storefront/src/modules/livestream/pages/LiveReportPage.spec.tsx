import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { DAY_MS, shanghaiDate, shanghaiDayRange, startOfShanghaiDay } from '@yigou/shared/time';
import { REGION_NAME_QUERY } from '../../app/graphql/region.documents';
import { LIVE_PERIOD_REPORT_QUERY } from '../graphql/live.documents';
import { renderWithProviders } from '../../../test/render';
import { LiveReportPage } from './LiveReportPage';

/** The page's default question: 汾西县 over the last year, Shanghai days. */
const lastYear = {
  countyCode: '141034',
  from: startOfShanghaiDay(shanghaiDate(Date.now() - 365 * DAY_MS)).toISOString(),
  to: shanghaiDayRange(shanghaiDate(new Date())).to.toISOString(),
};
const report = (summary: string) => ({
  request: { query: LIVE_PERIOD_REPORT_QUERY, variables: lastYear },
  result: {
    data: {
      __typename: 'Query' as const,
      livePeriodReport: {
        __typename: 'LivePeriodReport' as const,
        hosts: 1,
        sessions: 1,
        salesSessions: 1,
        tourismSessions: 0,
        orders: 0,
        items: 0,
        salesFen: '0',
        summary,
        byHost: [],
        bySession: [],
      },
    },
  },
});
const region = {
  request: { query: REGION_NAME_QUERY, variables: { code: '141034' } },
  result: {
    data: {
      __typename: 'Query' as const,
      region: { __typename: 'Region' as const, code: '141034', name: '汾西县', fullName: '山西省临汾市汾西县' },
    },
  },
};

describe('LiveReportPage', () => {
  it('shows the last year’s report on arrival, not an empty page until 查询, and 查询 asks again', async () => {
    renderWithProviders(<LiveReportPage />, {
      mocks: [region, region, report('1 名县级领导直播带货 1 场'), report('1 名县级领导直播带货 1 场，累计销售 1 单')],
    });
    expect((await screen.findByTestId('live-summary')).textContent).toBe('1 名县级领导直播带货 1 场');
    fireEvent.click(screen.getByTestId('report-load'));
    await waitFor(() => expect(screen.getByTestId('live-summary').textContent).toBe('1 名县级领导直播带货 1 场，累计销售 1 单'));
  });
});
