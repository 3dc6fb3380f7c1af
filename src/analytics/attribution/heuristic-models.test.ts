import { describe, expect, it } from 'vitest';
import { DEFAULT_HEURISTIC_OPTIONS, type HeuristicModel, heuristicCredit } from './heuristic-models.ts';
import { tableOf } from './test-tables.ts';

const credit = (
  rows: Parameters<typeof tableOf>[0],
  model: HeuristicModel,
  options = DEFAULT_HEURISTIC_OPTIONS,
) => {
  const table = tableOf(rows);
  const c = heuristicCredit(table, model, options);
  const named = (a: Float64Array) => Object.fromEntries(table.channels.map((ch, i) => [ch, a[i]!]));
  return { conv: named(c.conversions), value: named(c.value) };
};

// One path, 10 conversions worth 70: each model's split worked out by hand.
const ONE: Parameters<typeof tableOf>[0] = [['search > email > direct', 10, 70, 3]];

describe('heuristicCredit', () => {
  it('first and last touch give everything to one end', () => {
    expect(credit(ONE, 'first_touch').conv).toEqual({ search: 10, email: 0, direct: 0 });
    expect(credit(ONE, 'last_touch').value).toEqual({ search: 0, email: 0, direct: 70 });
  });

  it('last non-direct passes over direct, unless the path has nothing else', () => {
    expect(credit(ONE, 'last_non_direct').conv).toEqual({ search: 0, email: 10, direct: 0 });
    // email > Direct > direct: the last non-direct is email (matched ignoring case).
    expect(credit([['email > Direct > direct', 4, 0, 0]], 'last_non_direct').conv).toEqual({
      email: 4,
      Direct: 0,
      direct: 0,
    });
    expect(credit([['direct > direct', 5, 0, 0]], 'last_non_direct').conv).toEqual({ direct: 5 });
  });

  it('linear splits evenly, and a channel touched twice gets two shares', () => {
    const c = credit([['a > b > a > c', 8, 0, 0]], 'linear').conv;
    expect(c).toEqual({ a: 4, b: 2, c: 2 });
  });

  it('position based: 40/20/40, 50/50 for two touches, all for one', () => {
    const three = credit(ONE, 'position_based').conv;
    expect(three.search).toBeCloseTo(4, 12);
    expect(three.email).toBeCloseTo(2, 12);
    expect(three.direct).toBeCloseTo(4, 12);
    // Four touches: the 20 % middle splits over two touches, 10 % each.
    const four = credit([['a > b > c > d', 10, 0, 0]], 'position_based').conv;
    expect(four.b).toBeCloseTo(1, 12);
    expect(four.c).toBeCloseTo(1, 12);
    expect(credit([['a > b', 10, 0, 0]], 'position_based').conv).toEqual({ a: 5, b: 5 });
    expect(credit([['a', 10, 0, 0]], 'position_based').conv).toEqual({ a: 10 });
    // Configured 30/50: two touches share in that proportion, 3/8 and 5/8.
    const custom = { ...DEFAULT_HEURISTIC_OPTIONS, positionBased: { first: 0.3, last: 0.5 } };
    const split = credit([['a > b', 8, 0, 0]], 'position_based', custom).conv;
    expect(split.a).toBeCloseTo(3, 12);
    expect(split.b).toBeCloseTo(5, 12);
  });

  it('time decay halves the weight per half-life counted back from the conversion', () => {
    // Half-life 1 touch: weights 1/4, 1/2, 1 → 1/7, 2/7, 4/7 of 70 = 10, 20, 40.
    const v = credit(ONE, 'time_decay').value;
    expect(v.search).toBeCloseTo(10, 12);
    expect(v.email).toBeCloseTo(20, 12);
    expect(v.direct).toBeCloseTo(40, 12);
    // Half-life 2 touches: 1/2, 1/√2, 1 of 10 conversions, normalised.
    const slow = credit(ONE, 'time_decay', { ...DEFAULT_HEURISTIC_OPTIONS, timeDecay: { halfLife: 2 } }).conv;
    const sum = 0.5 + Math.SQRT1_2 + 1;
    expect(slow.search).toBeCloseTo((10 * 0.5) / sum, 12);
    expect(slow.direct).toBeCloseTo(10 / sum, 12);
  });

  it('every model adds up to the conversions and value; paths without conversions add nothing', () => {
    const rows: Parameters<typeof tableOf>[0] = [
      ['search > email > direct', 30, 3000, 70],
      ['social > search', 12, 600, 200],
      ['direct', 25, 1250, 400],
      ['tv > social > email > search > direct', 5, 900, 15],
      ['print', 0, 0, 50],
    ];
    for (const model of [
      'first_touch',
      'last_touch',
      'last_non_direct',
      'linear',
      'time_decay',
      'position_based',
    ] as const) {
      const c = credit(rows, model);
      expect(Object.values(c.conv).reduce((a, b) => a + b, 0)).toBeCloseTo(72, 10);
      expect(Object.values(c.value).reduce((a, b) => a + b, 0)).toBeCloseTo(5750, 8);
      expect(c.conv.print).toBe(0);
    }
  });
});
