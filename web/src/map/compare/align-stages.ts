import type { Stage } from '../../../../src/model/index.ts';

/** One column of the side-by-side view: the stage of each map shown in it (null: none). */
export interface AlignedColumn {
  current: Stage | null;
  future: Stage | null;
}

const nameKey = (stage: Stage) => stage.name.normalize('NFC').trim().toLocaleLowerCase();

/** Longest chain of pairs increasing in both indexes (pairs sorted by the first). */
function increasingChain(pairs: [number, number][]): [number, number][] {
  const best: number[] = pairs.map(() => 1);
  const prev: number[] = pairs.map(() => -1);
  for (let i = 0; i < pairs.length; i++) {
    for (let j = 0; j < i; j++) {
      if (pairs[j]![1] < pairs[i]![1] && best[j]! + 1 > best[i]!) {
        best[i] = best[j]! + 1;
        prev[i] = j;
      }
    }
  }
  let end = best.indexOf(Math.max(0, ...best));
  const chain: [number, number][] = [];
  while (end >= 0) {
    chain.unshift(pairs[end]!);
    end = prev[end]!;
  }
  return chain;
}

/**
 * Lines up the stages of a current-state map and a future-state map of the same journey, so each
 * column shows the "before" and "after" of one stage. Stages match by id (a future-state map
 * copied from the current one keeps its stage ids), then by template stage, then by name (case
 * and spacing aside). Between two matched columns, the stages left over on each side are paired
 * by position (a renamed stage still sits in its old place); what remains gets a column of its
 * own with nothing on the other side. Both maps' orders are kept; matches that would cross
 * (a stage moved in the future map) are dropped in favour of the longest run that does not.
 *
 * Example: current A, B, C and future A, X, C → columns A|A, B|X, C|C.
 */
export function alignStages(current: readonly Stage[], future: readonly Stage[]): AlignedColumn[] {
  const matchedCurrent = new Set<number>();
  const matchedFuture = new Set<number>();
  const pairs: [number, number][] = [];
  const keys: ((s: Stage) => string | undefined)[] = [(s) => s.id, (s) => s.templateKey, nameKey];
  for (const key of keys) {
    current.forEach((stage, ci) => {
      const k = key(stage);
      if (matchedCurrent.has(ci) || k === undefined) return;
      const fi = future.findIndex((other, i) => !matchedFuture.has(i) && key(other) === k);
      if (fi < 0) return;
      matchedCurrent.add(ci);
      matchedFuture.add(fi);
      pairs.push([ci, fi]);
    });
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const chain = [...increasingChain(pairs), [current.length, future.length] as [number, number]];

  const columns: AlignedColumn[] = [];
  let ci = 0;
  let fi = 0;
  for (const [nextC, nextF] of chain) {
    const leftCurrent = current.slice(ci, nextC);
    const leftFuture = future.slice(fi, nextF);
    for (let i = 0; i < Math.max(leftCurrent.length, leftFuture.length); i++) {
      columns.push({ current: leftCurrent[i] ?? null, future: leftFuture[i] ?? null });
    }
    if (nextC < current.length) columns.push({ current: current[nextC]!, future: future[nextF]! });
    ci = nextC + 1;
    fi = nextF + 1;
  }
  return columns;
}
