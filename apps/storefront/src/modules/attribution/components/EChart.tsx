import { useEffect, useRef } from 'react';
import { EmptyState } from '@yigou/web/ui';
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/** Browsers draw on a canvas; DOM emulations without a 2D context (component tests) get the tables only. */
function canDraw(): boolean {
  try {
    return typeof document !== 'undefined' && !!document.createElement('canvas').getContext('2d');
  } catch {
    return false;
  }
}

/**
 * An ECharts chart that follows its option and its box size; with `empty` set (nothing to draw), that sentence in the
 * chart's place instead of bare axes.
 */
export function EChart({
  option,
  height = 280,
  testId,
  empty,
}: {
  option: ChartOption;
  height?: number;
  testId?: string;
  empty?: string | null;
}) {
  if (empty) return <EmptyState title={empty} />;
  return <Chart option={option} height={height} testId={testId} />;
}

function Chart({ option, height, testId }: { option: ChartOption; height: number; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || !canDraw()) return;
    let chart: echarts.ECharts | null = null;
    try {
      chart = echarts.init(el);
      chart.setOption(option);
    } catch {
      return; // no canvas (tests): the tables carry the same figures
    }
    const onResize = () => chart?.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart?.dispose();
    };
  }, [option]);
  return <div ref={ref} style={{ width: '100%', height }} data-testid={testId} />;
}
