/** One cohort as counts, before rates; its start in epoch microseconds. */
export interface CohortCounts {
  startUs: number;
  size: number;
  /** Periods that had begun when the query ran (1…periods). */
  observed: number;
  /** Persons who came back, by period k ≥ 1. */
  returns: Map<number, number>;
}

/** The cohorts of one group of persons: all of them (total) or one breakdown group. */
export interface RetentionGroupRows {
  value: string | null;
  other: boolean;
  rank: number;
  /** Oldest first. */
  cohorts: CohortCounts[];
}

type Building = RetentionGroupRows & { byStart: Map<number, CohortCounts> };

const TOTAL = 'total';
const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : Number(v ?? 0));

/**
 * Reads the rows of a compiled retention query (total, bd_value, bd_other, bd_rank, cohort_us,
 * k, n, observed) into cohorts per group, breakdown groups by rank with "other" last. Pure:
 * engine drivers hand over plain row objects.
 */
export function readRetentionRows(
  rows: readonly Record<string, unknown>[],
  periods: number,
): { total: RetentionGroupRows; groups: RetentionGroupRows[] } {
  const groups = new Map<string, Building>();
  for (const r of rows) {
    const isTotal = r.total === true;
    const other = r.bd_other === true;
    const value = isTotal || r.bd_value === null || r.bd_value === undefined ? null : String(r.bd_value);
    const key = isTotal ? TOTAL : JSON.stringify([other, value]);
    let g = groups.get(key);
    if (!g) {
      g = { value, other, rank: isTotal ? 0 : num(r.bd_rank), cohorts: [], byStart: new Map() };
      groups.set(key, g);
    }
    const startUs = num(r.cohort_us);
    let c = g.byStart.get(startUs);
    if (!c) {
      c = { startUs, size: 0, observed: periods, returns: new Map() };
      g.byStart.set(startUs, c);
    }
    const k = num(r.k);
    if (k === 0) {
      c.size = num(r.n);
      c.observed = Math.min(periods, Math.max(1, num(r.observed)));
    } else if (k > 0 && k < periods) {
      c.returns.set(k, num(r.n));
    }
  }
  const finish = (g: Building): RetentionGroupRows => ({
    value: g.value,
    other: g.other,
    rank: g.rank,
    cohorts: [...g.byStart.values()].filter((c) => c.size > 0).sort((a, b) => a.startUs - b.startUs),
  });
  const total = groups.get(TOTAL);
  return {
    total: total ? finish(total) : { value: null, other: false, rank: 0, cohorts: [] },
    groups: [...groups.entries()]
      .filter(([key]) => key !== TOTAL)
      .map(([, g]) => finish(g))
      .sort((a, b) => Number(a.other) - Number(b.other) || a.rank - b.rank),
  };
}
