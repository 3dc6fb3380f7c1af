import { describe, expect, it } from 'vitest';
import { readFunnelRows } from './funnel-rows.ts';

describe('readFunnelRows', () => {
  it('reads engine values (bigint counts, null times, id lists) into groups', () => {
    const rows = [
      { total: false, bd_value: 'b', bd_other: false, bd_rank: 2n, c1: 1n, c2: 0n, avg2: null, med2: null },
      { total: true, bd_value: null, bd_other: false, bd_rank: 0, c1: 3n, c2: 1n, avg2: 60, med2: 60 },
      { total: false, bd_value: null, bd_other: true, bd_rank: 3n, c1: 1n, c2: 0n, avg2: null, med2: null },
      { total: false, bd_value: 'a', bd_other: false, bd_rank: 1n, c1: 1n, c2: 1n, avg2: 60, med2: 60 },
    ];
    const { total, groups } = readFunnelRows(rows, 2, false);
    expect(total).toEqual({
      total: true,
      bucket: null,
      value: null,
      other: false,
      rank: 0,
      counts: [3, 1],
      avgSeconds: [null, 60],
      medianSeconds: [null, 60],
    });
    // By rank, "other" last.
    expect(groups.map((g) => [g.value, g.other])).toEqual([
      ['a', false],
      ['b', false],
      [null, true],
    ]);
  });

  it('reads person id lists per step', () => {
    const rows = [
      {
        total: true,
        c1: 2n,
        c2: 1n,
        reached1: ['p1', 'p2'],
        dropped1: [],
        reached2: ['p1'],
        dropped2: ['p2'],
      },
    ];
    expect(readFunnelRows(rows, 2, true).total.persons).toEqual([
      { converted: ['p1', 'p2'], dropped: [] },
      { converted: ['p1'], dropped: ['p2'] },
    ]);
  });

  it('gives an empty total when the engine returns no rows', () => {
    const { total, groups } = readFunnelRows([], 2, true);
    expect(total.counts).toEqual([0, 0]);
    expect(total.persons).toEqual([
      { converted: [], dropped: [] },
      { converted: [], dropped: [] },
    ]);
    expect(groups).toEqual([]);
  });
});
