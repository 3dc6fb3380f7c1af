import { describe, expect, it } from 'vitest';
import type { BasketRule } from './basket-result.ts';
import { type BasketThresholdsInput, BasketThresholdsSchema, minCountFor } from './basket-thresholds.ts';
import { TransactionsBuilder } from './basket-transactions.ts';
import { TooManyItemsetsError } from './fp-growth.ts';
import { mineBaskets } from './mine-baskets.ts';

/**
 * The market-basket transactions of Tan, Steinbach & Kumar, "Introduction to Data Mining",
 * Table 6.1 (chapter "Association Analysis"), where support({Milk, Diapers, Beer}) = 2/5 and
 * confidence({Milk, Diapers} ⇒ {Beer}) = 2/3. Item counts: bread 4, milk 4, diapers 4, beer 3,
 * cola 2, eggs 1.
 */
const TEXTBOOK = [
  ['bread', 'milk'],
  ['bread', 'diapers', 'beer', 'eggs'],
  ['milk', 'diapers', 'beer', 'cola'],
  ['bread', 'milk', 'diapers', 'beer'],
  ['bread', 'milk', 'diapers', 'cola'],
];

function mine(baskets: string[][], thresholds: BasketThresholdsInput, limit?: number) {
  const b = new TransactionsBuilder();
  for (const basket of baskets) b.add(basket);
  return mineBaskets(b.build(), BasketThresholdsSchema.parse(thresholds), { limit });
}

const brief = (r: BasketRule) => `${r.antecedent.join('+')} => ${r.consequent.join('+')}`;

describe('mineBaskets on the textbook baskets', () => {
  // minSupport 0.6 = 3 of 5 baskets. Pairs by hand: bread+milk {1,4,5}, bread+diapers {2,4,5},
  // milk+diapers {3,4,5}, diapers+beer {2,3,4} reach 3; bread+beer and milk+beer have 2; every
  // triple has at most 2 (bread+milk+diapers: {4,5}).
  const result = mine(TEXTBOOK, { minSupport: 0.6, minConfidence: 0.7 });

  it('counts baskets, distinct items and frequent itemsets with their support', () => {
    expect(result.transactions).toBe(5);
    expect(result.items).toBe(6);
    expect(result.itemsets.map((s) => [s.items.join('+'), s.count])).toEqual([
      ['bread', 4],
      ['diapers', 4],
      ['milk', 4],
      ['beer', 3],
      ['beer+diapers', 3],
      ['bread+diapers', 3],
      ['bread+milk', 3],
      ['diapers+milk', 3],
    ]);
    expect(result.itemsets[0]!.support).toBe(0.8);
    expect(result.itemsetCount).toBe(8);
  });

  it('gives every confident rule, strongest lift first, with its measures', () => {
    // Each pair gives two rules; all have confidence 3/4 except beer ⇒ diapers (3/3).
    expect(result.rules.map(brief)).toEqual([
      'beer => diapers', // lift 1 / 0.8 = 1.25
      'diapers => beer', // lift 0.75 / 0.6 = 1.25, less confident
      'bread => diapers', // the other six: lift 0.75 / 0.8 = 0.9375, by name
      'bread => milk',
      'diapers => bread',
      'diapers => milk',
      'milk => bread',
      'milk => diapers',
    ]);
    const [beerDiapers, diapersBeer, breadDiapers] = result.rules;
    expect(beerDiapers).toMatchObject({ support: 0.6, confidence: 1, count: 3 });
    expect(beerDiapers!.lift).toBeCloseTo(1.25, 12);
    // leverage = 0.6 − 0.6 × 0.8
    expect(beerDiapers!.leverage).toBeCloseTo(0.12, 12);
    // confidence 1: the rule never fails, conviction is infinite → null in JSON
    expect(beerDiapers!.conviction).toBeNull();
    // conviction = (1 − 0.6) / (1 − 0.75)
    expect(diapersBeer!.confidence).toBe(0.75);
    expect(diapersBeer!.conviction).toBeCloseTo(1.6, 12);
    // lift below 1 and negative leverage: bought together less often than by chance
    expect(breadDiapers!.lift).toBeCloseTo(0.9375, 12);
    expect(breadDiapers!.leverage).toBeCloseTo(0.6 - 0.8 * 0.8, 12);
    expect(breadDiapers!.conviction).toBeCloseTo((1 - 0.8) / (1 - 0.75), 12);
    expect(result.ruleCount).toBe(8);
  });

  it('keeps only rules with at least the minimum lift', () => {
    const lifted = mine(TEXTBOOK, { minSupport: 0.6, minConfidence: 0.7, minLift: 1 });
    expect(lifted.rules.map(brief)).toEqual(['beer => diapers', 'diapers => beer']);
  });

  it('finds the textbook triple and its confidence at a lower support', () => {
    const low = mine(TEXTBOOK, { minSupport: 0.4, minConfidence: 0.6 });
    expect(low.itemsets.find((s) => s.items.join('+') === 'beer+diapers+milk')).toEqual({
      items: ['beer', 'diapers', 'milk'],
      support: 0.4,
      count: 2,
    });
    const rule = low.rules.find((r) => brief(r) === 'diapers+milk => beer');
    expect(rule?.confidence).toBeCloseTo(2 / 3, 12);
  });

  it('puts several items on the right when asked', () => {
    // beer is in 3 baskets; beer+diapers+milk in 2 ({3,4}) and beer+bread+diapers in 2 ({2,4}):
    // confidence 2/3 each. beer ⇒ bread+milk is not a rule: beer+bread+milk is in 1 basket only.
    const wide = mine(TEXTBOOK, { minSupport: 0.4, minConfidence: 0.6, maxConsequentLength: 2 });
    const fromBeer = wide.rules.filter((r) => brief(r).startsWith('beer =>') && r.consequent.length === 2);
    expect(fromBeer.map(brief).sort()).toEqual(['beer => bread+diapers', 'beer => diapers+milk']);
    for (const r of fromBeer) {
      expect(r.confidence).toBeCloseTo(2 / 3, 12);
      expect(r.count).toBe(2);
    }
    // lift = (2/3) / support(diapers+milk) = (2/3) / (3/5)
    expect(fromBeer.find((r) => r.consequent.includes('milk'))!.lift).toBeCloseTo(10 / 9, 12);
    // The default is one item on the right, as in arules.
    expect(
      mine(TEXTBOOK, { minSupport: 0.4, minConfidence: 0.6 }).rules.every((r) => r.consequent.length === 1),
    ).toBe(true);
  });

  it('stops at the maximum itemset length', () => {
    const singles = mine(TEXTBOOK, { minSupport: 0.4, minConfidence: 0.1, maxLength: 1 });
    expect(singles.itemsets.map((s) => s.items.join('+'))).toEqual([
      'bread',
      'diapers',
      'milk',
      'beer',
      'cola',
    ]);
    expect(singles.rules).toEqual([]);
    const pairs = mine(TEXTBOOK, { minSupport: 0.4, minConfidence: 0.1, maxLength: 2 });
    expect(Math.max(...pairs.itemsets.map((s) => s.items.length))).toBe(2);
  });

  it('returns the strongest up to the limit, with the totals', () => {
    const top = mine(TEXTBOOK, { minSupport: 0.6, minConfidence: 0.7 }, 2);
    expect(top.rules.map(brief)).toEqual(['beer => diapers', 'diapers => beer']);
    expect(top.itemsets.map((s) => s.items.join('+'))).toEqual(['bread', 'diapers']);
    expect([top.itemsetCount, top.ruleCount]).toEqual([8, 8]);
  });
});

