import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the parts the dashboard draws: bars, pies, their axes, tooltips and legends, on canvas.
echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<BarSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** One ECharts chart in a div that follows its container's width; disposed with the component. */
export function Chart({ option, height = 260, testId }: { option: ChartOption; height?: number; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const instance = echarts.init(element);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  return <div ref={ref} style={{ width: '100%', height }} data-testid={testId} />;
}

/** Bars of one count per label (units, sources, months). */
export function barOption(rows: readonly { label: string; count: number }[], isHorizontal = false): ChartOption {
  const labels = rows.map((row) => row.label);
  const category = { type: 'category' as const, data: labels, axisLabel: { interval: 0, ...(isHorizontal ? {} : { rotate: labels.length > 6 ? 30 : 0 }) } };
  const value = { type: 'value' as const, minInterval: 1 };
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: isHorizontal ? value : category,
    yAxis: isHorizontal ? { ...category, inverse: true } : value,
    series: [{ type: 'bar', data: rows.map((row) => row.count), itemStyle: { color: '#1677ff' }, barMaxWidth: 32, label: { show: true, position: isHorizontal ? 'right' : 'top' } }],
  };
}

/** A pie of the statuses. */
export function pieOption(rows: readonly { label: string; count: number }[]): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'], data: rows.map((row) => ({ name: row.label, value: row.count })), label: { formatter: '{b} {c}' } }],
  };
}
