import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { FunnelStepResult } from '../../../src/analytics/funnel/funnel-result.ts';
import type { OverTimeRow } from './funnel-table.ts';

export type FunnelChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

// The palette of the stylesheet (web/src/styles.css); text colours reach 4.5:1 on white.
const REACHED = '#1f4fa8';
const DROPPED = '#e8a19b';
const TEXT = '#1b2230';
const MUTED = '#4b5565';
const GRID_LINE = '#d5dae2';

/**
 * The funnel as stacked bars, one per step: the persons who reached it, and on top the persons
 * who dropped off on the way to it, so each bar is as tall as the step before and the loss is
 * seen at a glance. Labels are written by `text.formatCount` in the interface language.
 * Example: steps of 196 and 85 → reached `[196, 85]`, dropped `[0, 111]`.
 */
export function funnelChartOption(
  steps: FunnelStepResult[],
  text: { reached: string; dropped: string; formatCount: (n: number) => string },
): FunnelChartOption {
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: TEXT } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: steps.map((s, i) => `${i + 1}. ${s.label}`),
      axisLabel: { color: TEXT, interval: 0, overflow: 'truncate', width: 160 },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: MUTED, formatter: (value: number) => text.formatCount(value) },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    series: [
      {
        name: text.reached,
        type: 'bar',
        stack: 'funnel',
        itemStyle: { color: REACHED },
        label: {
          show: true,
          position: 'insideTop',
          color: '#ffffff',
          formatter: ({ value }) => (typeof value === 'number' ? text.formatCount(value) : ''),
        },
        data: steps.map((s) => s.count),
      },
      {
        name: text.dropped,
        type: 'bar',
        stack: 'funnel',
        itemStyle: { color: DROPPED },
        label: {
          show: true,
          position: 'insideTop',
          color: TEXT,
          formatter: ({ value }) => (typeof value === 'number' && value > 0 ? text.formatCount(value) : ''),
        },
        data: steps.map((s, i) => (i === 0 ? 0 : s.dropOff)),
      },
    ],
  };
}

/** Conversion from the first to the last step per time bucket, as a line on a 0..100 % scale. */
export function overTimeChartOption(
  rows: OverTimeRow[],
  text: { conversion: string; formatPercent: (fraction: number) => string },
): FunnelChartOption {
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: rows.map((r) => r.start), axisLabel: { color: TEXT } },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      axisLabel: { color: MUTED, formatter: (value: number) => text.formatPercent(value) },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    series: [
      {
        name: text.conversion,
        type: 'line',
        lineStyle: { width: 3, color: REACHED },
        itemStyle: { color: REACHED },
        data: rows.map((r) => r.rate),
      },
    ],
  };
}
