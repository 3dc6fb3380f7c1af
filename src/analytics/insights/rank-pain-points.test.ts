import { describe, expect, it } from 'vitest';
import { rankPainPoints, type TouchpointOutcome } from './rank-pain-points.ts';

const ALL = { dropOff: 1, peopleAffected: 1, revenueAtRisk: 1, negativeFeedback: 1 };
const tp = (id: string, o: Partial<TouchpointOutcome>): TouchpointOutcome => ({
  id,
  stageId: 's',
  name: id,
  reach: 10,
  converted: 5,
  continuingValue: 0,
  feedback: { negative: 0, answers: 0 },
  ...o,
});

describe('rankPainPoints', () => {
  it('multiplies the four factors, each scaled by its largest value (the doc example)', () => {
    // A: D 6 of 10 (.6), V 400/4 = 100, at risk 600, 1 of 2 negative → smoothed 2/4 = .5.
    // B: D 2 of 20 (.1), V 900/18 = 50, at risk 100, no answers → smoothed 1/2 = .5.
    // A = 1 × 10/20 × 1 × 1 = .5; B = (.1/.6) × 1 × (100/600) × 1 = 1/36.
    const { painPoints, factorsUsed } = rankPainPoints(
      [
        tp('B', { reach: 20, converted: 18, continuingValue: 900 }),
        tp('A', { reach: 10, converted: 4, continuingValue: 400, feedback: { negative: 1, answers: 2 } }),
      ],
      ALL,
    );
    expect(factorsUsed).toEqual(['dropOff', 'peopleAffected', 'revenueAtRisk', 'negativeFeedback']);
    expect(painPoints.map((p) => [p.touchpointId, p.rank])).toEqual([
      ['A', 1],
      ['B', 2],
    ]);
    expect(painPoints[0]!.score).toBeCloseTo(0.5, 12);
    expect(painPoints[1]!.score).toBeCloseTo(1 / 36, 12);
    expect(painPoints[0]!.factors.revenueAtRisk).toEqual({ raw: 600, normalised: 1, weight: 1 });
    expect(painPoints[1]!.factors.negativeFeedback).toEqual({ raw: null, normalised: 1, weight: 1 });
    expect(painPoints[0]!.explanation).toBe(
      '60% of 10 people drop off after it; 600 revenue at risk; 1 of 2 feedback answers negative',
    );
  });

  it('leaves out a factor nobody has data for, instead of zeroing every score', () => {
    // No order values and no feedback anywhere: rank by drop-off × people only.
    // A: .5 of 10 → 1 × .5 = .5; B: .25 of 20 → .5 × 1 = .5. Both drop 5 persons: map order.
    const { painPoints, factorsUsed } = rankPainPoints(
      [tp('A', { reach: 10, converted: 5 }), tp('B', { reach: 20, converted: 15 })],
      ALL,
    );
    expect(factorsUsed).toEqual(['dropOff', 'peopleAffected']);
    expect(painPoints.map((p) => p.score)).toEqual([0.5, 0.5]);
    expect(painPoints.map((p) => p.touchpointId)).toEqual(['A', 'B']);
    expect(painPoints[0]!.factors.revenueAtRisk.normalised).toBeNull();
  });

  it('weights are exponents: 0 drops a factor, 2 squares it', () => {
    // A: drop-off .8, reach 10; B: drop-off .4, reach 40. By drop-off² only: A 1, B .25.
    const outcomes = [tp('A', { reach: 10, converted: 2 }), tp('B', { reach: 40, converted: 24 })];
    const ranked = rankPainPoints(outcomes, { ...ALL, dropOff: 2, peopleAffected: 0 });
    expect(ranked.factorsUsed).toEqual(['dropOff']);
    expect(ranked.painPoints.map((p) => [p.touchpointId, p.score])).toEqual([
      ['A', 1],
      ['B', 0.25],
    ]);
  });

  it('values revenue at risk with the map-wide average when nobody moved on from a touchpoint', () => {
    // A: nobody converted (D 10); B: 5 converted worth 500 → map-wide 500/5 = 100 per person.
    const { painPoints } = rankPainPoints(
      [tp('A', { reach: 10, converted: 0 }), tp('B', { reach: 10, converted: 5, continuingValue: 500 })],
      ALL,
    );
    const a = painPoints.find((p) => p.touchpointId === 'A')!;
    expect(a.valuePerContinuingPerson).toBe(100);
    expect(a.factors.revenueAtRisk.raw).toBe(1000);
  });

  it('does not rank a touchpoint nobody reached', () => {
    expect(rankPainPoints([tp('A', { reach: 0, converted: 0 })], ALL).painPoints).toEqual([]);
  });
});
