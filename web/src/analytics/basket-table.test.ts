import { describe, expect, it } from 'vitest';
import type { BasketItemset, BasketRule } from '../../../src/analytics/basket/basket-result.ts';
import { formatConviction, formatFixed, sortItemsets, sortRules } from './basket-table.ts';

const rule = (name: string, m: Partial<BasketRule>): BasketRule => ({
  antecedent: [name],
  consequent: ['z'],
  support: 0.1,
  confidence: 0.5,
  lift: 1,
  leverage: 0,
  conviction: 1,
  count: 10,
  ...m,
});

const RULES = [
  rule('a', { lift: 2, support: 0.05, conviction: 1.5 }),
  rule('b', { lift: 24.7, support: 0.02, confidence: 1, conviction: null }),
  rule('c', { lift: 2, support: 0.2, conviction: 3.2 }),
];

describe('sortRules', () => {
  it('sorts by lift, ties by support', () => {
    expect(sortRules(RULES, 'lift').map((r) => r.antecedent[0])).toEqual(['b', 'c', 'a']);
  });

  it('breaks ties as the API lists rules: higher confidence, then a shorter antecedent first', () => {
    // Same lift and support; the API (mine-baskets) lists by confidence next, then the items,
    // a list before any longer list it starts.
    const tied = [
      rule('p401', { antecedent: ['p401', 'p402', 'p403'], consequent: ['p405'], lift: 3 }),
      rule('p401', { antecedent: ['p401', 'p402'], consequent: ['p405'], lift: 3 }),
      rule('p401', { antecedent: ['p401', 'p403'], consequent: ['p405'], lift: 3, confidence: 0.9 }),
    ];
    expect(sortRules(tied, 'lift').map((r) => r.antecedent.join())).toEqual([
      'p401,p403',
      'p401,p402',
      'p401,p402,p403',
    ]);
  });

  it('sorts by support', () => {
    expect(sortRules(RULES, 'support').map((r) => r.antecedent[0])).toEqual(['c', 'a', 'b']);
  });

  it('puts an infinite conviction (null: confidence 1) above every finite one', () => {
    expect(sortRules(RULES, 'conviction').map((r) => r.antecedent[0])).toEqual(['b', 'c', 'a']);
    expect(
      sortRules([RULES[0]!, { ...RULES[1]!, antecedent: ['d'] }, RULES[1]!], 'conviction').map(
        (r) => r.antecedent[0],
      ),
    ).toEqual(['b', 'd', 'a']);
  });

  it('leaves the list it was given as it was', () => {
    sortRules(RULES, 'support');
    expect(RULES.map((r) => r.antecedent[0])).toEqual(['a', 'b', 'c']);
  });
});

describe('sortItemsets', () => {
  const sets: BasketItemset[] = [
    { items: ['p1'], support: 0.15, count: 22 },
    { items: ['p1', 'p2'], support: 0.05, count: 7 },
    { items: ['p3'], support: 0.05, count: 7 },
    { items: ['p1', 'p2', 'p3'], support: 0.02, count: 3 },
  ];

  it('by support puts the larger set first among equal supports', () => {
    expect(sortItemsets(sets, 'support').map((s) => s.items.join('+'))).toEqual([
      'p1',
      'p1+p2',
      'p3',
      'p1+p2+p3',
    ]);
  });

  it('by size puts the largest sets first, the commoner first among equal sizes', () => {
    expect(sortItemsets(sets, 'size').map((s) => s.items.join('+'))).toEqual([
      'p1+p2+p3',
      'p1+p2',
      'p1',
      'p3',
    ]);
  });
});

describe('formatting', () => {
  it('writes an infinite conviction as ∞, a finite one as the number', () => {
    expect(formatConviction(null, (n) => n.toFixed(2))).toBe('∞');
    expect(formatConviction(1.25, (n) => n.toFixed(2))).toBe('1.25');
  });

  it('writes measures with fixed decimals in the language: a point in English, a comma in Polish', () => {
    expect(formatFixed(24.666666, 'en', 2)).toBe('24.67');
    expect(formatFixed(24.666666, 'pl', 2)).toBe('24,67');
    expect(formatFixed(0.0259313, 'pl', 4)).toBe('0,0259');
    expect(formatFixed(1234.5, 'en', 2)).toBe('1,234.50');
  });
});
