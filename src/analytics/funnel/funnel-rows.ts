/** The aggregates of one group of persons, as the funnel query returns them. */
export interface FunnelGroupRow {
  /** The row for all persons together (not a breakdown group). */
  total: boolean;
  value: string | null;
  other: boolean;
  rank: number;
  /** Start of the time bucket (UTC) of an over-time row; null on total and breakdown rows. */
  bucket: Date | null;
  /** counts[k] = persons reaching step k+1 or further. */
  counts: number[];
  /** Seconds from the previous step, per step; null for step 1 and for steps nobody reached. */
  avgSeconds: (number | null)[];
  medianSeconds: (number | null)[];
  /** With person ids requested: per step, ids of who reached it and who dropped off at it. */
  persons?: { converted: string[]; dropped: string[] }[];
}

const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : Number(v ?? 0));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : num(v));
/** Engines hand timestamps over as Date (DuckDB) or as UTC text without a zone (ClickHouse JSON). */
const toDate = (v: unknown): Date =>
  v instanceof Date
    ? v
    : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(String(v)) ? String(v) : `${String(v).replace(' ', 'T')}Z`);
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/**
 * Reads the rows of a compiled funnel query (columns c{k}, avg{k}, med{k}, reached{k},
 * dropped{k}, total, bd_*) into typed groups. Pure: engine drivers hand over plain row objects.
 */
export function readFunnelRows(
  rows: readonly Record<string, unknown>[],
  stepCount: number,
  withPersons: boolean,
): { total: FunnelGroupRow; groups: FunnelGroupRow[]; buckets: FunnelGroupRow[] } {
  const parsed = rows.map((r): FunnelGroupRow => {
    const ks = Array.from({ length: stepCount }, (_, i) => i + 1);
    const row: FunnelGroupRow = {
      total: r.total === true,
      value: r.bd_value === null || r.bd_value === undefined ? null : String(r.bd_value),
      other: r.bd_other === true,
      rank: num(r.bd_rank),
      bucket: r.tb === null || r.tb === undefined ? null : toDate(r.tb),
      counts: ks.map((k) => num(r[`c${k}`])),
      avgSeconds: ks.map((k) => (k === 1 ? null : numOrNull(r[`avg${k}`]))),
      medianSeconds: ks.map((k) => (k === 1 ? null : numOrNull(r[`med${k}`]))),
    };
    if (withPersons) {
      row.persons = ks.map((k) => ({ converted: ids(r[`reached${k}`]), dropped: ids(r[`dropped${k}`]) }));
    }
    return row;
  });
  const total = parsed.find((r) => r.total) ?? emptyGroup(stepCount, withPersons);
  const groups = parsed
    .filter((r) => !r.total && r.bucket === null && r.counts[0]! > 0)
    .sort((a, b) => Number(a.other) - Number(b.other) || a.rank - b.rank);
  const buckets = parsed
    .filter((r) => r.bucket !== null)
    .sort((a, b) => a.bucket!.getTime() - b.bucket!.getTime());
  return { total, groups, buckets };
}

function emptyGroup(stepCount: number, withPersons: boolean): FunnelGroupRow {
  const nulls = Array.from({ length: stepCount }, () => null);
  return {
    total: true,
    value: null,
    other: false,
    rank: 0,
    bucket: null,
    counts: nulls.map(() => 0),
    avgSeconds: nulls,
    medianSeconds: [...nulls],
    ...(withPersons ? { persons: nulls.map(() => ({ converted: [], dropped: [] })) } : {}),
  };
}