describe('mineBaskets, counting', () => {
  it('counts an item once per basket, however many times it was bought', () => {
    // a is in 2 of 3 baskets, whatever the quantities.
    const r = mine([['a', 'a', 'a', 'b'], ['a'], ['b']], { minSupport: 0.5, minConfidence: 0 });
    expect(r.itemsets.find((s) => s.items.join() === 'a')).toEqual({
      items: ['a'],
      support: 2 / 3,
      count: 2,
    });
  });

  it('answers no baskets with zeros', () => {
    expect(mine([], { minSupport: 0.1 })).toEqual({
      transactions: 0,
      items: 0,
      itemsets: [],
      rules: [],
      itemsetCount: 0,
      ruleCount: 0,
    });
  });

  it('finds a long itemset whole: all of its subsets, each with the same count', () => {
    // 3 copies of a 12-item basket and one other: 2^12 − 1 = 4095 itemsets, each in 3 baskets.
    const long = Array.from({ length: 12 }, (_, i) => `item${i}`);
    const r = mine([long, long, long, ['other']], { minSupport: 0.5, minConfidence: 1 }, 0);
    expect(r.itemsetCount).toBe(4095);
    // rules with one item on the right: each itemset of k ≥ 2 items gives k, all of confidence 1:
    // Σ k·C(12,k) over k ≥ 2 = 12·2^11 − 12 = 24,564
    expect(r.ruleCount).toBe(24_564);
  });

  it('refuses to find more itemsets than the guard allows', () => {
    const b = new TransactionsBuilder();
    const long = Array.from({ length: 20 }, (_, i) => `item${i}`);
    b.add(long);
    expect(() =>
      mineBaskets(b.build(), BasketThresholdsSchema.parse({ minSupport: 1 }), { maxItemsets: 1000 }),
    ).toThrow(TooManyItemsetsError);
  });
});

describe('minCountFor', () => {
  it('is the fewest baskets whose share reaches the minimum support', () => {
    expect(minCountFor(0.001, 9835)).toBe(10); // 9.835 baskets → 10
    expect(minCountFor(0.1, 30)).toBe(3); // 0.1 × 30 is 3.0000000000000004 in floating point
    expect(minCountFor(0.5, 4)).toBe(2);
    expect(minCountFor(1e-9, 10)).toBe(1);
    expect(minCountFor(1, 7)).toBe(7);
  });
});

describe('BasketThresholdsSchema', () => {
  it('refuses shares outside 0 … 1, naming the field', () => {
    const issues = (input: unknown) =>
      BasketThresholdsSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues({ minSupport: 1.5 })).toEqual([['minSupport', 'Must be between 0 and 1']]);
    expect(issues({ minConfidence: -0.1 })).toEqual([['minConfidence', 'Must be between 0 and 1']]);
    expect(issues({ minSupport: 0 })).toEqual([
      ['minSupport', 'Must be greater than 0; 0 would make every combination of items frequent'],
    ]);
    expect(BasketThresholdsSchema.parse({})).toEqual({
      minSupport: 0.01,
      minConfidence: 0.5,
      maxConsequentLength: 1,
    });
  });
});
