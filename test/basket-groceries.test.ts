/**
 * Basket analysis on the public Groceries data set (test/fixtures/groceries.csv, see the README
 * there), against figures published for R's arules package:
 * - `summary(Groceries)` (arules reference manual and the vignette "Introduction to arules",
 *   Hahsler et al.): 9835 transactions, 169 items, density 0.02609146 (= 43,367 items bought),
 *   most frequent items whole milk 2513, other vegetables 1903, rolls/buns 1809, soda 1715,
 *   yogurt 1372;
 * - `apriori(Groceries, parameter = list(supp = 0.001, conf = 0.5))` → "set of 5668 rules", and
 *   `inspect(head(sort(rules, by = "lift"), 3))`:
 *     {Instant food products, soda} => {hamburger meat}  support 0.001220132  confidence 0.6315789  lift 18.99565
 *     {soda, popcorn} => {salty snack}                     0.001220132  0.6315789  16.69779
 *     {flour, baking powder} => {sugar}                    0.001016777  0.5555556  16.40807
 *   (e.g. S. Marafi, "Market Basket Analysis with R", and the many tutorials that repeat it).
 * These were also recounted by hand from the file (a brute-force count, independent of this code):
 * hamburger meat is in 327 baskets, Instant food products + soda in 19, all three in 12, so
 * confidence 12/19 and lift (12/19) / (327/9835) = 18.99565…
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BasketResult } from '../src/analytics/basket/basket-result.ts';
import { BasketThresholdsSchema } from '../src/analytics/basket/basket-thresholds.ts';
import type { BasketTransactions } from '../src/analytics/basket/basket-transactions.ts';
import { mineBaskets } from '../src/analytics/basket/mine-baskets.ts';
import { readBasketFile } from '../src/analytics/basket/read-basket-file.ts';

const GROCERIES = fileURLToPath(new URL('fixtures/groceries.csv', import.meta.url));

let tx: BasketTransactions;
let result: BasketResult;
beforeAll(async () => {
  tx = await readBasketFile(GROCERIES);
  result = mineBaskets(tx, BasketThresholdsSchema.parse({ minSupport: 0.001, minConfidence: 0.5 }));
});

describe('Groceries (arules)', () => {
  it('has the transactions, items and item counts of summary(Groceries)', () => {
    expect(result.transactions).toBe(9835);
    expect(result.items).toBe(169);
    expect(tx.items.length).toBe(43_367); // density 0.02609146 × 9835 × 169
    const singles = result.itemsets.filter((s) => s.items.length === 1).slice(0, 5);
    expect(singles.map((s) => [s.items[0], s.count])).toEqual([
      ['whole milk', 2513],
      ['other vegetables', 1903],
      ['rolls/buns', 1809],
      ['soda', 1715],
      ['yogurt', 1372],
    ]);
  });

  it('gives the 5668 rules of apriori(supp = 0.001, conf = 0.5)', () => {
    expect(result.ruleCount).toBe(5668);
    expect(result.rules).toHaveLength(5668);
  });

  it('ranks the published top three rules by lift, with their measures', () => {
    const top = result.rules.slice(0, 3);
    expect(top.map((r) => [r.antecedent, r.consequent, r.count])).toEqual([
      [['Instant food products', 'soda'], ['hamburger meat'], 12],
      [['popcorn', 'soda'], ['salty snack'], 12],
      [['baking powder', 'flour'], ['sugar'], 10],
    ]);
    const published = [
      [0.001220132, 0.6315789, 18.99565],
      [0.001220132, 0.6315789, 16.69779],
      [0.001016777, 0.5555556, 16.40807],
    ];
    top.forEach((r, i) => {
      const [support, confidence, lift] = published[i]!;
      expect(r.support).toBeCloseTo(support!, 9);
      expect(r.confidence).toBeCloseTo(confidence!, 7);
      expect(r.lift).toBeCloseTo(lift!, 5);
    });
    // Exact, from the counts: 12/9835, 12/19, (12/19)/(327/9835).
    expect(top[0]!.support).toBe(12 / 9835);
    expect(top[0]!.confidence).toBe(12 / 19);
    expect(top[0]!.lift).toBeCloseTo(12 / 19 / (327 / 9835), 12);
  });

  it('keeps item labels as written, trailing space and all', () => {
    expect(tx.itemNames).toContain('cream cheese ');
    expect(tx.itemNames).toContain('roll products ');
  });
});
