import { describe, expect, it } from 'vitest';
import { kpiOverTimeOption } from './kpi-chart-option.ts';

describe('kpiOverTimeOption', () => {
  const option = kpiOverTimeOption(
    [
      { start: '2026-03-02T00:00:00.000Z', kpi: { value: 0.25, count: 8 } },
      { start: '2026-03-09T00:00:00.000Z', kpi: { value: null, count: 0 } },
    ],
    { name: 'Conversion', bucketLabel: (s) => s.slice(5, 10), formatValue: (v) => `${v * 100}%` },
  );

  it('draws one point per bucket, leaving unmeasured buckets as gaps, not zeros', () => {
    const series = option.series as { data: (number | null)[]; connectNulls: boolean }[];
    expect(series[0]!.data).toEqual([0.25, null]);
    expect(series[0]!.connectNulls).toBe(false);
    expect((option.xAxis as { data: string[] }).data).toEqual(['03-02', '03-09']);
  });
});
