import { describe, expect, it } from 'vitest';
import type { FunnelGroupRow } from './funnel-rows.ts';
import { funnelSteps, shapeFunnelResult } from './shape-funnel-result.ts';

const spec = {
  steps: [
    { event: 'Viewed', where: [] },
    { event: 'Added', where: [], label: 'Cart' },
    { event: 'Bought', where: [] },
  ],
};

const group = (counts: number[], extra: Partial<FunnelGroupRow> = {}): FunnelGroupRow => ({
  total: false,
  value: null,
  other: false,
  rank: 1,
  bucket: null,
  counts,
  avgSeconds: [null, 120, 30],
  medianSeconds: [null, 90, 30],
  ...extra,
});

describe('funnelSteps', () => {
  it('derives rates and drop-off from the counts', () => {
    // 10 enter, 4 add to cart (6 drop), 1 buys (3 drop).
    expect(funnelSteps(spec, group([10, 4, 1]))).toEqual([
      {
        event: 'Viewed',
        label: 'Viewed',
        count: 10,
        conversionRate: 1,
        stepConversionRate: 1,
        dropOff: 0,
        dropOffRate: 0,
        avgSecondsFromPrevious: null,
        medianSecondsFromPrevious: null,
      },
      {
        event: 'Added',
        label: 'Cart',
        count: 4,
        conversionRate: 0.4,
        stepConversionRate: 0.4,
        dropOff: 6,
        dropOffRate: 0.6,
        avgSecondsFromPrevious: 120,
        medianSecondsFromPrevious: 90,
      },
      {
        event: 'Bought',
        label: 'Bought',
        count: 1,
        conversionRate: 0.1,
        stepConversionRate: 0.25,
        dropOff: 3,
        dropOffRate: 0.75,
        avgSecondsFromPrevious: 30,
        medianSecondsFromPrevious: 30,
      },
    ]);
  });

  it('gives 0 rather than NaN when nobody entered or nobody reached the previous step', () => {
    const steps = funnelSteps(
      spec,
      group([0, 0, 0], { avgSeconds: [null, null, null], medianSeconds: [null, null, null] }),
    );
    expect(steps.map((s) => [s.conversionRate, s.stepConversionRate, s.dropOffRate])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(steps[2]?.avgSecondsFromPrevious).toBeNull();
  });

  it('passes person ids through when they were asked for', () => {
    const persons = [
      { converted: ['a', 'b'], dropped: [] },
      { converted: ['a'], dropped: ['b'] },
      { converted: [], dropped: ['a'] },
    ];
    expect(funnelSteps(spec, group([2, 1, 0], { persons })).map((s) => s.persons)).toEqual(persons);
  });
});

describe('shapeFunnelResult', () => {
  it('has no breakdown without one in the spec', () => {
    expect(shapeFunnelResult(spec, { total: group([3, 2, 1]), groups: [] })).not.toHaveProperty('breakdown');
  });

  it('labels the other group and keeps unset values as null', () => {
    const result = shapeFunnelResult(
      { ...spec, breakdown: { on: 'property', name: 'source', limit: 1 } },
      {
        total: group([6, 3, 1]),
        groups: [group([3, 2, 1], { value: 'google' }), group([2, 1, 0], { other: true }), group([1, 0, 0])],
      },
    );
    expect(result.breakdown?.map((g) => [g.value, g.other, g.steps[0]?.count])).toEqual([
      ['google', undefined, 3],
      ['other', true, 2],
      [null, undefined, 1],
    ]);
  });
});
