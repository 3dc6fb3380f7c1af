import type { KpiSlice } from './compile-kpi.ts';

/** One row of a compiled KPI query, typed. */
export interface KpiRow {
  slice: KpiSlice;
  /** The breakdown group's value (null for unset values and for "other"). */
  value: string | null;
  other: boolean;
  rank: number;
  /** Start of the time bucket, epoch microseconds; null outside time slices. */
  startUs: number | null;
  /** The measure's aggregates, by name, without the `a_` prefix. */
  aggregates: Record<string, number | null>;
}

const SLICES: readonly KpiSlice[] = ['total', 'group', 'time', 'group_time'];
const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : Number(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : num(v));

/**
 * Reads the rows of a compiled KPI query (slice, bd_value, bd_other, bd_rank, tb_us, a_*) into
 * typed rows. Pure: engine drivers hand over plain row objects (counts may be bigints).
 */
export function readKpiRows(rows: readonly Record<string, unknown>[]): KpiRow[] {
  return rows.map((r) => {
    const slice = SLICES.find((s) => s === r.slice);
    if (!slice) throw new Error(`Unknown KPI slice ${String(r.slice)}`);
    const aggregates: Record<string, number | null> = {};
    for (const [key, v] of Object.entries(r)) {
      if (key.startsWith('a_')) aggregates[key.slice(2)] = numOrNull(v);
    }
    return {
      slice,
      value: r.bd_value === null || r.bd_value === undefined ? null : String(r.bd_value),
      other: r.bd_other === true,
      rank: numOrNull(r.bd_rank) ?? 0,
      startUs: numOrNull(r.tb_us),
      aggregates,
    };
  });
}
