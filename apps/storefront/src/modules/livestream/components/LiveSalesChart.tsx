import { useEffect, useRef } from 'react';
import { EmptyState } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import type { LivePeriodReportQuery } from '../../../generated/graphql';

type SessionSales = Pick<LivePeriodReportQuery['livePeriodReport']['bySession'][number], 'title' | 'paidSalesFen'>;

/** Paid sales (元) per session; with no sale in the period, the empty state instead of a bare 0–1 元 axis. */
export function LiveSalesChart({ sessions }: { sessions: readonly SessionSales[] }) {
  const { t } = useI18n();
  if (!sessions.some((s) => Number(s.paidSalesFen) > 0)) return <EmptyState title={t('live.report.noSales')} />;
  return <SalesBars sessions={sessions} />;
}

function SalesBars({ sessions }: { sessions: readonly SessionSales[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    let disposed = false;
    let chart: { dispose(): void } | null = null;
    void import('echarts').then((echarts) => {
      if (disposed || !ref.current) return;
      const c = echarts.init(ref.current);
      c.setOption({
        tooltip: {},
        grid: { left: 60, right: 20, bottom: 60 },
        xAxis: { type: 'category', data: sessions.map((s) => s.title), axisLabel: { rotate: 20 } },
        yAxis: { type: 'value', name: '元' },
        series: [{ type: 'bar', name: '销售额', data: sessions.map((s) => Number(s.paidSalesFen) / 100), itemStyle: { color: '#26825a' } }],
      });
      chart = c;
    });
    return () => {
      disposed = true;
      chart?.dispose();
    };
  }, [sessions]);
  return <div ref={ref} className="live-chart" data-testid="live-chart" />;
}
