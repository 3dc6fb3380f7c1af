import type { BasketRule } from './basket-result.ts';

/** Code-unit order: the same on every machine, unlike a locale's collation. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Item lists item by item; a list before any longer list it starts. */
export function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareText(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/**
 * The order the API lists rules in: strongest lift first, ties by confidence, then support, then
 * the items. The web table breaks its ties with it too, so its first rows are the API's.
 * Example: at equal measures `{a} ⇒ {z}` comes before `{a, b} ⇒ {z}`.
 */
export function compareRules(a: BasketRule, b: BasketRule): number {
  return (
    compareDesc(a.lift, b.lift) ||
    compareDesc(a.confidence, b.confidence) ||
    compareDesc(a.support, b.support) ||
    compareLists(a.antecedent, b.antecedent) ||
    compareLists(a.consequent, b.consequent)
  );
}

/** Larger first. Compares rather than subtracts: Infinity − Infinity is NaN. */
export function compareDesc(a: number, b: number): number {
  return a === b ? 0 : a > b ? -1 : 1;
}
