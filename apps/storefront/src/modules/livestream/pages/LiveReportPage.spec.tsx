import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { DAY_MS, shanghaiDate, shanghaiDayRange, startOfShanghaiDay } from '@yigou/shared/time';
import { LIVE_PERIOD_REPORT_QUERY } from '../graphql/live.documents';
import { renderWithProviders } from '../../../test/render';
import { FENXI_NAME as region } from '../../../test/regions';
import { LiveReportPage } from './LiveReportPage';

/** The page's default question: 汾西县 over the last year, Shanghai days. */
const lastYear = {
  countyCode: '141034',
  from: startOfShanghaiDay(shanghaiDate(Date.now() - 365 * DAY_MS)).toISOString(),
  to: shanghaiDayRange(shanghaiDate(new Date())).to.toISOString(),
};
const report = (summary: string, bySession: unknown[] = []) => ({
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
        bySession,
      },
    },
  },
});

/** A sales session with nothing sold yet. */
const session = {
  __typename: 'LiveSessionReport' as const,
  sessionId: 's1',
  title: '汾西县玉露香梨专场',
  hostName: '张县长',
  kind: 'sales',
  startsAt: '2026-12-08T17:30:00.000Z',
  orders: 0,
  items: 0,
  paidSalesFen: '0',
  pendingSalesFen: '0',
  buyers: 0,
  buyerUnits: 0,
  uniqueViewers: 0,
  peakViewers: 0,
  conversion: 0,
  averageOrderFen: '0',
  topProducts: [],
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

  it("dates each session by its day in China, whatever the browser's time zone", async () => {
    // the session starts at 01:30 on 9 December in Shanghai, still 8 December in UTC, where these tests run
    renderWithProviders(<LiveReportPage />, { mocks: [region, report('1 名县级领导直播带货 1 场', [session])] });
    const row = (await screen.findByText(
      (_, el) => el?.tagName === 'TD' && !!el.textContent?.startsWith('汾西县玉露香梨专场'),
    )) as HTMLElement;
    expect(row.textContent).toContain('2026-12-09');
  });

  it('shows 所选时间内暂无成交 instead of an empty 0–1 元 chart when no session sold anything', async () => {
    renderWithProviders(<LiveReportPage />, { mocks: [region, report('1 名县级领导直播带货 1 场', [session])] });
    expect((await screen.findByTestId('empty-state')).textContent).toContain('所选时间内暂无成交');
    expect(screen.queryByTestId('live-chart')).toBeNull();
  });

  it('a period without sessions: both tables say 所选时间内暂无直播场次 under their headers, as the chart says 所选时间内暂无成交', async () => {
    renderWithProviders(<LiveReportPage />, { mocks: [region, report('所选时间内没有直播', [])] });
    await screen.findByTestId('live-summary');
    expect(screen.getAllByTestId('table-empty').map((p) => p.textContent)).toEqual(['所选时间内暂无直播场次', '所选时间内暂无直播场次']);
    expect(screen.getByRole('columnheader', { name: '主播' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '场次' })).toBeTruthy();
    expect(screen.getByTestId('empty-state').textContent).toContain('所选时间内暂无成交');
  });

  it('a session in the period is a row of the session table, with no empty sentence under it', async () => {
    renderWithProviders(<LiveReportPage />, { mocks: [region, report('1 名县级领导直播带货 1 场', [session])] });
    const table = await screen.findByTestId('live-sessions');
    expect(table.querySelectorAll('tbody tr')).toHaveLength(1);
    expect(screen.getAllByTestId('table-empty')).toHaveLength(1); // the host table of this mock has no row
  });

  it('draws the sales chart once a session has paid sales', async () => {
    const sold = { ...session, orders: 1, paidSalesFen: '4990' };
    renderWithProviders(<LiveReportPage />, { mocks: [region, report('1 名县级领导直播带货 1 场，累计销售 1 单', [sold])] });
    expect(await screen.findByTestId('live-chart')).toBeTruthy();
    expect(screen.queryByTestId('empty-state')).toBeNull();
  });
});
