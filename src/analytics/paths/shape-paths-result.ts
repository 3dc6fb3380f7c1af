import type { PathRows } from './path-rows.ts';
import type { PathsResult } from './paths-result.ts';

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The API result from the query's rows: edges as `{ from: { step, name }, to: { step, name },
 * count }` by step, most common first; paths with their share of all paths.
 * Example: total 4, path A→B taken 3 times → `{ nodes: ['A', 'B'], count: 3, share: 0.75 }`.
 */
export function shapePathsResult(rows: PathRows): PathsResult {
  const edges = [...rows.edges]
    .sort((a, b) => a.step - b.step || b.count - a.count || byName(a.from, b.from) || byName(a.to, b.to))
    .map((e) => ({
      from: { step: e.step, name: e.from },
      to: { step: e.step + 1, name: e.to },
      count: e.count,
    }));
  const paths = rows.paths.map((p) => ({
    nodes: p.nodes,
    count: p.count,
    share: rows.total > 0 ? p.count / rows.total : 0,
  }));
  return { edges, paths, total: rows.total };
}
