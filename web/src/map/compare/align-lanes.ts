import type { LaneKey } from '../../../../src/model/index.ts';
import type { GridRow } from '../grid-layout.ts';

/** One lane of the side-by-side view: its row in each map, absent where that map does not show it. */
export interface AlignedLane {
  key: LaneKey;
  current?: GridRow;
  future?: GridRow;
}

/**
 * The lanes of two maps matched by key (a future-state copy keeps its custom lanes' ids): the
 * current map's shown lanes in its order, then those only the future map shows, in its order.
 * Example: current [goal, kpi], future [kpi, custom:x] → goal (current only), kpi (both), custom:x.
 */
export function alignLanes(current: readonly GridRow[], future: readonly GridRow[]): AlignedLane[] {
  const futureRows = new Map(future.map((row) => [row.key, row]));
  const currentKeys = new Set(current.map((row) => row.key));
  const both = current.map((row): AlignedLane => {
    const match = futureRows.get(row.key);
    return match ? { key: row.key, current: row, future: match } : { key: row.key, current: row };
  });
  const added = future
    .filter((row) => !currentKeys.has(row.key))
    .map((row) => ({ key: row.key, future: row }));
  return [...both, ...added];
}
