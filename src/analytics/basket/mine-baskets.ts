import { generateRules } from './association-rules.ts';
import type { BasketItemset, BasketResult, BasketRule } from './basket-result.ts';
import { type BasketThresholds, minCountFor } from './basket-thresholds.ts';
import type { BasketTransactions } from './basket-transactions.ts';
import { mineFrequentItemsets } from './fp-growth.ts';
import { compareLists, compareRules, compareText } from './rule-order.ts';

export interface MineOptions {
  /** Most itemsets and most rules to return (the strongest); all when absent. */
  limit?: number;
  /** See `MiningLimits.maxItemsets`. */
  maxItemsets?: number;
}

/**
 * Frequent itemsets and association rules of a set of baskets, with exact counts: every measure
 * is computed from whole basket counts, so the numbers agree with R's arules to the last digit
 * that floating point keeps.
 *
 * @example
 * const b = new TransactionsBuilder();
 * for (const basket of [['milk', 'bread'], ['milk', 'bread', 'eggs'], ['milk']]) b.add(basket);
 * mineBaskets(b.build(), { minSupport: 0.5, minConfidence: 0.6, maxConsequentLength: 1 });
 * // rules: bread ⇒ milk (confidence 1, lift 1), milk ⇒ bread (confidence 2/3, lift 1)
 */
export function mineBaskets(
  tx: BasketTransactions,
  thresholds: BasketThresholds,
  opts: MineOptions = {},
): BasketResult {
  const names = tx.itemNames;
  const seen = new Uint8Array(names.length);
  for (let i = 0; i < tx.items.length; i++) seen[tx.items[i]!] = 1;
  const items = seen.reduce((n, s) => n + s, 0);
  if (tx.size === 0)
    return { transactions: 0, items, itemsets: [], rules: [], itemsetCount: 0, ruleCount: 0 };

  const n = tx.size;
  const found = mineFrequentItemsets(tx, {
    minCount: minCountFor(thresholds.minSupport, n),
    maxLength: thresholds.maxLength,
    maxItemsets: opts.maxItemsets,
  });
  const named = (ids: Int32Array) => Array.from(ids, (id) => names[id]!).sort(compareText);

  const itemsets: BasketItemset[] = found.map((s) => ({
    items: named(s.items),
    support: s.count / n,
    count: s.count,
  }));
  itemsets.sort(
    (a, b) => b.count - a.count || a.items.length - b.items.length || compareLists(a.items, b.items),
  );

  const rules: BasketRule[] = [];
  for (const r of generateRules(found, thresholds)) {
    const confidence = r.count / r.antecedentCount;
    const consequentSupport = r.consequentCount / n;
    const lift = confidence / consequentSupport;
    if (thresholds.minLift !== undefined && lift < thresholds.minLift) continue;
    rules.push({
      antecedent: named(r.antecedent),
      consequent: named(r.consequent),
      support: r.count / n,
      confidence,
      lift,
      leverage: r.count / n - (r.antecedentCount / n) * consequentSupport,
      conviction: r.count === r.antecedentCount ? null : (1 - consequentSupport) / (1 - confidence),
      count: r.count,
    });
  }
  rules.sort(compareRules);

  const limit = opts.limit ?? Number.POSITIVE_INFINITY;
  return {
    transactions: n,
    items,
    itemsets: itemsets.length > limit ? itemsets.slice(0, limit) : itemsets,
    rules: rules.length > limit ? rules.slice(0, limit) : rules,
    itemsetCount: itemsets.length,
    ruleCount: rules.length,
  };
}
