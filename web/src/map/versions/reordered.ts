/**
 * Which of the ids present in both lists changed their order relative to the others: the ids
 * outside a longest common subsequence of the two orders. Moving one stage from the end to the
 * front reports that one stage, not every stage whose index shifted.
 *
 * Example: `reorderedIds(['a', 'b', 'c'], ['c', 'a', 'b'])` → `Set { 'c' }`.
 */
export function reorderedIds(before: readonly string[], after: readonly string[]): Set<string> {
  const inAfter = new Set(after);
  const inBefore = new Set(before);
  const a = before.filter((id) => inAfter.has(id));
  const b = after.filter((id) => inBefore.has(id));
  // Classic LCS table; lists are one map's stages or one cell's cards, so small. A huge cell
  // falls back to comparing positions, which over-reports but stays fast.
  if (a.length * b.length > 1_000_000) {
    return new Set(a.filter((id, i) => b[i] !== id));
  }
  const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] =
        a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const kept = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      kept.add(a[i]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return new Set(a.filter((id) => !kept.has(id)));
}
