import { ATTRIBUTION_MODELS } from './attribution-form.ts';
import type { CreditRow } from './attribution-table.ts';
import type { FunnelChartOption } from './funnel-chart-option.ts';

// One colour per model, in ATTRIBUTION_MODELS order (so a model keeps its colour whichever others
// are compared): the heuristic models in muted blues and greys, the data-driven ones (markov,
// shapley) in strong colours, so they stand out.
const MODEL_COLOURS = [
  '#9db4d9',
  '#6f8fc4',
  '#4a6fae',
  '#8a94a6',
  '#5f6b7f',
  '#b7c2d3',
  '#c0392b',
  '#1e7d4f',
];
const TEXT = '#1b2230';
const MUTED = '#4b5565';
const GRID_LINE = '#d5dae2';

/**
 * The models side by side as grouped bars: one group per channel (most credited first), one bar
 * per model, so how the models disagree on a channel is seen at a glance.
 * Example: rows `[{ channel: 'web', credits: [73, 37.7] }]` with models `['last_touch',
 * 'markov']` → x axis `['web']`, two series named by `text.modelName`.
 */
export function attributionChartOption(
  rows: readonly CreditRow[],
  models: readonly string[],
  text: {
    modelName: (model: string) => string;
    channelName: (channel: string) => string;
    formatValue: (value: number) => string;
  },
): FunnelChartOption {
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: TEXT } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => (typeof v === 'number' ? text.formatValue(v) : String(v)),
    },
    xAxis: {
      type: 'category',
      data: rows.map((r) => text.channelName(r.channel)),
      axisLabel: { color: TEXT, interval: 0, rotate: rows.length > 8 ? 30 : 0 },
    },
    yAxis: {
      type: 'value',
      axisLabel: { color: MUTED, formatter: (value: number) => text.formatValue(value) },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    series: models.map((model, m) => ({
      name: text.modelName(model),
      type: 'bar',
      itemStyle: { color: modelColour(model) },
      data: rows.map((r) => r.credits[m] ?? 0),
    })),
  };
}

/** A model's bar colour; a model this build does not know gets the last grey. */
export function modelColour(model: string): string {
  const i = (ATTRIBUTION_MODELS as readonly string[]).indexOf(model);
  return MODEL_COLOURS[i] ?? MODEL_COLOURS[5]!;
}
