import type { PainPointsResult } from '../../../src/analytics/insights/pain-points-result.ts';
import type { FunnelChartOption } from './funnel-chart-option.ts';

// The palette of the stylesheet (web/src/styles.css); text colours reach 4.5:1 on white.
const BAR = '#c0392b';
const TEXT = '#1b2230';
const MUTED = '#4b5565';
const GRID_LINE = '#d5dae2';

/**
 * A horizontal bar chart of the scores, the worst on top (ECharts draws a category axis from the
 * bottom, so the rows go in reversed).
 */
export function painPointsChartOption(
  result: PainPointsResult,
  texts: { score: string; formatScore: (n: number) => string },
): FunnelChartOption {
  const rows = [...result.painPoints].reverse();
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'value',
      min: 0,
      max: 1,
      axisLabel: { color: MUTED, formatter: (v: number) => texts.formatScore(v) },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    yAxis: { type: 'category', data: rows.map((p) => p.name), axisLabel: { color: TEXT } },
    series: [
      {
        type: 'bar',
        name: texts.score,
        data: rows.map((p) => p.score),
        itemStyle: { color: BAR },
        label: {
          show: true,
          position: 'right',
          color: TEXT,
          formatter: (v: { value: unknown }) => texts.formatScore(Number(v.value)),
        },
      },
    ],
  };
}
