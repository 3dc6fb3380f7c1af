import { describe, expect, it } from 'vitest';
import { fitMarkov } from './markov.ts';
import { markovStates } from './markov-states.ts';
import { tableOf } from './test-tables.ts';

const markovFit = (rows: Parameters<typeof tableOf>[0], order = 1) => {
  const table = tableOf(rows);
  const states = markovStates(table, order);
  const f = fitMarkov(table, states);
  const named = (a: Float64Array) => Object.fromEntries(table.channels.map((c, i) => [c, a[i]!]));
  return {
    ...f,
    re: named(f.removalEffects),
    valueRe: named(f.valueRemovalEffects),
    conv: named(f.credit.conversions),
    value: named(f.credit.value),
    names: states.names,
  };
};

describe('fitMarkov', () => {
  it("works S. Bryl's three-channel example by hand (analyzecore.com, 2016-08-03, Markov chains concept)", () => {
    // Paths c1>c2>c3 (1 conversion), c1 (null), c2>c3 (null). By hand: start→c1 2/3, start→c2
    // 1/3, c1→c2 1/2, c1→null 1/2, c2→c3 1, c3→conv 1/2, c3→null 1/2. P = 2/3·1/2·1/2 + 1/3·1/2
    // = 1/3. Without c1: 1/3·1/2 = 1/6, RE 0.5; without c2 or c3 nothing converts, RE 1. ΣRE =
    // 2.5, so 1 conversion splits 0.2 / 0.4 / 0.4.
    const f = markovFit([
      ['c1 > c2 > c3', 1, 100, 0],
      ['c1', 0, 0, 1],
      ['c2 > c3', 0, 0, 1],
    ]);
    expect(f.conversionProbability).toBeCloseTo(1 / 3, 12);
    expect(f.re.c1).toBeCloseTo(0.5, 12);
    expect(f.re.c2).toBeCloseTo(1, 12);
    expect(f.re.c3).toBeCloseTo(1, 12);
    expect(f.conv.c1).toBeCloseTo(0.2, 12);
    expect(f.conv.c2).toBeCloseTo(0.4, 12);
    expect(f.conv.c3).toBeCloseTo(0.4, 12);
    // One converting exit carries all the value, so value follows the same shares: 20/40/40.
    expect(f.value.c1).toBeCloseTo(20, 10);
    expect(f.value.c3).toBeCloseTo(40, 10);
  });

  it("matches S. Puzyrov's removal-effect walk-through (serhiipuzyrov.com, 2019)", () => {
    // google ads ×2 conv, mailing ×1 conv, google ads > mailing ×1 conv, google ads ×1 null.
    // start→ga 4/5, start→mailing 1/5; ga→conv 2/4, ga→mailing 1/4, ga→null 1/4; mailing→conv 1.
    // P = 4/5·(1/2 + 1/4) + 1/5 = 0.8. Without ga: 0.2, RE 0.75; without mailing: 4/5·1/2 = 0.4,
    // RE 0.5. 4 conversions × 0.75/1.25 = 2.4 for ga, 1.6 for mailing.
    const f = markovFit([
      ['google ads', 2, 0, 0],
      ['mailing', 1, 0, 0],
      ['google ads > mailing', 1, 0, 0],
      ['google ads', 0, 0, 1],
    ]);
    expect(f.transitions.probability.length).toBe(6);
    expect(f.conversionProbability).toBeCloseTo(0.8, 12);
    expect(f.re['google ads']).toBeCloseTo(0.75, 12);
    expect(f.re.mailing).toBeCloseTo(0.5, 12);
    expect(f.conv['google ads']).toBeCloseTo(2.4, 12);
    expect(f.conv.mailing).toBeCloseTo(1.6, 12);
  });

  it('solves chains with loops exactly', () => {
    // a>b>a converts, a does not. Out of a: →b, →conv, →null, 1/3 each; b→a 1. So
    // p(a) = 1/3 + 1/3·p(a), p(a) = 1/2. Without b: p(a) = 1/3, RE 1/3; without a, RE 1.
    // Credits: a 1/(4/3) = 0.75, b 0.25.
    const f = markovFit([
      ['a > b > a', 1, 0, 0],
      ['a', 0, 0, 1],
    ]);
    expect(f.conversionProbability).toBeCloseTo(0.5, 13);
    expect(f.re.b).toBeCloseTo(1 / 3, 13);
    expect(f.conv.a).toBeCloseTo(0.75, 12);
    expect(f.conv.b).toBeCloseTo(0.25, 12);
  });

  it('credits value by the expected value lost, not the conversions lost', () => {
    // a converts once worth 10, b once worth 30. Conversions: each RE 0.5, 1 each. Expected
    // value 20; without a 15 (RE 0.25), without b 5 (RE 0.75): value credits 10 and 30.
    const f = markovFit([
      ['a', 1, 10, 0],
      ['b', 1, 30, 0],
    ]);
    expect(f.conv.a).toBeCloseTo(1, 12);
    expect(f.conv.b).toBeCloseTo(1, 12);
    expect(f.valueRe.a).toBeCloseTo(0.25, 12);
    expect(f.value.a).toBeCloseTo(10, 12);
    expect(f.value.b).toBeCloseTo(30, 12);
  });

  it('order 2 remembers where a journey came from', () => {
    // a>c converts, b>c does not. Order 1 merges both into c (conv 1/2): RE a = b = 0.5, c = 1,
    // credits 0.25 / 0.25 / 0.5. Order 2 has states a,c and b,c: only a,c converts, so removing
    // b changes nothing (RE 0) and a and c share the conversion: 0.5 / 0 / 0.5.
    const rows: Parameters<typeof tableOf>[0] = [
      ['a > c', 1, 0, 0],
      ['b > c', 0, 0, 1],
    ];
    const one = markovFit(rows, 1);
    expect([one.conv.a, one.conv.b, one.conv.c]).toEqual([0.25, 0.25, 0.5]);
    const two = markovFit(rows, 2);
    expect(two.names).toEqual(['(start)', '(conversion)', '(null)', 'a', 'a > c', 'b', 'b > c']);
    expect(two.re.b).toBe(0);
    expect(two.conv.a).toBeCloseTo(0.5, 12);
    expect(two.conv.b).toBe(0);
    expect(two.conv.c).toBeCloseTo(0.5, 12);
  });

  it('credits add up to the conversions at every order', () => {
    const rows: Parameters<typeof tableOf>[0] = [
      ['search > email > direct', 30, 3000, 70],
      ['social > search', 12, 600, 200],
      ['email > email > direct', 8, 400, 20],
      ['direct', 25, 1250, 400],
      ['social > email > search > direct', 5, 900, 15],
    ];
    for (const order of [1, 2, 3, 4]) {
      const f = markovFit(rows, order);
      const sum = Object.values(f.conv).reduce((a, b) => a + b, 0);
      const value = Object.values(f.value).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(80, 9);
      expect(value).toBeCloseTo(6150, 7);
    }
  });

  it('gives nothing when nothing converts', () => {
    const f = markovFit([['a > b', 0, 0, 5]]);
    expect(f.conversionProbability).toBe(0);
    expect(f.conv).toEqual({ a: 0, b: 0 });
  });
});
