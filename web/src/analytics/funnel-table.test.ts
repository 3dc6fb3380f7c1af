import { describe, expect, it } from 'vitest';
import type { FunnelStepResult } from '../../../src/analytics/funnel/funnel-result.ts';
import { breakdownRows, formatBucketStart, funnelTableRows, overTimeRows } from './funnel-table.ts';

const step = (over: Partial<FunnelStepResult>): FunnelStepResult => ({
  event: 'E',
  label: 'E',
  count: 0,
  conversionRate: 1,
  stepConversionRate: 1,
  dropOff: 0,
  dropOffRate: 0,
  avgSecondsFromPrevious: null,
  medianSecondsFromPrevious: null,
  ...over,
});

const viewed = step({ event: 'Product Viewed', label: 'Product Viewed', count: 1196 });
const bought = step({
  event: 'Order Completed',
  label: 'Bought',
  count: 85,
  conversionRate: 85 / 1196,
  stepConversionRate: 85 / 1196,
  dropOff: 1111,
  dropOffRate: 1111 / 1196,
  medianSecondsFromPrevious: 9000,
});

describe('funnelTableRows', () => {
  it('writes every figure in English', () => {
    expect(funnelTableRows([viewed, bought], 'en')).toEqual([
      {
        step: 1,
        label: 'Product Viewed',
        count: '1,196',
        conversion: '100%',
        stepConversion: '—',
        dropOff: '—',
        dropOffRate: '—',
        medianTime: '—',
        dropOffCount: 0,
      },
      {
        step: 2,
        label: 'Bought',
        count: '85',
        conversion: '7.1%',
        stepConversion: '7.1%',
        dropOff: '1,111',
        dropOffRate: '92.9%',
        medianTime: '2.5 hr',
        dropOffCount: 1111,
      },
    ]);
  });

  it('and in Polish', () => {
    const [first, second] = funnelTableRows([viewed, bought], 'pl');
    expect(first!.count).toBe('1196'); // Polish groups digits from five digits on
    expect(second!.conversion).toBe('7,1%');
    expect(second!.dropOff).toBe('1111');
    expect(second!.medianTime).toBe('2,5 godz.');
  });
});

describe('breakdownRows', () => {
  it('gives each group its counts and its overall conversion, "other" and "not set" kept apart', () => {
    const rows = breakdownRows(
      [
        { value: 'web', steps: [step({ count: 100 }), step({ count: 40, conversionRate: 0.4 })] },
        { value: null, steps: [step({ count: 3 }), step({ count: 0, conversionRate: 0 })] },
        { value: 'other', other: true, steps: [step({ count: 2 }), step({ count: 1, conversionRate: 0.5 })] },
      ],
      'en',
    );
    expect(rows).toEqual([
      { value: 'web', other: false, counts: ['100', '40'], conversion: '40%' },
      { value: null, other: false, counts: ['3', '0'], conversion: '0%' },
      { value: 'other', other: true, counts: ['2', '1'], conversion: '50%' },
    ]);
  });
});

describe('overTimeRows', () => {
  it('dates each bucket in the zone it was cut in, with entered, completed and conversion', () => {
    const rows = overTimeRows(
      [
        {
          start: '2026-08-23T22:00:00.000Z', // Monday 24 August, midnight in Warsaw
          steps: [step({ count: 10 }), step({ count: 4, conversionRate: 0.4 })],
        },
      ],
      'week',
      'en',
      'Europe/Warsaw',
    );
    expect(rows).toEqual([
      { start: 'Aug 24, 2026', entered: '10', completed: '4', conversion: '40%', rate: 0.4 },
    ]);
  });

  it('writes months as month and year, in the language', () => {
    expect(formatBucketStart('2026-09-01T00:00:00Z', 'month', 'en', 'UTC')).toBe('Sep 2026');
    expect(formatBucketStart('2026-09-01T00:00:00Z', 'month', 'pl', 'UTC')).toBe('wrz 2026');
    expect(formatBucketStart('not a date', 'day', 'en', 'UTC')).toBe('not a date');
  });
});
