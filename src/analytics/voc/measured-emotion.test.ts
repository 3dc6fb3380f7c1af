import { describe, expect, it } from 'vitest';
import { measuredEmotion } from './measured-emotion.ts';
import { cesStats, csatStats, npsStats } from './survey-stats.ts';

describe('measuredEmotion', () => {
  it('maps each source’s neutral point to 0 and its extremes to ±2', () => {
    expect(measuredEmotion({ nps: npsStats({ count: 4, promoters: 0, detractors: 4 }) }).score).toBe(-2);
    expect(measuredEmotion({ nps: npsStats({ count: 4, promoters: 2, detractors: 2 }) }).score).toBe(0);
    expect(measuredEmotion({ csat: csatStats(10, 10) }).score).toBe(2);
    expect(measuredEmotion({ csat: csatStats(10, 5) }).score).toBe(0);
    // CES mean 4 on 1–7 is the midpoint; mean 7 the top.
    expect(
      measuredEmotion({ ces: cesStats({ count: 2, sum: 8, sumOfSquares: 32 }, { min: 1, max: 7 }) }).score,
    ).toBe(0);
    expect(
      measuredEmotion({ ces: cesStats({ count: 1, sum: 7, sumOfSquares: 49 }, { min: 1, max: 7 }) }).score,
    ).toBe(2);
    expect(measuredEmotion({ sentiment: { mean: -0.5, count: 3 } }).score).toBe(-1);
  });

  it('weights the sources by how many answers and texts each has', () => {
    // NPS: 30 promoters, 10 detractors of 100 = +20 → 0.4, over 100 answers;
    // sentiment −0.25 → −0.5 over 50: (40 − 25) / 150 = 0.1.
    const e = measuredEmotion({
      nps: npsStats({ count: 100, promoters: 30, detractors: 10 }),
      sentiment: { mean: -0.25, count: 50 },
    });
    expect(e.score).toBeCloseTo(0.1, 12);
    expect(e.basis).toBe(150);
  });

  it('is a gap, not neutral, without answers or texts', () => {
    expect(
      measuredEmotion({
        nps: npsStats({ count: 0, promoters: 0, detractors: 0 }),
        sentiment: { mean: null, count: 0 },
      }),
    ).toEqual({ score: null, basis: 0 });
  });
});
