import { type Column, DataTable, formatPrice, Section } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import type { LivePeriodReportQuery } from '../../../generated/graphql';
import { formatDate } from '../../catalog/utils/format-date';
import '../livestream.css';

type Report = LivePeriodReportQuery['livePeriodReport'];
type HostRow = Report['byHost'][number];
type SessionRow = Report['bySession'][number];

/**
 * The report's two tables, by host and by session (the desks' DataTable): a period without sessions says so under
 * the headers (所选时间内暂无直播场次), as the chart above says 所选时间内暂无成交.
 */
export function LiveReportTables({ report }: { report: Report }) {
  const { t } = useI18n();
  const empty = t('live.report.noSessions');
  const hostColumns: Column<HostRow>[] = [
    { id: 'host', header: t('live.report.host'), cell: (h) => `${h.hostTitle ?? ''} ${h.hostName}`.trim() },
    { id: 'sales-sessions', header: t('live.kind.sales'), numeric: true, cell: (h) => h.salesSessions },
    { id: 'tourism-sessions', header: t('live.kind.tourism'), numeric: true, cell: (h) => h.tourismSessions },
    { id: 'orders', header: t('live.report.orders'), numeric: true, cell: (h) => h.orders },
    { id: 'sales', header: t('live.report.sales'), numeric: true, cell: (h) => formatPrice(String(h.salesFen)) },
  ];
  const sessionColumns: Column<SessionRow>[] = [
    {
      id: 'session',
      header: t('live.report.session'),
      cell: (s) => (
        <>
          {s.title}
          <div className="live-muted">
            {s.hostName} · {t(`live.kind.${s.kind}`)} · {formatDate(String(s.startsAt))}
          </div>
        </>
      ),
    },
    { id: 'orders', header: t('live.report.orders'), numeric: true, cell: (s) => s.orders },
    { id: 'sales', header: t('live.report.sales'), numeric: true, cell: (s) => formatPrice(String(s.paidSalesFen)) },
    { id: 'pending', header: t('live.report.pending'), numeric: true, cell: (s) => formatPrice(String(s.pendingSalesFen)) },
    { id: 'buyers', header: t('live.report.buyers'), numeric: true, cell: (s) => `${s.buyers}/${s.buyerUnits}` },
    { id: 'viewers', header: t('live.report.viewers'), numeric: true, cell: (s) => `${s.uniqueViewers}/${s.peakViewers}` },
    { id: 'conversion', header: t('live.report.conversion'), numeric: true, cell: (s) => `${(s.conversion * 100).toFixed(1)}%` },
    { id: 'aov', header: t('live.report.aov'), numeric: true, cell: (s) => formatPrice(String(s.averageOrderFen)) },
    { id: 'top', header: t('live.report.top'), cell: (s) => s.topProducts.map((p) => `${p.name}×${p.quantity}`).join('、') },
  ];
  return (
    <>
      <Section title={t('live.report.byHost')}>
        <DataTable
          columns={hostColumns}
          rows={report.byHost}
          rowKey={(h) => `${h.hostName}-${h.hostTitle ?? ''}`}
          empty={empty}
          testId="live-hosts"
        />
      </Section>
      <Section title={t('live.report.bySession')}>
        <DataTable columns={sessionColumns} rows={report.bySession} rowKey={(s) => s.sessionId} empty={empty} testId="live-sessions" />
      </Section>
    </>
  );
}
