import type { FunnelChartOption } from './funnel-chart-option.ts';
import type { TrendPoint } from './voc-table.ts';

// The palette of the stylesheet (web/src/styles.css); text colours reach 4.5:1 on white.
const LINE = '#1f4fa8';
const BAND = '#8a94a6';
const TEXT = '#1b2230';
const MUTED = '#4b5565';
const GRID_LINE = '#d5dae2';

/**
 * A score over time: the score as a solid line, the bounds of its confidence interval as thin
 * dashed lines around it, so a jump that stays inside the band reads as noise. Buckets without
 * answers are gaps (null), not zeros. `range` pins the axis to the score's scale (NPS −100..100,
 * CSAT 0..1, CES its scale) so two periods are never drawn on different scales.
 * Example: points with values `[30, null, 45]` → a first series with data `[30, null, 45]`.
 */
export function vocTrendOption(
  points: readonly TrendPoint[],
  text: {
    name: string;
    low: string;
    high: string;
    bucketLabel: (start: string) => string;
    formatValue: (value: number) => string;
    range: { min: number; max: number };
  },
): FunnelChartOption {
  const band = (name: string, data: (number | null)[]) => ({
    name,
    type: 'line' as const,
    connectNulls: false,
    symbol: 'none',
    lineStyle: { width: 1, type: 'dashed' as const, color: BAND },
    itemStyle: { color: BAND },
    data,
  });
  return {
    animation: false,
    grid: { left: 8, right: 36, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: TEXT } },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? text.formatValue(v) : '—') },
    xAxis: {
      type: 'category',
      data: points.map((p) => text.bucketLabel(p.start)),
      axisLabel: { color: TEXT },
    },
    yAxis: {
      type: 'value',
      min: text.range.min,
      max: text.range.max,
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
        data: points.map((p) => p.value),
      },
      band(
        text.low,
        points.map((p) => p.low),
      ),
      band(
        text.high,
        points.map((p) => p.high),
      ),
    ],
  };
}
