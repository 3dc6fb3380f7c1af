import type { KpiTimeBucket } from '../../../src/analytics/kpi/kpi-result.ts';
import type { FunnelChartOption } from './funnel-chart-option.ts';

// The palette of the stylesheet (web/src/styles.css); text colours reach 4.5:1 on white.
const LINE = '#1f4fa8';
const TEXT = '#1b2230';
const MUTED = '#4b5565';
const GRID_LINE = '#d5dae2';

/**
 * A KPI over time as one line, oldest bucket first; buckets where the KPI could not be measured
 * (value null) are gaps in the line rather than zeros.
 */
export function kpiOverTimeOption(
  buckets: readonly KpiTimeBucket[],
  text: { name: string; bucketLabel: (start: string) => string; formatValue: (value: number) => string },
): FunnelChartOption {
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? text.formatValue(v) : '—') },
    xAxis: {
      type: 'category',
      data: buckets.map((b) => text.bucketLabel(b.start)),
      axisLabel: { color: TEXT },
    },
    yAxis: {
      type: 'value',
      axisLabel: { color: MUTED, formatter: (value: number) => text.formatValue(value) },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    series: [
      {
        name: text.name,
        type: 'line',
        connectNulls: false,
        lineStyle: { width: 3, color: LINE },
        itemStyle: { color: LINE },
        data: buckets.map((b) => b.kpi.value),
      },
    ],
  };
}
