import type { LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { MomentOfTruth } from '../../../src/analytics/insights/moments-of-truth.ts';

export type ForestChartOption = ComposeOption<
  | LineSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

// The palette of the stylesheet (web/src/styles.css); text colours reach 4.5:1 on white.
const MOMENT = '#1f4fa8';
const OTHER = '#8a94a6';
const CRUDE = '#4b5565';
const TEXT = '#1b2230';
const GRID_LINE = '#d5dae2';

/** ECharts leaves a gap in a line at a '-' value: the intervals are one series of separate segments. */
const GAP = ['-', '-'] as const;

/**
 * A forest plot of the judged touchpoints: per touchpoint (first at the top) the stratified
 * difference as a dot on its 95% interval, and the crude difference as a hollow dot beside it,
 * in percentage points, with the y axis at 0, so an interval that does not cross the axis is a
 * moment of truth. Touchpoints without a stratified estimate, and those that are the outcome itself
 * (meeting them is converting), are left out.
 * Example: one moment of +21.6 (+18.4 to +24.8) → intervals `[[18.4, name], [24.8, name]]`,
 * dots `[[21.6, name]]`.
 */
export function forestChartOption(
  moments: readonly MomentOfTruth[],
  texts: { stratified: string; crude: string; axis: string; formatPoints: (fraction: number) => string },
): ForestChartOption {
  const shown = moments.filter((m) => m.stratified !== null && !m.isOutcome).reverse();
  const names = shown.map((m) => m.name);
  const points = (x: number) => Math.round(x * 1000) / 10;
  return {
    grid: { left: 8, right: 24, top: 32, bottom: 40, containLabel: true },
    legend: { top: 0, textStyle: { color: TEXT }, data: [texts.stratified, texts.crude] },
    tooltip: {
      trigger: 'item',
      valueFormatter: (v) => (typeof v === 'number' ? texts.formatPoints(v / 100) : String(v)),
    },
    xAxis: {
      type: 'value',
      name: texts.axis,
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: { color: TEXT },
      axisLabel: { color: TEXT },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    yAxis: {
      type: 'category',
      data: names,
      axisLabel: { color: TEXT },
      axisLine: { onZero: true, lineStyle: { color: TEXT } },
    },
    series: [
      {
        type: 'line',
        name: texts.stratified,
        color: MOMENT,
        symbol: 'none',
        lineStyle: { width: 2 },
        connectNulls: false,
        tooltip: { show: false },
        data: shown.flatMap((m) => [
          [points(m.stratified!.low), m.name],
          [points(m.stratified!.high), m.name],
          GAP,
        ]) as LineSeriesOption['data'],
      },
      {
        type: 'scatter',
        name: texts.stratified,
        color: MOMENT,
        symbolSize: 10,
        data: shown.map((m) => ({
          value: [points(m.stratified!.difference), m.name],
          itemStyle: { color: m.isMoment ? MOMENT : OTHER },
        })),
      },
      {
        type: 'scatter',
        name: texts.crude,
        color: CRUDE,
        symbol: 'emptyCircle',
        symbolSize: 8,
        data: shown.flatMap((m) => (m.crude ? [[points(m.crude.difference), m.name]] : [])),
      },
    ],
  };
}
