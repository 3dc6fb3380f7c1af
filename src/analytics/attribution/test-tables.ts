import { type PathTable, PathTableBuilder } from './path-table.ts';

/** A table from `[path, conversions, value, nulls]` rows, paths written `a > b > c` (tests only). */
export function tableOf(rows: readonly [string, number, number, number][]): PathTable {
  const b = new PathTableBuilder();
  for (const [path, conv, value, nulls] of rows) {
    b.add(
      path.split('>').map((s) => s.trim()),
      conv,
      value,
      nulls,
    );
  }
  return b.build();
}
