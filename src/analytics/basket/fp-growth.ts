import type { BasketTransactions } from './basket-transactions.ts';
import { FpTree } from './fp-tree.ts';

/** A set of items (ids, ascending) found together in `count` baskets. */
export interface FrequentItemset {
  items: Int32Array;
  count: number;
}

export interface MiningLimits {
  /** Fewest baskets an itemset must be in (at least 1). */
  minCount: number;
  /** Largest itemset to find; unlimited when absent. */
  maxLength?: number;
  /**
   * A guard, not a threshold: mining stops with TooManyItemsetsError past this many (default
   * 2,000,000), since a support threshold set too low would otherwise exhaust the memory.
   */
  maxItemsets?: number;
}

export class TooManyItemsetsError extends Error {
  constructor(readonly limit: number) {
    super(
      `More than ${limit.toLocaleString('en')} frequent itemsets: raise the minimum support or set a maximum itemset length`,
    );
    this.name = 'TooManyItemsetsError';
  }
}

/**
 * Every itemset in at least `minCount` baskets, with its exact count, by FP-growth (Han, Pei &
 * Yin 2000): items below the threshold are dropped first, the baskets are folded into one
 * prefix tree, and each item's conditional tree is mined recursively, so no candidate itemset is
 * ever counted against the baskets again.
 *
 * @example
 * // baskets {a,b}, {a,b,c}, {a}: with minCount 2 → {a}:3, {b}:2, {a,b}:2
 * mineFrequentItemsets(transactions, { minCount: 2 });
 */
export function mineFrequentItemsets(tx: BasketTransactions, limits: MiningLimits): FrequentItemset[] {
  if (!Number.isInteger(limits.minCount) || limits.minCount < 1)
    throw new Error('minCount must be a whole number of at least 1');
  const counts = new Int32Array(tx.itemNames.length);
  for (let i = 0; i < tx.items.length; i++) counts[tx.items[i]!]!++;
  // Most frequent first: their nodes sit near the root, where most baskets share them.
  const byFrequency: number[] = [];
  for (let id = 0; id < counts.length; id++) if (counts[id]! >= limits.minCount) byFrequency.push(id);
  byFrequency.sort((a, b) => counts[b]! - counts[a]! || a - b);
  const rankOf = new Int32Array(counts.length).fill(-1);
  byFrequency.forEach((id, rank) => {
    rankOf[id] = rank;
  });

  const tree = new FpTree(byFrequency.length, Math.min(tx.items.length + 1, 1 << 20));
  const path = new Int32Array(byFrequency.length);
  for (let b = 0; b < tx.size; b++) {
    let length = 0;
    for (let i = tx.offsets[b]!; i < tx.offsets[b + 1]!; i++) {
      const rank = rankOf[tx.items[i]!]!;
      if (rank >= 0) path[length++] = rank;
    }
    if (length === 0) continue;
    sortAscending(path, length);
    tree.insert(path, length, 1);
  }

  const miner = new Miner(limits, byFrequency.length);
  miner.mine(tree, Int32Array.from(byFrequency), []);
  return miner.found;
}

class Miner {
  readonly found: FrequentItemset[] = [];
  private readonly minCount: number;
  private readonly maxLength: number;
  private readonly maxItemsets: number;
  // Scratch space shared by every level: each is used and reset before the level recurses.
  private readonly condCount: Int32Array;
  private readonly newRank: Int32Array;
  private readonly path: Int32Array;

  constructor(limits: MiningLimits, ranks: number) {
    this.minCount = limits.minCount;
    this.maxLength = limits.maxLength ?? Number.POSITIVE_INFINITY;
    this.maxItemsets = limits.maxItemsets ?? 2_000_000;
    this.condCount = new Int32Array(ranks);
    this.newRank = new Int32Array(ranks).fill(-1);
    this.path = new Int32Array(ranks);
  }

  /** Emits `prefix ∪ {item}` for every item of the tree, then mines each one's conditional tree. */
  mine(tree: FpTree, itemOf: Int32Array, prefix: number[]): void {
    for (let r = tree.rankCount - 1; r >= 0; r--) {
      const support = tree.itemCount[r]!;
      if (support < this.minCount) continue;
      prefix.push(itemOf[r]!);
      this.emit(prefix, support);
      if (prefix.length < this.maxLength) {
        const cond = this.conditionalTree(tree, r, itemOf);
        if (cond) this.mine(cond.tree, cond.itemOf, prefix);
      }
      prefix.pop();
    }
  }

  private emit(prefix: number[], count: number): void {
    if (this.found.length >= this.maxItemsets) throw new TooManyItemsetsError(this.maxItemsets);
    this.found.push({ items: Int32Array.from(prefix).sort(), count });
  }

  /**
   * The tree of the baskets that hold rank `r`, restricted to the items before it (its prefix
   * paths) that are still frequent among those baskets; null when none is.
   */
  private conditionalTree(tree: FpTree, r: number, itemOf: Int32Array) {
    const { condCount, newRank, path } = this;
    const { item, count, parent, next } = tree;
    for (let n = tree.head[r]!; n !== -1; n = next[n]!) {
      const c = count[n]!;
      for (let p = parent[n]!; p > 0; p = parent[p]!) condCount[item[p]!]! += c;
    }
    const kept: number[] = [];
    for (let q = 0; q < r; q++) if (condCount[q]! >= this.minCount) kept.push(q);
    if (kept.length === 0) {
      condCount.fill(0, 0, r);
      return null;
    }
    kept.sort((a, b) => condCount[b]! - condCount[a]! || a - b);
    kept.forEach((q, i) => {
      newRank[q] = i;
    });
    const cond = new FpTree(kept.length);
    for (let n = tree.head[r]!; n !== -1; n = next[n]!) {
      let length = 0;
      for (let p = parent[n]!; p > 0; p = parent[p]!) {
        const nr = newRank[item[p]!]!;
        if (nr >= 0) path[length++] = nr;
      }
      if (length === 0) continue;
      sortAscending(path, length);
      cond.insert(path, length, count[n]!);
    }
    condCount.fill(0, 0, r);
    for (const q of kept) newRank[q] = -1;
    return { tree: cond, itemOf: Int32Array.from(kept, (q) => itemOf[q]!) };
  }
}

/** Insertion sort of `a[0 … length − 1]`: baskets are short, and it allocates nothing. */
function sortAscending(a: Int32Array, length: number): void {
  if (length > 32) {
    a.subarray(0, length).sort();
    return;
  }
  for (let i = 1; i < length; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}
