import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { type EmotionPoint, hasMeasuredEmotion } from './emotion-curve.ts';

export type EmotionChartOption = ComposeOption<LineSeriesOption | GridComponentOption>;

// The palette of the stylesheet (web/src/styles.css): both reach 4.5:1 on white.
const LINE = '#1f4fa8';
const PAIN = '#b42318';
// The measured curve: teal, dashed, so it reads apart from the judged one without colour too.
const MEASURED = '#0f766e';

/** ECharts' marker of a missing value: the line breaks there instead of dropping to 0. */
export const GAP = '-';

/**
 * The emotion curve as an ECharts option: one point per stage, in the same order and the same
 * equal-width slots as the map's stage columns (category axis with boundary gaps, no side
 * margins), so each point sits under its column. The scale is fixed at −2..+2 so two maps'
 * curves compare by eye; unscored stages are gaps; stages with a high-severity pain point get
 * a red triangle. The measured emotion, when there is any, is a second, dashed line (diamonds).
 * Animation off: a map is a document, and animations keep a headless renderer busy.
 */
export function emotionChartOption(
  points: EmotionPoint[],
  text: { formatScore: (score: number) => string; judged?: string; measured?: string },
): EmotionChartOption {
  const measured: LineSeriesOption[] = hasMeasuredEmotion(points)
    ? [
        {
          type: 'line',
          name: text.measured,
          connectNulls: false,
          symbol: 'diamond',
          symbolSize: 10,
          lineStyle: { width: 2, type: 'dashed', color: MEASURED },
          itemStyle: { color: MEASURED },
          label: {
            show: true,
            position: 'bottom',
            color: MEASURED,
            formatter: ({ value }) => (typeof value === 'number' ? text.formatScore(value) : ''),
          },
          data: points.map((p) => ({ value: p.measured ?? GAP })),
        },
      ]
    : [];
  return {
    animation: false,
    grid: { left: 0, right: 0, top: 24, bottom: 12 },
    xAxis: {
      type: 'category',
      data: points.map((p) => p.stageName),
      boundaryGap: true,
      axisLabel: { show: false },
      axisTick: { show: false },
      axisLine: { show: false },
    },
    yAxis: {
      type: 'value',
      min: -2,
      max: 2,
      interval: 1,
      axisLabel: { inside: true, color: '#4b5565', formatter: (value: number) => text.formatScore(value) },
      splitLine: { lineStyle: { color: '#d5dae2' } },
    },
    series: [
      {
        type: 'line',
        name: text.judged,
        connectNulls: false,
        symbolSize: 12,
        lineStyle: { width: 3, color: LINE },
        label: {
          show: true,
          position: 'top',
          color: '#1b2230',
          formatter: ({ value }) => (typeof value === 'number' ? text.formatScore(value) : ''),
        },
        data: points.map((p) =>
          p.score === null
            ? { value: GAP }
            : {
                value: p.score,
                symbol: p.highPainPoints > 0 ? 'triangle' : 'circle',
                itemStyle: { color: p.highPainPoints > 0 ? PAIN : LINE },
              },
        ),
      },
      ...measured,
    ],
  };
}
