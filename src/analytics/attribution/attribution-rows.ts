import { type PathTable, PathTableBuilder } from './path-table.ts';

const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : Number(v ?? 0));

/** The rows of a compiled attribution query, read into a path table and the range's totals. */
export interface AttributionRows {
  table: PathTable;
  /** Every conversion in the range and its value, attributed or not. */
  total: { conversions: number; value: number };
  /** time_decay by time: conversions and value credited to each touch name. */
  decay: Map<string, { conversions: number; value: number }>;
}

/**
 * Reads the rows of `compileAttribution` (kind, n1…nN, c, v, nl): a path's touches end at its
 * first NULL. Pure: engine drivers hand over plain row objects, counts possibly as bigint.
 */
export function readAttributionRows(
  rows: readonly Record<string, unknown>[],
  maxTouches: number,
): AttributionRows {
  const builder = new PathTableBuilder();
  const total = { conversions: 0, value: 0 };
  const decay = new Map<string, { conversions: number; value: number }>();
  const paths: { touches: string[]; c: number; v: number; nl: number }[] = [];
  for (const r of rows) {
    if (r.kind === 'total') {
      total.conversions = num(r.c);
      total.value = num(r.v);
      continue;
    }
    if (r.kind === 'decay') {
      decay.set(String(r.n1), { conversions: num(r.c), value: num(r.v) });
      continue;
    }
    const touches: string[] = [];
    for (let k = 1; k <= maxTouches; k++) {
      const name = r[`n${k}`];
      if (name === null || name === undefined) break;
      touches.push(String(name));
    }
    if (touches.length > 0) paths.push({ touches, c: num(r.c), v: num(r.v), nl: num(r.nl) });
  }
  paths.sort((a, b) => compareLists(a.touches, b.touches));
  // Channels in name order, whatever order the engine returned the rows in.
  const channels = [...new Set(paths.flatMap((p) => p.touches))].sort();
  for (const name of channels) builder.channelId(name);
  for (const p of paths) builder.add(p.touches, p.c, p.v, p.nl);
  return { table: builder.build(), total, decay };
}

function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}
