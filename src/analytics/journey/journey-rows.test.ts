import { describe, expect, it } from 'vitest';
import { planJourney } from './journey-plan.ts';
import { readJourneyRows, readSurveyRows } from './journey-rows.ts';

const planned = planJourney('m', {
  stages: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
  touchpoints: [
    { id: 't1', stageId: 'a', channel: 'web', name: 't1', event: { event: 'X', where: [] } },
    { id: 't2', stageId: 'b', channel: 'web', name: 't2', event: { event: 'Y', where: [] } },
  ],
});
if (!planned.ok) throw new Error('plan failed');
const plan = planned.plan;

describe('readJourneyRows', () => {
  it('reads engine values (bigint counts, null medians) by touchpoint index and stage rank', () => {
    const rows = [
      {
        persons: 5n,
        r1: 4n,
        v1: 9n,
        c1: 3n,
        md1: 90.5,
        r2: 3n,
        v2: 3n,
        p1: 4n,
        cs1: 3n,
        ms1: null,
        p2: 3n,
        mn1_2: 4,
        mp1_2: 3,
        mn2_1: 3n,
        mp2_1: 2n,
      },
    ];
    const read = readJourneyRows(rows, plan);
    expect(read.persons).toBe(5);
    expect(read.touchpoints.get(1)).toEqual({ persons: 4, volume: 9, converted: 3, medianSeconds: 90.5 });
    // The last stage has nothing to convert to: null, whatever the row holds.
    expect(read.touchpoints.get(2)).toEqual({ persons: 3, volume: 3, converted: null, medianSeconds: null });
    expect(read.stages.get(1)).toEqual({ persons: 4, converted: 3, medianSeconds: null });
    expect(read.stages.get(2)).toEqual({ persons: 3, converted: null, medianSeconds: null });
    // Moves sorted by from, then to.
    expect(read.moves).toEqual([
      { fromRank: 1, toRank: 2, count: 4, persons: 3 },
      { fromRank: 2, toRank: 1, count: 3, persons: 2 },
    ]);
  });

  it('leaves out the pairs nobody moved between', () => {
    const read = readJourneyRows([{ persons: 1n, mn1_2: 0n, mp1_2: 0n, mn2_1: 1n, mp2_1: 1n }], plan);
    expect(read.moves).toEqual([{ fromRank: 2, toRank: 1, count: 1, persons: 1 }]);
  });

  it('reads no rows as zeros', () => {
    const read = readJourneyRows([], plan);
    expect(read.persons).toBe(0);
    expect(read.touchpoints.get(1)).toEqual({ persons: 0, volume: 0, converted: 0, medianSeconds: null });
    expect(read.moves).toEqual([]);
  });
});

describe('readSurveyRows', () => {
  it('reads answer counts by touchpoint id', () => {
    const rows = [{ touchpoint: 't1', nps_n: 5n, promoters: 3n, detractors: 1n, csat_n: 0n, satisfied: 0n }];
    expect(readSurveyRows(rows).get('t1')).toEqual({
      npsCount: 5,
      promoters: 3,
      detractors: 1,
      csatCount: 0,
      satisfied: 0,
    });
  });
});
