import type { BasketItemset, BasketRule } from '../../../src/analytics/basket/basket-result.ts';
import { compareDesc, compareLists, compareRules } from '../../../src/analytics/basket/rule-order.ts';

/** The measures the rules table sorts by, strongest first. */
export const RULE_SORTS = ['lift', 'support', 'confidence', 'leverage', 'conviction', 'count'] as const;
export type RuleSort = (typeof RULE_SORTS)[number];

export const ITEMSET_SORTS = ['support', 'size'] as const;
export type ItemsetSort = (typeof ITEMSET_SORTS)[number];

/**
 * Conviction for sorting: `null` stands for +∞ (confidence 1: the rule never fails, see
 * basket-result.ts), so such rules come first.
 */
const convictionOf = (r: BasketRule) => r.conviction ?? Number.POSITIVE_INFINITY;

const measureOf = (r: BasketRule, by: RuleSort): number => (by === 'conviction' ? convictionOf(r) : r[by]);

/**
 * The rules sorted by one measure, largest first; ties in the API's order (lift, confidence,
 * support, then the items), so sorted by lift the table's rows are the API's.
 * Example: conviction sort puts a rule with `conviction: null` (∞) before one with 3.2.
 */
export function sortRules(rules: readonly BasketRule[], by: RuleSort): BasketRule[] {
  return [...rules].sort((a, b) => compareDesc(measureOf(a, by), measureOf(b, by)) || compareRules(a, b));
}

/** Itemsets by support (then larger first) or by size (then support), items breaking ties as the API's do. */
export function sortItemsets(itemsets: readonly BasketItemset[], by: ItemsetSort): BasketItemset[] {
  return [...itemsets].sort((a, b) => {
    const support = compareDesc(a.support, b.support);
    const size = compareDesc(a.items.length, b.items.length);
    return (by === 'support' ? support || size : size || support) || compareLists(a.items, b.items);
  });
}

/** The sign for an infinite conviction, as association-rule tools print it. */
export const INFINITY = '∞';

/**
 * Conviction as written in the table: `∞` for null (confidence 1), else the number.
 * Example: `formatConviction(null, f)` → `'∞'`; `formatConviction(1.25, f)` → `f(1.25)`.
 */
export function formatConviction(conviction: number | null, format: (n: number) => string): string {
  return conviction === null ? INFINITY : format(conviction);
}

/**
 * A measure with a fixed number of decimals, as the language writes numbers, so a column of lifts
 * lines up: `formatFixed(24.6667, 'en', 2)` → `'24.67'`, `formatFixed(24.6667, 'pl', 2)` → `'24,67'`.
 */
export function formatFixed(value: number, language: string, digits: number): string {
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}
