import type { FrequentItemset } from './fp-growth.ts';

/** A rule over item ids, with the counts its measures are computed from. */
export interface IdRule {
  antecedent: Int32Array;
  consequent: Int32Array;
  /** Baskets with antecedent ∪ consequent. */
  count: number;
  antecedentCount: number;
  consequentCount: number;
}

export interface RuleOptions {
  minConfidence: number;
  maxConsequentLength: number;
}

/**
 * Every rule A ⇒ C (A, C non-empty and disjoint, A ∪ C a frequent itemset, C of at most
 * `maxConsequentLength` items) whose confidence count(A ∪ C) / count(A) reaches `minConfidence`.
 * Consequents grow one item at a time from confident ones only (Agrawal & Srikant 1994,
 * "ap-genrules"): moving an item from A to C never raises the confidence, so a consequent with
 * an unconfident part cannot be confident. Every subset of a frequent itemset is frequent, so
 * each count comes from `itemsets`.
 *
 * @example
 * // {a}:3, {b}:2, {a,b}:2 with minConfidence 0.6 → b ⇒ a (2/2); a ⇒ b (2/3 ≈ 0.67) too
 */
export function generateRules(itemsets: readonly FrequentItemset[], opts: RuleOptions): IdRule[] {
  const countOf = new Map<string, number>();
  for (const s of itemsets) countOf.set(keyOf(s.items), s.count);
  const lookup = (items: Int32Array): number => {
    const c = countOf.get(keyOf(items));
    if (c === undefined)
      throw new Error(`Itemset {${items.join(',')}} is missing: not the output of a miner`);
    return c;
  };
  const rules: IdRule[] = [];
  for (const set of itemsets) {
    if (set.items.length < 2) continue;
    let consequents: Int32Array[] = Array.from(set.items, (id) => Int32Array.of(id));
    for (let size = 1; consequents.length > 0; size++) {
      const confident: Int32Array[] = [];
      for (const consequent of consequents) {
        const antecedent = without(set.items, consequent);
        const antecedentCount = lookup(antecedent);
        if (set.count / antecedentCount >= opts.minConfidence) {
          confident.push(consequent);
          rules.push({
            antecedent,
            consequent,
            count: set.count,
            antecedentCount,
            consequentCount: lookup(consequent),
          });
        }
      }
      if (size >= opts.maxConsequentLength || size + 1 >= set.items.length) break;
      consequents = extend(confident);
    }
  }
  return rules;
}

/** Itemsets of size k + 1 whose every k-subset is in `confident` (all of size k, sorted). */
function extend(confident: Int32Array[]): Int32Array[] {
  const known = new Set(confident.map(keyOf));
  const out: Int32Array[] = [];
  for (let i = 0; i < confident.length; i++) {
    for (let j = i + 1; j < confident.length; j++) {
      const a = confident[i]!;
      const b = confident[j]!;
      const k = a.length;
      let samePrefix = true;
      for (let x = 0; x < k - 1 && samePrefix; x++) samePrefix = a[x] === b[x];
      if (!samePrefix) continue;
      const lo = Math.min(a[k - 1]!, b[k - 1]!);
      const hi = Math.max(a[k - 1]!, b[k - 1]!);
      const candidate = new Int32Array(k + 1);
      candidate.set(a.subarray(0, k - 1));
      candidate[k - 1] = lo;
      candidate[k] = hi;
      let allConfident = true;
      for (let drop = 0; drop < k + 1 && allConfident; drop++) {
        allConfident = known.has(keyOf(candidate.filter((_, idx) => idx !== drop)));
      }
      if (allConfident) out.push(candidate);
    }
  }
  return out;
}

/** `items` minus `removed` (both ascending). */
function without(items: Int32Array, removed: Int32Array): Int32Array {
  const out = new Int32Array(items.length - removed.length);
  let o = 0;
  let r = 0;
  for (const id of items) {
    while (r < removed.length && removed[r]! < id) r++;
    if (r < removed.length && removed[r] === id) continue;
    out[o++] = id;
  }
  return out;
}

const keyOf = (items: Int32Array): string => items.join(',');
