import { describe, expect, it } from 'vitest';
import { readRetentionRows } from './retention-rows.ts';

const MAR_2 = 1_772_409_600_000_000; // 2026-03-02T00:00:00Z in microseconds
const MAR_3 = MAR_2 + 86_400_000_000;

describe('readRetentionRows', () => {
  it('gathers sizes and returns per cohort, oldest first, groups by rank with "other" last', () => {
    const rows = [
      {
        total: true,
        bd_value: null,
        bd_other: false,
        bd_rank: 0,
        cohort_us: BigInt(MAR_3),
        k: 0,
        n: 1n,
        observed: 3,
      },
      {
        total: true,
        bd_value: null,
        bd_other: false,
        bd_rank: 0,
        cohort_us: BigInt(MAR_2),
        k: 0,
        n: 3n,
        observed: 4,
      },
      {
        total: true,
        bd_value: null,
        bd_other: false,
        bd_rank: 0,
        cohort_us: BigInt(MAR_2),
        k: 2,
        n: 1n,
        observed: null,
      },
      {
        total: false,
        bd_value: null,
        bd_other: true,
        bd_rank: 3n,
        cohort_us: MAR_2,
        k: 0,
        n: 1n,
        observed: 4,
      },
      {
        total: false,
        bd_value: 'google',
        bd_other: false,
        bd_rank: 1n,
        cohort_us: MAR_2,
        k: 0,
        n: 2n,
        observed: 4,
      },
      {
        total: false,
        bd_value: 'google',
        bd_other: false,
        bd_rank: 1n,
        cohort_us: MAR_2,
        k: 2,
        n: 1n,
        observed: null,
      },
    ];
    const { total, groups } = readRetentionRows(rows, 3);
    expect(total.cohorts).toEqual([
      // 4 periods observed, but the spec asked for 3.
      { startUs: MAR_2, size: 3, observed: 3, returns: new Map([[2, 1]]) },
      { startUs: MAR_3, size: 1, observed: 3, returns: new Map() },
    ]);
    expect(groups.map((g) => [g.value, g.other, g.cohorts.length])).toEqual([
      ['google', false, 1],
      [null, true, 1],
    ]);
  });

  it('gives no cohorts when the engine returns no rows', () => {
    expect(readRetentionRows([], 4)).toEqual({
      total: { value: null, other: false, rank: 0, cohorts: [] },
      groups: [],
    });
  });
});
