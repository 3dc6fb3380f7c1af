/** One frequent itemset: the items (names, sorted), its share of baskets and its basket count. */
export interface BasketItemset {
  items: string[];
  support: number;
  count: number;
}

/**
 * One association rule "baskets with every item of `antecedent` also hold `consequent`"
 * (Agrawal, Imieliński & Swami 1993; measures as in R's arules, `interestMeasure`):
 * - support = share of baskets with antecedent ∪ consequent; `count` = those baskets;
 * - confidence = support(A ∪ C) / support(A);
 * - lift = confidence / support(C) (1: independent, above 1: bought together more than chance);
 * - leverage = support(A ∪ C) − support(A) × support(C) (Piatetsky-Shapiro);
 * - conviction = (1 − support(C)) / (1 − confidence) (Brin et al. 1997). It is infinite when the
 *   confidence is 1 (the rule never fails); JSON has no infinity, so it is `null` then.
 */
export interface BasketRule {
  antecedent: string[];
  consequent: string[];
  support: number;
  confidence: number;
  lift: number;
  leverage: number;
  /** `null` stands for +∞: confidence 1. */
  conviction: number | null;
  count: number;
}

/**
 * What `journeylens basket` prints and a `basket` query answers. `itemsets` are sorted by
 * support (then size, then names) and `rules` by lift (then confidence, support, names);
 * `itemsetCount` and `ruleCount` are the totals before any `limit`.
 */
export interface BasketResult {
  /** Baskets with at least one item. */
  transactions: number;
  /** Distinct items in them. */
  items: number;
  itemsets: BasketItemset[];
  rules: BasketRule[];
  itemsetCount: number;
  ruleCount: number;
}
