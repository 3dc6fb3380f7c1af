import { readsTraits } from '../spec/reads-traits.ts';
import { type RetentionSpec, retentionInterval } from '../spec/retention-spec.ts';
import type { WhereFilter } from '../spec/where-filter.ts';
import { BoundParams, type CompiledQuery } from '../sql/bound-params.ts';
import { breakdownGroupCte, breakdownRankCte } from '../sql/breakdown-groups.ts';
import { breakdownValue, firstValue } from '../sql/breakdown-value.ts';
import { compileWhere, type PersonaRules } from '../sql/compile-filter.ts';
import type { Dialect } from '../sql/dialect.ts';
import { stitchedEvents } from '../sql/stitched-events.ts';
import { timeBucketCtes } from '../sql/time-buckets.ts';

export interface RetentionCompileOptions {
  workspaceId: string;
  /** Segment rules of the personas the spec names (see resolvePersonas). */
  personas?: PersonaRules;
  /** When the cohorts are looked at: periods that begin later are not reported. Default: now. */
  now?: Date;
}

/**
 * Nominal length of a period, in seconds. Local days are 23–25 hours and months 28–31 days, so
 * the number of periods between two bucket starts is this ratio rounded: within a day or week
 * the daylight-saving hour is far from half a period, and k consecutive months differ from k
 * mean Gregorian months (30.436875 days) by under 4 days, far from half a month (checked for
 * every month start 1990–2099 and k ≤ 400).
 */
const PERIOD_SECONDS = { day: 86_400, week: 604_800, month: 2_629_746 } as const;

/**
 * A retention spec as one SQL query. It returns rows
 *   (total, bd_value, bd_other, bd_rank, cohort_us, k, n, observed)
 * where k = 0 rows give a cohort's size n and its `observed` periods (those begun by `now`), and
 * k ≥ 1 rows the persons of the cohort who came back k periods later. `total` rows cover all
 * persons; with a breakdown, the other rows one group each. `readRetentionRows` and
 * `shapeRetentionResult` turn them into the API's result.
 *
 * Pipeline (CTEs): ev (stitched start and return events) → evb (with the local period `tb`) →
 * pt (person × period: starts, returns) → co (cohort entries) and rt (periods with a return)
 * → cg (entries with their group) → hits (entries joined to later returns, k periods on).
 * Set-based throughout: one pass over the events, one aggregation of them (a second, smaller
 * one for first-time cohorts) and one join on person.
 * Example: `compileRetention(spec, duckdbDialect, { workspaceId: 'default' })` → `{ sql, params }`.
 */
export function compileRetention(
  spec: RetentionSpec,
  dialect: Dialect,
  opts: RetentionCompileOptions,
): CompiledQuery {
  const q = new BoundParams(dialect);
  const d = dialect;
  const interval = retentionInterval(spec);
  const zone = q.bind(spec.timezone, 'text');
  const periodSeconds = PERIOD_SECONDS[spec.period];
  // Seconds after a cohort's start past which period `periods` has begun and period
  // `periods − 1` has not ended: half a period before the nominal end is safe either way.
  const reach = q.bind(Math.round((spec.periods - 0.5) * periodSeconds), 'int');
  const bounds = spec.range
    ? { from: q.bindTime(new Date(spec.range.from)), to: q.bindTime(new Date(spec.range.to)) }
    : undefined;

  const ctes = [
    eventsCte(spec, q, { ...opts, reach, bounds }),
    ...timeBucketCtes(q, { source: 'ev', target: 'evb', interval, zone }),
    periodsCte(spec, d),
    cohortCte(spec, d, bounds),
    'rt AS (SELECT person, tb FROM pt WHERE nr > 0)',
  ];
  if (spec.breakdown) {
    ctes.push(breakdownRankCte('co'), breakdownGroupCte('co', 'cg', q.bind(spec.breakdown.limit, 'int')));
  } else {
    ctes.push('cg AS (SELECT *, NULL AS bucket, FALSE AS other, 0 AS rk FROM co)');
  }
  const periodsApart = (from: string, to: string) =>
    `round(${d.secondsBetween(from, to)} / ${periodSeconds})`;
  ctes.push(`hits AS (
  SELECT c.bucket, c.other, c.rk, c.tb AS cohort, ${periodsApart('c.tb', 'r.tb')} AS k
  FROM cg c JOIN rt r ON r.person = c.person AND r.tb > c.tb AND r.tb < ${d.addSeconds('c.tb', reach)}
)`);

  const nowBucket = d.timeBucket(q.bindTime(opts.now ?? new Date()), interval, zone);
  const observed = `${periodsApart('tb', nowBucket)} + 1`;
  const sizes = (group: string) =>
    `${group}, ${d.epochMicros('tb')} AS cohort_us, 0 AS k, count(*) AS n, ${observed} AS observed FROM cg`;
  const returns = (group: string) =>
    `${group}, ${d.epochMicros('cohort')} AS cohort_us, k, count(*) AS n, NULL AS observed FROM hits`;
  const all = 'SELECT TRUE AS total, NULL AS bd_value, FALSE AS bd_other, 0 AS bd_rank';
  const byGroup = 'SELECT FALSE AS total, bucket AS bd_value, other AS bd_other, min(rk) AS bd_rank';
  const parts = [`${sizes(all)} GROUP BY tb`, `${returns(all)} GROUP BY cohort, k`];
  if (spec.breakdown) {
    parts.push(
      `${sizes(byGroup)} GROUP BY tb, bucket, other`,
      `${returns(byGroup)} GROUP BY cohort, k, bucket, other`,
    );
  }
  return q.query(`WITH ${ctes.join(',\n')}\n${parts.join('\nUNION ALL\n')}`);
}

