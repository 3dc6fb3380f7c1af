import { describe, expect, it } from 'vitest';
import { emotionChartOption, GAP } from './emotion-chart-option.ts';
import type { EmotionPoint } from './emotion-curve.ts';

const point = (stageName: string, score: number | null, highPainPoints = 0): EmotionPoint => ({
  stageId: stageName,
  stageName,
  score,
  cards: score === null ? 0 : 1,
  highPainPoints,
  momentsOfTruth: 0,
});

describe('emotionChartOption', () => {
  const option = emotionChartOption([point('A', 2), point('B', null), point('C', -1.5, 1)], {
    formatScore: (s) => `[${s}]`,
  });
  const series = (option.series as { data: { value: unknown; symbol?: string }[] }[])[0]!;

  it('draws one point per stage, in order, without animation', () => {
    expect(option.animation).toBe(false);
    expect((option.xAxis as { data: string[] }).data).toEqual(['A', 'B', 'C']);
    expect(series.data.map((d) => d.value)).toEqual([2, GAP, -1.5]);
  });

  it('keeps the scale at −2..+2 whatever the scores', () => {
    expect(option.yAxis).toMatchObject({ min: -2, max: 2, interval: 1 });
  });

  it('marks stages with a high-severity pain point', () => {
    expect(series.data.map((d) => d.symbol)).toEqual(['circle', undefined, 'triangle']);
  });
});
