import type { PathEntry } from '../../../src/analytics/paths/paths-result.ts';
import { ELIDED_NODE, OTHER_NODE } from '../../../src/analytics/spec/paths-spec.ts';
import { formatCount, formatPercent } from '../format/format.ts';

/** One of the most common paths as the table shows it: its figures written in the language. */
export interface PathRow {
  /** 1-based place, most common first. */
  rank: number;
  /** The path's nodes as labels ("other" and "…" named in the language). */
  nodes: string[];
  count: string;
  share: string;
}

/** How a node's name reads: the API's "other" group and cut middle in words, real names as they are. */
export function pathNodeLabel(name: string, words: { other: string; elided: string }): string {
  if (name === OTHER_NODE) return words.other;
  if (name === ELIDED_NODE) return words.elided;
  return name;
}

/**
 * The rows of the top-paths table, in the API's order (most common first).
 * Example (pl): `{ nodes: ['A', 'B'], count: 1234, share: 0.4567 }` → `{ rank: 1, nodes: ['A', 'B'],
 * count: '1234', share: '45,7%' }`.
 */
export function pathRows(
  paths: PathEntry[],
  language: string,
  words: { other: string; elided: string },
): PathRow[] {
  return paths.map((p, i) => ({
    rank: i + 1,
    nodes: p.nodes.map((n) => pathNodeLabel(n, words)),
    count: formatCount(p.count, language),
    share: formatPercent(p.share, language),
  }));
}
