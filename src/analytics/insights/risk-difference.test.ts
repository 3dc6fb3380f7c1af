import { describe, expect, it } from 'vitest';
import { mantelHaenszelRiskDifference, newcombeDifference, wilson } from './risk-difference.ts';

describe('newcombeDifference', () => {
  // Newcombe 1998 (Stat Med 17:873–890), table II, method 10 (hybrid score, no continuity correction).
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
  ])('%i/%i − %i/%i → %f..%f as published', (x1, n1, x0, n0, low, high) => {
    const d = newcombeDifference(x1, n1, x0, n0)!;
    expect(d.difference).toBeCloseTo(x1 / n1 - x0 / n0, 12);
    expect(d.low).toBeCloseTo(low, 4);
    expect(d.high).toBeCloseTo(high, 4);
  });

  it('has nothing to say about an empty group', () => {
    expect(newcombeDifference(3, 4, 0, 0)).toBeNull();
  });
});

describe('wilson', () => {
  it('stays inside 0..1 at the edges, where the Wald interval collapses', () => {
    // Wilson 1927 at p̂ = 0, n = 10: upper bound z²/(n + z²) = 3.8415/13.8415 = 0.2775.
    const w = wilson(0, 10);
    expect(w.low).toBe(0);
    expect(w.high).toBeCloseTo(0.2775, 4);
  });
});

describe('mantelHaenszelRiskDifference', () => {
  it('pools strata with Mantel-Haenszel weights and the Greenland-Robins variance', () => {
    // Stratum 1: 1/2 vs 1/2; stratum 2: 2/2 vs 1/2. Weights n1·n0/N = 1 each; RD = (0 + (2·2 −
    // 1·2)/4) / 2 = .25. Variance terms (a·b·n0³ + c·d·n1³)/(n1·n0·N²): (8 + 8)/64 = .25 and
    // (0 + 8)/64 = .125; Var = .375 / 2² = .09375, se = .30619; ± 1.96 se.
    const d = mantelHaenszelRiskDifference([
      { a: 1, n1: 2, c: 1, n0: 2 },
      { a: 2, n1: 2, c: 1, n0: 2 },
    ])!;
    expect(d.difference).toBeCloseTo(0.25, 12);
    expect(d.low).toBeCloseTo(0.25 - 1.959964 * 0.306186, 5);
    expect(d.high).toBeCloseTo(0.25 + 1.959964 * 0.306186, 5);
  });

  it('with one stratum is the plain difference with its Wald interval', () => {
    // 30/50 − 20/50 = .2; Wald se √(.6·.4/50 + .4·.6/50) = √.0096 = .09798.
    const d = mantelHaenszelRiskDifference([{ a: 30, n1: 50, c: 20, n0: 50 }])!;
    expect(d.difference).toBeCloseTo(0.2, 12);
    expect(d.high - d.difference).toBeCloseTo(1.959964 * 0.0979796, 5);
  });

  it('removes confounding by stratum that the crude difference shows', () => {
    // Within each stratum the touchpoint changes nothing (10% vs 10%, 50% vs 50%), but exposed
    // persons sit mostly in the high stratum: crude 42/90 − 14/110 ≈ .34, stratified 0.
    const strata = [
      { a: 1, n1: 10, c: 9, n0: 90 },
      { a: 40, n1: 80, c: 10, n0: 20 },
    ];
    expect(mantelHaenszelRiskDifference(strata)!.difference).toBeCloseTo(0, 12);
    expect(newcombeDifference(41, 90, 19, 110)!.difference).toBeGreaterThan(0.25);
  });

  it('is null when no stratum has both groups', () => {
    expect(mantelHaenszelRiskDifference([{ a: 1, n1: 2, c: 0, n0: 0 }])).toBeNull();
  });
});
