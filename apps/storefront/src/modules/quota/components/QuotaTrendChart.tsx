import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useT } from '@yigou/web/i18n';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface TrendMonth {
  month: number;
  orderedFen: string;
  completedFen: string;
}

/** Monthly ordered and completed amounts (yuan) as bars, with the cumulative completed amount as a line. */
export function QuotaTrendChart({ months }: { months: TrendMonth[] }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    let cumulative = 0;
    const yuan = (fen: string) => Number(fen) / 100;
    chart.setOption({
      tooltip: { trigger: 'axis' },
      // above the plot, clear of the 元 axis name (ECharts 6 puts a legend at the bottom by default, over the month labels)
      legend: { top: 0, data: [t('quota.ordered'), t('quota.completed'), t('quota.cumulative')] },
      grid: { left: 56, right: 16, top: 48, bottom: 28 },
      xAxis: { type: 'category', data: months.map((m) => t('quota.monthLabel', { month: m.month })) },
      yAxis: { type: 'value', name: t('quota.yuan') },
      series: [
        { name: t('quota.ordered'), type: 'bar', data: months.map((m) => yuan(m.orderedFen)), itemStyle: { color: '#f0a04b' } },
        { name: t('quota.completed'), type: 'bar', data: months.map((m) => yuan(m.completedFen)), itemStyle: { color: '#3f8f5a' } },
        {
          name: t('quota.cumulative'),
          type: 'line',
          data: months.map((m) => (cumulative += yuan(m.completedFen))),
          itemStyle: { color: '#c0392b' },
        },
      ],
    });
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [months, t]);
  return <div ref={ref} className="quota-chart" data-testid="quota-trend-chart" role="img" aria-label={t('quota.trend')} />;
}
