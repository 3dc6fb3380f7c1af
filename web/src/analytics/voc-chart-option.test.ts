import { describe, expect, it } from 'vitest';
import { vocTrendOption } from './voc-chart-option.ts';

describe('vocTrendOption', () => {
  const option = vocTrendOption(
    [
      { start: 'w1', value: 30, low: 10, high: 50, count: 12 },
      { start: 'w2', value: null, low: null, high: null, count: 0 },
    ],
    {
      name: 'NPS',
      low: 'low',
      high: 'high',
      bucketLabel: (s) => s.toUpperCase(),
      formatValue: String,
      range: { min: -100, max: 100 },
    },
  );

  it('draws the score with its interval bounds, gaps where a bucket had no answers', () => {
    expect(option.xAxis).toMatchObject({ data: ['W1', 'W2'] });
    expect((option.series as { name: string; data: unknown[] }[]).map((s) => [s.name, s.data])).toEqual([
      ['NPS', [30, null]],
      ['low', [10, null]],
      ['high', [50, null]],
    ]);
  });

  it('pins the axis to the score’s whole scale', () => {
    expect(option.yAxis).toMatchObject({ min: -100, max: 100 });
  });
});
