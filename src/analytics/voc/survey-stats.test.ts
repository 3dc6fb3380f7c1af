import { describe, expect, it } from 'vitest';
import { normalQuantile, tQuantile } from './normal-quantile.ts';
import { cesStats, csatStats, npsStats } from './survey-stats.ts';

describe('quantiles', () => {
  it('match the printed tables', () => {
    // Standard normal table: z(0.975) = 1.959964, z(0.95) = 1.644854, z(0.995) = 2.575829.
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 6);
    expect(normalQuantile(0.005)).toBeCloseTo(-2.575829, 6);
    // Student's t table (two-sided 95%): df 1 12.706, 2 4.303, 4 2.776, 9 2.262, 30 2.042.
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.706, 3);
    expect(tQuantile(0.975, 2)).toBeCloseTo(4.303, 3);
    expect(tQuantile(0.975, 4)).toBeCloseTo(2.776, 2);
    expect(tQuantile(0.975, 9)).toBeCloseTo(2.262, 3);
    expect(tQuantile(0.975, 30)).toBeCloseTo(2.042, 3);
  });
});

describe('npsStats', () => {
  it('scores 50 promoters, 30 passives and 20 detractors as 30 with the adjusted-Wald interval', () => {
    // By hand: n' = 103, p' = 50.75/103 = 0.492718, d' = 20.75/103 = 0.201456, p' − d' = 0.291262,
    // Var = (0.694175 − 0.084834)/103 = 0.00591594, se = 0.0769152, 1.959964·se = 0.150751
    // → 29.1262 ± 15.0751 = 14.0511..44.2013.
    const s = npsStats({ count: 100, promoters: 50, detractors: 20 });
    expect(s.value).toBe(30);
    expect(s.passives).toBe(30);
    expect(s.ci?.low).toBeCloseTo(14.0511, 3);
    expect(s.ci?.high).toBeCloseTo(44.2013, 3);
    expect(s.ci?.level).toBe(0.95);
  });

  it('keeps the interval inside −100..100 when everyone is a promoter', () => {
    // n' = 8, p' = 5.75/8 = 0.71875, d' = 0.75/8 = 0.09375, Var = (0.8125 − 0.390625)/8 = 0.0527344,
    // se = 0.229640, margin = 0.450086 → 17.49..107.5, clamped to 100.
    const s = npsStats({ count: 5, promoters: 5, detractors: 0 });
    expect(s.value).toBe(100);
    expect(s.ci?.low).toBeCloseTo(17.49, 1);
    expect(s.ci?.high).toBe(100);
  });

  it('is null, not zero, without responses', () => {
    expect(npsStats({ count: 0, promoters: 0, detractors: 0 })).toEqual({
      value: null,
      count: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      ci: null,
    });
  });

  it('widens the interval at a higher confidence level', () => {
    const c = { count: 100, promoters: 50, detractors: 20 };
    const w95 = npsStats(c, 0.95).ci!;
    const w99 = npsStats(c, 0.99).ci!;
    expect(w99.high - w99.low).toBeGreaterThan(w95.high - w95.low);
  });
});

describe('csatStats', () => {
  it('gives 8 satisfied of 10 the Wilson interval', () => {
    // By hand: z² = 3.841459, z²/n = 0.384146, centre = (0.8 + 0.192073)/1.384146 = 0.716740,
    // half = 1.959964·√(0.016 + 0.00960365)/1.384146 = 0.226578 → 0.4902..0.9433.
    const s = csatStats(10, 8);
    expect(s.value).toBe(0.8);
    expect(s.ci?.low).toBeCloseTo(0.4902, 4);
    expect(s.ci?.high).toBeCloseTo(0.9433, 4);
  });

  it('gives an all-satisfied sample an interval that ends at 1 and starts below it', () => {
    // 5 of 5: centre = (1 + 0.384146)/(1 + 0.768292) = 0.782752, half = 1.959964·√(0.0384146)/1.768292
    // = 0.217248 → 0.5655..1.
    const s = csatStats(5, 5);
    expect(s.ci?.low).toBeCloseTo(0.5655, 4);
    expect(s.ci?.high).toBeCloseTo(1, 9);
  });

  it('is null without responses', () => {
    expect(csatStats(0, 0).value).toBeNull();
  });
});

describe('cesStats', () => {
  it('gives the mean with a t interval clamped to the scale', () => {
    // 5, 6, 7: mean 6, sd 1, t(0.975, 2) = 4.302653, margin = 4.302653/√3 = 2.484138 → 3.515862..8.48 → ..7.
    const s = cesStats({ count: 3, sum: 18, sumOfSquares: 110 }, { min: 1, max: 7 });
    expect(s.value).toBe(6);
    expect(s.sd).toBeCloseTo(1, 12);
    expect(s.ci?.low).toBeCloseTo(3.515862, 5);
    expect(s.ci?.high).toBe(7);
  });

  it('has a mean but no interval from one response', () => {
    const s = cesStats({ count: 1, sum: 4, sumOfSquares: 16 }, { min: 1, max: 7 });
    expect(s.value).toBe(4);
    expect(s.ci).toBeNull();
  });
});
