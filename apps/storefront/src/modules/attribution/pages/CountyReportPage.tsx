import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, Skeleton, downloadBase64 } from '@yigou/web/ui';
import { formatFen, parseFen } from '@yigou/shared/money';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { ATTRIBUTION_REPORT_QUERY, EXPORT_REPORT_MUTATION } from '../graphql/attribution.documents';
import { EChart, type ChartOption } from '../components/EChart';
import { Kpi } from '../components/Kpi';
import { IncomeAlerts } from '../components/IncomeAlerts';
import { ReportTable } from '../components/ReportTable';
import { thisYear } from '../utils/files';
import { useCountyCode } from '../utils/use-county';
import { useSession } from '../../auth/hooks/session';
import { ReconciliationStatus } from '../../reconciliation/components/ReconciliationStatus';
import '../attribution.css';

const yuan = (fen: string) => Number(parseFen(fen)) / 100;

/** 县域归因报表: the sentence, headline figures, charts, every table, alerts; XLSX export. */
export function CountyReportPage() {
  const region = useCountyCode();
  const [year, setYear] = useState(thisYear());
  const errorMessage = useErrorMessage();
  useDocumentTitle('消费帮扶归因报表');
  const { data, loading, error, refetch } = useQuery(ATTRIBUTION_REPORT_QUERY, {
    variables: { regionCode: region ?? '', year },
    skip: !region,
    fetchPolicy: 'cache-and-network',
  });
  const isCounty = !!region && !/00$/.test(region);
  // the auditor (审计) reads the figures and the access log, not households
  const { user } = useSession();
  const auditorOnly = !user?.roles.some((g) => g.role === 'county_admin' || g.role === 'platform_admin');
  const [exportReport, exporting] = useMutation(EXPORT_REPORT_MUTATION);
  const r = data?.attributionReport;

  const monthChart = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 60, right: 20, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: r?.byMonth.map((m) => m.label) ?? [] },
      yAxis: { type: 'value', name: '元' },
      series: [{ type: 'bar', data: r?.byMonth.map((m) => yuan(m.amountFen)) ?? [], itemStyle: { color: '#2f7d32' } }],
    }),
    [r],
  );
  const categoryChart = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [
        { type: 'pie', radius: ['35%', '65%'], data: r?.byCategory.map((c) => ({ name: c.label, value: yuan(c.amountFen) })) ?? [] },
      ],
    }),
    [r],
  );

  if (!region) return <EmptyState title="仅县乡村振兴局、审计和平台管理员可查看归因报表" />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (loading && !r) return <Skeleton className="attribution-skeleton" />;
  if (!r) return null;

  async function onExport() {
    const res = await exportReport({ variables: { regionCode: region ?? '', year } });
    const f = res.data?.exportAttributionReport;
    if (f) downloadBase64(f.filename, f.contentBase64);
  }

  // a year with nothing counted yet: a sentence instead of two charts of bare axes
  const nothing = parseFen(r.totalFen) === 0 ? `${r.year} 年暂无归因金额` : null;

  return (
    <div className="attribution-page">
      <header className="attribution-hero yg-card">
        <div>
          <p className="muted">
            {r.regionName} · {r.year} 年消费帮扶归因
          </p>
          <h1 data-testid="report-sentence">{r.sentence}</h1>
          <p className="muted" data-testid="report-basis">
            {r.basis}
          </p>
          <ReconciliationStatus />
        </div>
        <div className="attribution-actions">
          <label>
            年度{' '}
            <select value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="year-select">
              {[thisYear(), thisYear() - 1, thisYear() - 2].map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          {isCounty && !auditorOnly && (
            <Link className="yg-button yg-button--ghost" to={`/county/households?region=${region}`}>
              农户名册
            </Link>
          )}
          {isCounty && (
            <Link className="yg-button yg-button--ghost" to={`/county/access-log?region=${region}`} data-testid="access-log-link">
              访问日志
            </Link>
          )}
          <button
            type="button"
            className="yg-button"
            onClick={() => void onExport()}
            disabled={exporting.loading}
            data-testid="export-report"
          >
            导出 Excel
          </button>
        </div>
      </header>

      <div className="attribution-kpis">
        <Kpi label="带动户数" testId="kpi-households" value={r.households} />
        <Kpi label="带动人数" testId="kpi-people" value={r.people} />
        <Kpi label="归因总额" testId="kpi-total" value={formatFen(parseFen(r.totalFen))} />
        <Kpi label="户均增收" testId="kpi-average" value={formatFen(parseFen(r.averagePerHouseholdFen))} />
      </div>

      <div className="attribution-charts">
        <section className="yg-card">
          <h3>按月份</h3>
          <EChart option={monthChart} testId="chart-month" empty={nothing} />
        </section>
        <section className="yg-card">
          <h3>按户类别</h3>
          <EChart option={categoryChart} testId="chart-category" empty={nothing} />
        </section>
      </div>

      <div className="attribution-tables">
        <ReportTable title="按户类别" rows={r.byCategory} testId="table-category" />
        <ReportTable title="按村" rows={r.byVillage} testId="table-village" />
        <ReportTable title="按供应商" rows={r.bySupplier} testId="table-supplier" />
        <ReportTable title="按产品" rows={r.byProduct} testId="table-product" />
        <ReportTable title="按采购单位" rows={r.byUnit} testId="table-unit" />
        <ReportTable title="按直播场次" rows={r.bySession} testId="table-session" />
        <ReportTable title="按月份" rows={r.byMonth} testId="table-month" />
      </div>

      {isCounty && !auditorOnly && <IncomeAlerts countyCode={region} year={year} />}
    </div>
  );
}
