import { describe, expect, it } from 'vitest';
import type { FunnelStepResult } from '../../../src/analytics/funnel/funnel-result.ts';
import { funnelChartOption, overTimeChartOption } from './funnel-chart-option.ts';

const step = (label: string, count: number, dropOff: number): FunnelStepResult => ({
  event: label,
  label,
  count,
  conversionRate: 0,
  stepConversionRate: 0,
  dropOff,
  dropOffRate: 0,
  avgSecondsFromPrevious: null,
  medianSecondsFromPrevious: null,
});

describe('funnelChartOption', () => {
  const option = funnelChartOption([step('Viewed', 196, 0), step('Bought', 85, 111)], {
    reached: 'Reached',
    dropped: 'Dropped off',
    formatCount: (n) => `#${n}`,
  });
  const series = option.series as { name: string; data: number[]; stack: string }[];

  it('stacks the dropped persons on the reached ones, so each bar is as tall as the step before', () => {
    expect(series.map((s) => [s.name, s.data, s.stack])).toEqual([
      ['Reached', [196, 85], 'funnel'],
      ['Dropped off', [0, 111], 'funnel'],
    ]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['1. Viewed', '2. Bought']);
    expect(option.animation).toBe(false);
  });

  it('writes numbers with the given formatter', () => {
    const axis = option.yAxis as { axisLabel: { formatter: (v: number) => string } };
    expect(axis.axisLabel.formatter(1000)).toBe('#1000');
  });
});

describe('overTimeChartOption', () => {
  it('draws the conversion per bucket on a fixed 0..1 scale', () => {
    const option = overTimeChartOption(
      [
        { start: 'Aug 24, 2026', entered: '10', completed: '4', conversion: '40%', rate: 0.4 },
        { start: 'Aug 31, 2026', entered: '5', completed: '1', conversion: '20%', rate: 0.2 },
      ],
      { conversion: 'Conversion', formatPercent: (f) => `${f * 100} %` },
    );
    expect((option.xAxis as { data: string[] }).data).toEqual(['Aug 24, 2026', 'Aug 31, 2026']);
    expect((option.series as { data: number[] }[])[0]!.data).toEqual([0.4, 0.2]);
    const axis = option.yAxis as {
      min: number;
      max: number;
      axisLabel: { formatter: (v: number) => string };
    };
    expect([axis.min, axis.max, axis.axisLabel.formatter(0.5)]).toEqual([0, 1, '50 %']);
  });
});
