import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../seeded-random.ts';
import { bootstrapIntervals, quantile } from './bootstrap.ts';
import { heuristicCredit } from './heuristic-models.ts';
import { fitMarkov } from './markov.ts';
import { markovStates } from './markov-states.ts';
import type { PathTable } from './path-table.ts';
import { logGamma, poisson } from './random.ts';
import { tableOf } from './test-tables.ts';

describe('bootstrapIntervals', () => {
  const rows = (scale: number): Parameters<typeof tableOf>[0] => [
    ['a > c', 10 * scale, 100 * scale, 10 * scale],
    ['b > c', 0, 0, 20 * scale],
    ['c', 5 * scale, 50 * scale, 15 * scale],
  ];
  const markov = (table: PathTable) => {
    const states = markovStates(table, 2);
    return (t: PathTable) => fitMarkov(t, states).credit;
  };

  it('is reproducible by seed, and narrows as the data grows', () => {
    const small = tableOf(rows(1));
    const opts = { iterations: 200, confidence: 0.9, seed: 3 };
    const a = bootstrapIntervals(small, { markov: markov(small) }, opts);
    expect(bootstrapIntervals(small, { markov: markov(small) }, opts)).toEqual(a);
    const big = tableOf(rows(100));
    const b = bootstrapIntervals(big, { markov: markov(big) }, opts);
    const width = (i: [number, number], scale: number) => (i[1] - i[0]) / scale;
    // Channel 0 is a: its share of conversions is known 100 times more precisely.
    expect(width(b.markov![0]!.conversions, 100)).toBeLessThan(width(a.markov![0]!.conversions, 1) / 3);
    for (const i of [...a.markov!, ...b.markov!]) {
      expect(i.conversions[0]).toBeLessThanOrEqual(i.conversions[1]);
      expect(i.value[0]).toBeLessThanOrEqual(i.value[1]);
    }
  });

  it('a channel that never converts (order 2) has the interval [0, 0]', () => {
    const t = tableOf(rows(1));
    const r = bootstrapIntervals(t, { markov: markov(t) }, { iterations: 50, confidence: 0.95, seed: 1 });
    expect(t.channels[2]).toBe('b');
    expect(r.markov![2]!.conversions).toEqual([0, 0]);
  });

  it('covers the point estimate of a simple model', () => {
    const t = tableOf(rows(20));
    const linear = (x: PathTable) => heuristicCredit(x, 'linear');
    const r = bootstrapIntervals(t, { linear }, { iterations: 300, confidence: 0.95, seed: 5 });
    const point = linear(t);
    for (let c = 0; c < 3; c++) {
      expect(r.linear![c]!.conversions[0]).toBeLessThanOrEqual(point.conversions[c]!);
      expect(r.linear![c]!.conversions[1]).toBeGreaterThanOrEqual(point.conversions[c]!);
    }
  });
});

describe('poisson and quantile', () => {
  it('poisson draws have the mean and variance of the distribution', () => {
    for (const mean of [0.5, 4, 12, 80, 5000]) {
      const random = seededRandom(9);
      const n = 20_000;
      let sum = 0;
      let sq = 0;
      for (let i = 0; i < n; i++) {
        const x = poisson(mean, random);
        sum += x;
        sq += x * x;
      }
      const m = sum / n;
      expect(Math.abs(m - mean)).toBeLessThan(4 * Math.sqrt(mean / n));
      expect(sq / n - m * m).toBeGreaterThan(mean * 0.9);
      expect(sq / n - m * m).toBeLessThan(mean * 1.1);
    }
  });

  it('logGamma matches ln((x − 1)!)', () => {
    expect(logGamma(1)).toBe(0);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(11)).toBeCloseTo(Math.log(3_628_800), 12);
  });

  it("quantile interpolates like R's type 7", () => {
    // R: quantile(c(1, 2, 3, 4), 0.25) = 1.75.
    expect(quantile(Float64Array.of(1, 2, 3, 4), 0.25)).toBe(1.75);
    expect(quantile(Float64Array.of(5), 0.975)).toBe(5);
  });
});
