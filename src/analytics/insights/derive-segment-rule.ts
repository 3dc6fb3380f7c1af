import type { Scalar } from '../../model/condition.ts';
import type { SegmentRule, TraitCondition } from '../../model/segment-rule.ts';

/** How well a rule picks out a cluster among the persons it was derived on. */
export interface RuleFit {
  /** Of the persons the rule matches, the share in the cluster. */
  precision: number;
  /** Of the cluster, the share the rule matches. */
  recall: number;
  /** Their harmonic mean. */
  f1: number;
}

/** A rule is proposed only when it fits at least this well (F1). */
export const MIN_RULE_F1 = 0.6;
/** A categorical trait has at most this many values, and fewer than half as many as persons with it. */
const MAX_CATEGORIES = 20;
const QUANTILES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const TRAIT_KEY = /^[\p{L}\p{N}_$-]+$/u;

type Test = (traits: Record<string, unknown>) => boolean;
interface Candidate {
  condition: TraitCondition;
  test: Test;
}

const isScalar = (v: unknown): v is Scalar =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * The conditions a rule may use, from the traits seen (pure): `eq` each value of a categorical
 * trait (strings or booleans, few distinct values — not ids, e-mails or names), and `gte` /
 * `lte` each decile of a numeric one. `only` limits the traits looked at.
 */
export function candidateConditions(
  traits: readonly Record<string, unknown>[],
  only?: readonly string[],
): Candidate[] {
  const keys = new Set<string>();
  for (const t of traits) for (const k of Object.keys(t)) if (TRAIT_KEY.test(k)) keys.add(k);
  const out: Candidate[] = [];
  for (const key of [...keys].sort()) {
    if (only && !only.includes(key)) continue;
    const values = traits.map((t) => t[key]).filter(isScalar);
    if (values.length === 0) continue;
    if (values.every((v) => typeof v === 'number')) {
      const sorted = (values as number[]).slice().sort((a, b) => a - b);
      const cuts = [...new Set(QUANTILES.map((q) => sorted[Math.floor(q * (sorted.length - 1))]!))];
      for (const cut of cuts) {
        out.push({
          condition: { trait: key, op: 'gte', value: cut },
          test: (t) => typeof t[key] === 'number' && (t[key] as number) >= cut,
        });
        out.push({
          condition: { trait: key, op: 'lte', value: cut },
          test: (t) => typeof t[key] === 'number' && (t[key] as number) <= cut,
        });
      }
      continue;
    }
    const distinct = [...new Set(values.filter((v) => typeof v !== 'number'))];
    if (distinct.length > MAX_CATEGORIES || distinct.length * 2 > values.length) continue;
    for (const value of distinct.sort((a, b) => String(a).localeCompare(String(b)))) {
      out.push({ condition: { trait: key, op: 'eq', value }, test: (t) => t[key] === value });
    }
  }
  return out;
}

function fitOf(
  test: Test,
  traits: readonly Record<string, unknown>[],
  inCluster: readonly boolean[],
): RuleFit {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  traits.forEach((t, i) => {
    const hit = test(t);
    if (hit && inCluster[i]) tp++;
    else if (hit) fp++;
    else if (inCluster[i]) fn++;
  });
  return {
    precision: tp + fp > 0 ? tp / (tp + fp) : 0,
    recall: tp + fn > 0 ? tp / (tp + fn) : 0,
    f1: tp > 0 ? (2 * tp) / (2 * tp + fp + fn) : 0,
  };
}

/**
 * A segment rule over person traits that picks out a cluster, when one does (pure): the single
 * condition with the best F1 for "in the cluster", then — if it raises F1 by at least 0.02 — one
 * more condition that must also hold (e.g. an upper bound to a lower one: an age range). Null
 * when the best rule's F1 is below 0.6: the cluster is a behaviour no trait describes, and a
 * persona with a poor rule would filter analyses to the wrong people.
 * Example: cluster = persons with plan "pro" → `{ match: 'all', conditions: [{ trait: 'plan',
 * op: 'eq', value: 'pro' }] }`, F1 1.
 */
export function deriveSegmentRule(
  traits: readonly Record<string, unknown>[],
  inCluster: readonly boolean[],
  candidates: readonly Candidate[],
): { rule: SegmentRule; fit: RuleFit } | { rule: null; fit: RuleFit | null } {
  let best: { picked: Candidate[]; fit: RuleFit } | null = null;
  for (const c of candidates) {
    const fit = fitOf(c.test, traits, inCluster);
    if (!best || fit.f1 > best.fit.f1 + 1e-12) best = { picked: [c], fit };
  }
  if (!best) return { rule: null, fit: null };
  const first = best.picked[0]!;
  let second: { c: Candidate; fit: RuleFit } | null = null;
  for (const c of candidates) {
    if (c === first || (c.condition.trait === first.condition.trait && c.condition.op === first.condition.op))
      continue;
    const fit = fitOf((t) => first.test(t) && c.test(t), traits, inCluster);
    if (fit.f1 >= best.fit.f1 + 0.02 && (!second || fit.f1 > second.fit.f1 + 1e-12)) second = { c, fit };
  }
  if (second) best = { picked: [first, second.c], fit: second.fit };
  if (best.fit.f1 < MIN_RULE_F1) return { rule: null, fit: best.fit };
  return { rule: { match: 'all', conditions: best.picked.map((c) => c.condition) }, fit: best.fit };
}
