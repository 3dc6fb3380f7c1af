/** The rows of a compiled paths query, read into plain numbers and names. */
export interface PathRows {
  total: number;
  edges: { step: number; from: string; to: string; count: number }[];
  /** In the order the query ranked them. */
  paths: { nodes: string[]; count: number }[];
}

const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : Number(v ?? 0));

/**
 * Reads the rows of a compiled paths query (columns kind, step, src, dst, n1…nS, c, rk) into
 * totals, edges and ranked paths. A path's nodes end at its first NULL. Pure: engine drivers
 * hand over plain row objects, counts possibly as bigint.
 */
export function readPathRows(rows: readonly Record<string, unknown>[], stepCount: number): PathRows {
  const result: PathRows = { total: 0, edges: [], paths: [] };
  const ranked: { rank: number; nodes: string[]; count: number }[] = [];
  for (const r of rows) {
    if (r.kind === 'total') result.total = num(r.c);
    else if (r.kind === 'edge') {
      result.edges.push({ step: num(r.step), from: String(r.src), to: String(r.dst), count: num(r.c) });
    } else if (r.kind === 'path') {
      const nodes: string[] = [];
      for (let k = 1; k <= stepCount; k++) {
        const v = r[`n${k}`];
        if (v === null || v === undefined) break;
        nodes.push(String(v));
      }
      ranked.push({ rank: num(r.rk), nodes, count: num(r.c) });
    }
  }
  result.paths = ranked.sort((a, b) => a.rank - b.rank).map(({ nodes, count }) => ({ nodes, count }));
  return result;
}
