import { describe, expect, it } from 'vitest';
import { emotionChartOption, GAP } from './emotion-chart-option.ts';
import { type EmotionPoint, hasEmotionScores, withMeasuredEmotion } from './emotion-curve.ts';

const point = (stageId: string, score: number | null): EmotionPoint => ({
  stageId,
  stageName: stageId.toUpperCase(),
  score,
  cards: score === null ? 0 : 1,
  highPainPoints: 0,
  momentsOfTruth: 0,
});

describe('the measured emotion beside the judged curve', () => {
  const judged = [point('a', 1), point('b', null), point('c', -2)];
  // A voc query by stage: stage a measured +0.5, c unmeasured (null), plus the unassigned group.
  const groups = [
    { key: 'a', emotion: { score: 0.5 } },
    { key: 'c', emotion: { score: null } },
    { key: null, emotion: { score: 2 } },
  ];

  it('puts each stage’s measured score beside the researcher’s, gaps where nothing was measured', () => {
    const points = withMeasuredEmotion(judged, groups);
    expect(points.map((p) => [p.score, p.measured])).toEqual([
      [1, 0.5],
      [null, null],
      [-2, null],
    ]);
  });

  it('draws the curve when only measured scores exist', () => {
    const unjudged = [point('a', null), point('b', null)];
    expect(hasEmotionScores(unjudged)).toBe(false);
    expect(hasEmotionScores(withMeasuredEmotion(unjudged, [{ key: 'b', emotion: { score: -1 } }]))).toBe(
      true,
    );
  });

  it('adds a second, dashed line for the measured scores only when there are some', () => {
    const fmt = { formatScore: String, judged: 'Judged', measured: 'Measured' };
    const without = emotionChartOption(judged, fmt).series as unknown[];
    expect(without).toHaveLength(1);
    const series = emotionChartOption(withMeasuredEmotion(judged, groups), fmt).series as {
      name?: string;
      lineStyle?: { type?: string };
      data: { value: unknown }[];
    }[];
    expect(series).toHaveLength(2);
    expect(series[1]!.name).toBe('Measured');
    expect(series[1]!.lineStyle?.type).toBe('dashed');
    expect(series[1]!.data.map((d) => d.value)).toEqual([0.5, GAP, GAP]);
  });

  it('leaves the curve as it is without a voc result (a shared map, or the query failed)', () => {
    expect(withMeasuredEmotion(judged, null)).toBe(judged);
  });
});