/**
 * `ev`: the workspace's stitched events retention looks at, one row each, with
 *   person, ts, s (a start event), r (a return event), bd (the breakdown value, on start events).
 * With a range, events after the last period any cohort can reach are skipped; so are events
 * before the range, except (for first-time retention) start events, which decide whether a
 * person's first start event is in the range at all.
 */
function eventsCte(
  spec: RetentionSpec,
  q: BoundParams,
  opts: RetentionCompileOptions & { reach: string; bounds: { from: string; to: string } | undefined },
): string {
  const src = stitchedEvents(q, opts.workspaceId, { withTraits: readsTraits(spec) });
  const ctx = { q, columns: src.columns, personas: opts.personas ?? new Map() };
  const c = src.columns;
  const ret = spec.return ?? spec.start;
  const startName = q.bind(spec.start.event, 'text');
  const returnName = ret.event === spec.start.event ? startName : q.bind(ret.event, 'text');
  const matches = (name: string, where: readonly WhereFilter[]) =>
    where.length === 0 ? `(${c.event} = ${name})` : `(${c.event} = ${name} AND ${compileWhere(where, ctx)})`;

  // A recurring cohort entry needs a start event inside the range; the WHERE below already
  // drops events before it. First-time entries are checked on the person's first start instead.
  const startEnds = opts.bounds && spec.kind === 'recurring' ? ` AND ${c.timestamp} < ${opts.bounds.to}` : '';
  const select = [
    `${c.person} AS person`,
    `${c.timestamp} AS ts`,
    `(${matches(startName, spec.start.where)}${startEnds}) AS s`,
    `${matches(returnName, ret.where)} AS r`,
  ];
  if (spec.breakdown) {
    const value = breakdownValue(spec.breakdown, ctx);
    select.push(`CASE WHEN ${matches(startName, spec.start.where)}${startEnds} THEN ${value} END AS bd`);
  }
  const where = [src.where, `${c.event} IN (${[...new Set([startName, returnName])].join(', ')})`];
  if (opts.bounds) {
    const { from, to } = opts.bounds;
    where.push(`${c.timestamp} < ${q.dialect.addSeconds(to, opts.reach)}`);
    where.push(
      spec.kind === 'recurring'
        ? `${c.timestamp} >= ${from}`
        : `(${c.timestamp} >= ${from} OR ${c.event} = ${startName})`,
    );
  }
  if (spec.where.length > 0) where.push(compileWhere(spec.where, ctx));
  return `ev AS (
  SELECT ${select.join(',\n    ')}
  FROM ${src.from}
  WHERE ${where.join('\n    AND ')}
)`;
}

/**
 * `pt`: one row per person and period with any of their events: ns start events (inside the
 * range, for recurring retention), nr return events, t0 the first start event's time and bd its
 * breakdown value.
 */
function periodsCte(spec: RetentionSpec, d: Dialect): string {
  const t0 = d.minIf('ts', 's');
  const bd = spec.breakdown ? `, ${firstValue(d, 'bd', `CASE WHEN s THEN ts END`)} AS bd` : '';
  return `pt AS (
  SELECT person, tb, ${d.countIf('s')} AS ns, ${d.countIf('r')} AS nr, ${t0} AS t0${bd}
  FROM evb GROUP BY person, tb
)`;
}

/**
 * `co`: one row per cohort entry — person, tb (the cohort period), bd. Recurring: every period
 * with a start event inside the range. First time: the period of the person's first start event
 * ever, if that event is inside the range.
 */
function cohortCte(
  spec: RetentionSpec,
  d: Dialect,
  bounds: { from: string; to: string } | undefined,
): string {
  const bd = spec.breakdown ? ', bd' : '';
  if (spec.kind === 'recurring') return `co AS (SELECT person, tb${bd} FROM pt WHERE ns > 0)`;
  const first = spec.breakdown ? `, ${firstValue(d, 'bd', 't0')} AS bd` : '';
  const inRange = bounds ? `\n  HAVING min(t0) >= ${bounds.from} AND min(t0) < ${bounds.to}` : '';
  return `co AS (
  SELECT person, min(tb) AS tb${first} FROM pt WHERE ns > 0 GROUP BY person${inRange}
)`;
}
