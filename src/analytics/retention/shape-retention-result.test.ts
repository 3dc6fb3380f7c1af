import { describe, expect, it } from 'vitest';
import { retentionCohort, shapeRetentionResult } from './shape-retention-result.ts';

const MAR_2 = 1_772_409_600_000_000;

describe('retentionCohort', () => {
  it('lists the periods that have begun, period 0 being the size, with rates', () => {
    expect(
      retentionCohort({
        startUs: MAR_2,
        size: 4,
        observed: 4,
        returns: new Map([
          [1, 2],
          [3, 1],
        ]),
      }),
    ).toEqual({ start: '2026-03-02T00:00:00.000Z', size: 4, values: [4, 2, 0, 1], rates: [1, 0.5, 0, 0.25] });
  });

  it('cuts the list at the periods observed: the current period is the last', () => {
    const c = retentionCohort({ startUs: MAR_2, size: 2, observed: 2, returns: new Map([[1, 1]]) });
    expect(c.values).toEqual([2, 1]);
  });
});

describe('shapeRetentionResult', () => {
  const group = { value: null, other: false, rank: 0, cohorts: [] };
  it('has no breakdown without one in the spec', () => {
    expect(shapeRetentionResult({}, { total: group, groups: [] })).toEqual({ cohorts: [] });
  });

  it('labels the other group and keeps unset values as null', () => {
    const result = shapeRetentionResult(
      { breakdown: { on: 'property', name: 'source', limit: 1 } },
      {
        total: group,
        groups: [
          { ...group, value: 'google', rank: 1 },
          { ...group, other: true, rank: 2 },
          { ...group, rank: 3 },
        ],
      },
    );
    expect(result.breakdown).toEqual([
      { value: 'google', cohorts: [] },
      { value: 'other', other: true, cohorts: [] },
      { value: null, cohorts: [] },
    ]);
  });
});
