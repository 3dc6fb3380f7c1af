import { describe, expect, it } from 'vitest';
import type { PainPointsResult } from '../../../src/analytics/insights/pain-points-result.ts';
import { rankPainPoints } from '../../../src/analytics/insights/rank-pain-points.ts';
import { painPointsChartOption } from './pain-points-chart-option.ts';
import { painPointRows, unrankedRows } from './pain-points-table.ts';

// The worked example of rank-pain-points.ts: A reaches 10, 4 move on spending 400, 1 of 2
// feedback answers negative; B reaches 20, 18 move on spending 900, no answers. By hand:
// A: drop-off 6/10 = 60% (scaled 1), people 10 (10/20 = 0.50), value per person 400/4 = 100, at
//    risk 6 × 100 = 600 (scaled 1), feedback 1/2 = 50% (smoothed 2/4 = 0.5, scaled 1) → score 0.50.
// B: drop-off 2/20 = 10% (0.1/0.6 = 0.17), people 20 (1), value 900/18 = 50, at risk 2 × 50 = 100
//    (100/600 = 0.17), no answers (smoothed 1/2, scaled 1) → score 0.17 × 0.17 ≈ 0.03.
const result: PainPointsResult = {
  persons: 30,
  unranked: [
    { touchpointId: 'tp-order', reason: 'last_stage' },
    { touchpointId: 'tp-gone', reason: 'not_measured' },
  ],
  ...rankPainPoints(
    [
      {
        id: 'tp-a',
        stageId: 's1',
        name: 'Cart',
        reach: 10,
        converted: 4,
        continuingValue: 400,
        feedback: { negative: 1, answers: 2 },
      },
      {
        id: 'tp-b',
        stageId: 's2',
        name: 'Delivery',
        reach: 20,
        converted: 18,
        continuingValue: 900,
        feedback: { negative: 0, answers: 0 },
      },
    ],
    { dropOff: 1, peopleAffected: 1, revenueAtRisk: 1, negativeFeedback: 1 },
  ),
};
const stages = new Map([['s1', 'Purchase']]);

describe('painPointRows', () => {
  it('shows every factor raw and scaled, worst first, in English', () => {
    const [a, b] = painPointRows(result, stages, 'en');
    expect(a).toMatchObject({ rank: 1, name: 'Cart', stage: 'Purchase', score: '0.50' });
    expect(a!.factors).toEqual({
      dropOff: { raw: '60%', scaled: '1.00' },
      peopleAffected: { raw: '10', scaled: '0.50' },
      revenueAtRisk: { raw: '600.00', scaled: '1.00' },
      negativeFeedback: { raw: '50%', scaled: '1.00' },
    });
    expect(b).toMatchObject({ rank: 2, name: 'Delivery', stage: 's2', score: '0.03' });
    expect(b!.factors).toEqual({
      dropOff: { raw: '10%', scaled: '0.17' },
      peopleAffected: { raw: '20', scaled: '1.00' },
      revenueAtRisk: { raw: '100.00', scaled: '0.17' },
      negativeFeedback: { raw: '—', scaled: '1.00' },
    });
  });

  it('gives the "why it ranks" values, with the strongest factor and no feedback said as such', () => {
    const [a, b] = painPointRows(result, stages, 'en');
    expect(a!.why).toEqual({
      dropOffRate: '60%',
      reach: '10',
      dropped: '6',
      atRisk: '600.00',
      valuePerPerson: '100.00',
      feedback: { negative: '1', answers: '2' },
      strongest: 'dropOff',
    });
    expect(b!.why.feedback).toBeNull();
    expect(b!.why.strongest).toBe('peopleAffected');
  });

  it('writes numbers as Polish does', () => {
    const [a] = painPointRows(result, stages, 'pl');
    expect(a!.score).toBe('0,50');
    expect(a!.factors.revenueAtRisk.raw).toBe('600,00');
  });

  it('marks a factor left out of the score (no data anywhere) as not scaled', () => {
    const noFeedback: PainPointsResult = {
      persons: 10,
      unranked: [],
      ...rankPainPoints(
        [
          {
            id: 'tp-a',
            stageId: 's1',
            name: 'Cart',
            reach: 10,
            converted: 4,
            continuingValue: 400,
            feedback: { negative: 0, answers: 0 },
          },
        ],
        { dropOff: 1, peopleAffected: 1, revenueAtRisk: 1, negativeFeedback: 1 },
      ),
    };
    const [a] = painPointRows(noFeedback, stages, 'en');
    expect(a!.factors.negativeFeedback).toEqual({ raw: '—', scaled: null });
  });
});

describe('unrankedRows', () => {
  it('names each touchpoint from the map, keeping an id the map no longer has', () => {
    expect(unrankedRows(result, new Map([['tp-order', 'Online order']]))).toEqual([
      { touchpointId: 'tp-order', name: 'Online order', reason: 'last_stage' },
      { touchpointId: 'tp-gone', name: 'tp-gone', reason: 'not_measured' },
    ]);
  });
});

describe('painPointsChartOption', () => {
  it('draws the worst touchpoint at the top (category axes start at the bottom)', () => {
    const option = painPointsChartOption(result, { score: 'Score', formatScore: String }) as {
      yAxis: { data: string[] };
      series: { data: number[] }[];
    };
    expect(option.yAxis.data).toEqual(['Delivery', 'Cart']);
    expect(option.series[0]!.data[1]).toBeCloseTo(0.5, 10);
  });
});
