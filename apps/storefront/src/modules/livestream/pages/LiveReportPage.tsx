import { useState } from 'react';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { type DateRange, DateRangeField, ErrorState, Spinner, downloadBase64 } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { CountySelect } from '../../app/components/CountySelect';
import { REGION_NAME_QUERY } from '../../app/graphql/region.documents';
import { useSession } from '../../auth/hooks/session';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { LIVE_PERIOD_REPORT_QUERY, LIVE_PERIOD_REPORT_XLSX_QUERY } from '../graphql/live.documents';
import { DAY_MS, shanghaiDate, shanghaiDayRange, startOfShanghaiDay } from '@yigou/shared/time';
import { LiveReportTables } from '../components/LiveReportTables';
import { LiveSalesChart } from '../components/LiveSalesChart';
import '../livestream.css';

export function LiveReportPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const errorMessage = useErrorMessage();
  useDocumentTitle(t('live.report.title'));
  const [county, setCounty] = useState(user?.roles?.find((g) => g.regionCode && !g.regionCode.endsWith('00'))?.regionCode ?? '141034');
  const countyName = useQuery(REGION_NAME_QUERY, { variables: { code: county }, skip: !county }).data?.region?.name ?? county;
  const [range, setRange] = useState<DateRange>({ from: shanghaiDate(Date.now() - 365 * DAY_MS), to: shanghaiDate(new Date()) });
  const { from, to } = range;
  const ready = !!county && !!from && !!to;
  // The report counts from the first day's start to the end of the last (Shanghai days, both included).
  const vars = {
    countyCode: county,
    from: ready ? startOfShanghaiDay(from).toISOString() : '',
    to: ready ? shanghaiDayRange(to).to.toISOString() : '',
  };
  // The report asked for: the default range (the last year) at once on arrival, then what 查询 sends.
  const [asked, setAsked] = useState(vars);
  const { data, loading, error, refetch } = useQuery(LIVE_PERIOD_REPORT_QUERY, {
    variables: asked,
    skip: !asked.countyCode || !asked.from || !asked.to,
  });
  const [exportXlsx] = useLazyQuery(LIVE_PERIOD_REPORT_XLSX_QUERY, { fetchPolicy: 'network-only' });
  const report = data?.livePeriodReport;

  const download = async () => {
    const r = await exportXlsx({ variables: vars });
    const b64 = r.data?.livePeriodReportXlsx;
    if (!b64) return;
    downloadBase64(`直播报表-${countyName}-${from}-${to}.xlsx`, b64);
  };

  return (
    <div className="live-report">
      <h1>{t('live.report.title')}</h1>
      <form
        className="live-host__row"
        onSubmit={(e) => {
          e.preventDefault();
          // the same question again asks the server again (new orders since)
          if (vars.countyCode === asked.countyCode && vars.from === asked.from && vars.to === asked.to) void refetch();
          else setAsked(vars);
        }}
      >
        <CountySelect value={county} onChange={setCounty} label={t('live.schedule.county')} />
        <DateRangeField value={range} onChange={setRange} max={shanghaiDate(new Date())} testId="report-range" />
        <button type="submit" className="yg-button yg-button--primary" data-testid="report-load" disabled={!ready}>
          {t('live.report.load')}
        </button>
        <button type="button" className="yg-button" onClick={() => void download()} disabled={!report}>
          {t('live.report.export')}
        </button>
      </form>
      {error && <ErrorState message={errorMessage(error)} />}
      {loading && <Spinner />}
      {report && (
        <>
          <p className="live-summary" data-testid="live-summary">
            {report.summary}
          </p>
          <LiveSalesChart sessions={report.bySession} />
          <LiveReportTables report={report} />
        </>
      )}
    </div>
  );
}
