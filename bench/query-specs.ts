/**
 * What the query benchmark runs: the four analyses as Journeylens specs, and the
 * references each engine's best hand-written SQL sets for the funnel.
 */
import { BENCH_WORKSPACE } from './query-data.ts';
import { BENCH_MAP_ID } from './query-map.ts';

export const FUNNEL_STEPS = ['Product Viewed', 'Product Added', 'Checkout Started', 'Order Completed'];
const WINDOW_SECONDS = 7 * 86_400;

export interface BenchQuery {
  name: string;
  /** A Journeylens query spec (run through runQuery, as the API runs it). */
  spec: unknown;
  /** Reference SQL per engine, if the issue names one for this analysis. */
  reference?: { duckdb?: string; clickhouse?: string };
  /**
   * The figures ours and the reference must agree on (the bench checks it: a fast wrong answer
   * is no result): from our result, and from the reference's rows.
   */
  answer?: { ours(result: unknown): unknown; reference(rows: Record<string, unknown>[]): unknown };
}

const stitched = (table = 'events') => `
  SELECT COALESCE(o.person_id, e.person_id) AS person, e.timestamp AS ts, e.event
  FROM ${table} e LEFT JOIN person_overrides o
    ON o.workspace_id = e.workspace_id AND o.old_person_id = e.person_id
  WHERE e.workspace_id = '${BENCH_WORKSPACE}'`;

/**
 * The best hand-written DuckDB funnel measured (DESIGN.md: range self-joins + min, 0.31 s on 10M):
 * the earliest next step within the window of each entry, the furthest level per person. Counts
 * only — no conversion times, no exclusions — which is what makes it the floor to compare with.
 */
function duckdbReferenceFunnel(): string {
  const steps = FUNNEL_STEPS.map((e) => `'${e}'`);
  const ctes = [
    `ev AS (${stitched()} AND e.event IN (${steps.join(', ')}))`,
    `s1 AS (SELECT person, ts AS t1 FROM ev WHERE event = ${steps[0]})`,
  ];
  for (let k = 2; k <= steps.length; k++) {
    const carried = Array.from({ length: k - 1 }, (_, j) => `s.t${j + 1}`).join(', ');
    ctes.push(`s${k} AS (
      SELECT s.person, ${carried}, min(ev.ts) AS t${k}
      FROM s${k - 1} s LEFT JOIN ev ON ev.person = s.person AND ev.event = ${steps[k - 1]}
        AND ev.ts >= s.t${k - 1} AND ev.ts <= s.t1 + INTERVAL ${WINDOW_SECONDS} SECOND
      GROUP BY s.person, ${carried})`);
  }
  const level = `CASE ${Array.from({ length: steps.length - 1 }, (_, j) => steps.length - j)
    .map((k) => `WHEN t${k} IS NOT NULL THEN ${k}`)
    .join(' ')} ELSE 1 END`;
  return `WITH ${ctes.join(',\n')},
    best AS (SELECT person, max(${level}) AS level FROM s${steps.length} GROUP BY person)
    SELECT level, count(*) AS persons FROM best GROUP BY level ORDER BY level`;
}

/**
 * ClickHouse's own ordered funnel aggregate over the stitched persons. It takes whole-second
 * DateTime or integers, so times go in as milliseconds and the window with them.
 */
function clickhouseReferenceFunnel(): string {
  const conds = FUNNEL_STEPS.map((e) => `event = '${e}'`).join(', ');
  return `SELECT level, count() AS persons FROM (
      SELECT person, windowFunnel(${WINDOW_SECONDS * 1000})(toUInt64(toUnixTimestamp64Milli(ts)), ${conds}) AS level
      FROM (${stitched('events')}) GROUP BY person)
    WHERE level > 0 GROUP BY level ORDER BY level`;
}

export const BENCH_QUERIES: BenchQuery[] = [
  {
    name: '4-step ordered funnel, 7-day window',
    spec: {
      type: 'funnel',
      steps: FUNNEL_STEPS.map((event) => ({ event })),
      window: { value: 7, unit: 'day' },
      order: 'ordered',
    },
    reference: { duckdb: duckdbReferenceFunnel(), clickhouse: clickhouseReferenceFunnel() },
    // Persons reaching each step: ours per step; the references give each person's furthest
    // level, so step k counts the persons whose level is k or more.
    answer: {
      ours: (result) => (result as { steps: { count: number }[] }).steps.map((s) => s.count),
      reference: (rows) =>
        FUNNEL_STEPS.map((_, k) =>
          rows.filter((r) => Number(r.level) >= k + 1).reduce((sum, r) => sum + Number(r.persons), 0),
        ),
    },
  },
  {
    name: 'top 20 paths of 4 steps',
    spec: { type: 'paths', by: 'event', steps: 4, pathLimit: 20 },
  },
  {
    name: 'weekly retention, 5 weeks',
    spec: {
      type: 'retention',
      start: { event: 'Product Viewed' },
      return: { event: 'Order Completed' },
      period: 'week',
      periods: 5,
      weekStart: 'monday',
    },
  },
  {
    name: 'journey metrics of a 5-stage map',
    spec: { type: 'journey', mapId: BENCH_MAP_ID },
  },
];
