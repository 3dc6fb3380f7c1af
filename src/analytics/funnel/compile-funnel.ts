import { type FunnelSpec, windowSeconds } from '../spec/funnel-spec.ts';
import { BoundParams, type CompiledQuery } from '../sql/bound-params.ts';
import type { PersonaRules } from '../sql/compile-filter.ts';
import type { Dialect } from '../sql/dialect.ts';
import { arrayExclusionCte, usesArrayAttempts } from './funnel-array-attempts.ts';
import { attemptCtes, attemptsNeedMessageId } from './funnel-attempts.ts';
import { type FunnelBounds, funnelEventsCte } from './funnel-events.ts';

export interface FunnelCompileOptions {
  workspaceId: string;
  /** Segment rules of the personas the spec names (see resolvePersonas). */
  personas?: PersonaRules;
}

/**
 * A funnel spec as one SQL query. It returns one row per group — the total (`total` true), with
 * a breakdown one per value plus "other", with an interval one per time bucket (`tb`) — with,
 * for each step k:
 *   c{k} persons whose furthest step is k or later, avg{k}/med{k} seconds from step k−1 (k ≥ 2),
 *   and with `includePersons`, reached{k}/dropped{k} person ids.
 * `readFunnelRows` and `shapeFunnelResult` turn those rows into the API's result.
 *
 * Pipeline (CTEs): ev (stitched events with step flags) → attempts → exclusion cut → reach →
 * best attempt per person → groups → aggregates. Example:
 * `compileFunnel(spec, duckdbDialect, { workspaceId: 'default' })` → `{ sql, params }`.
 */
export function compileFunnel(spec: FunnelSpec, dialect: Dialect, opts: FunnelCompileOptions): CompiledQuery {
  const q = new BoundParams(dialect);
  const n = spec.steps.length;
  const bounds: FunnelBounds = { window: q.bind(windowSeconds(spec.window), 'int') };
  if (spec.range) {
    bounds.from = q.bindTime(new Date(spec.range.from));
    bounds.to = q.bindTime(new Date(spec.range.to));
  }
  const ctes = [
    funnelEventsCte(spec, q, {
      workspaceId: opts.workspaceId,
      personas: opts.personas ?? new Map(),
      bounds,
      withMessageId: attemptsNeedMessageId(spec),
    }),
    ...attemptCtes(spec, dialect, bounds),
    ...exclusionCtes(spec, dialect),
    reachCte(spec),
    ...bestAttemptCtes(spec, dialect),
    ...groupCtes(spec, q),
  ];
  const aggregates = aggregateColumns(
    n,
    dialect,
    spec.includePersons ? q.bind(spec.personLimit, 'int') : null,
  );
  const total = `SELECT TRUE AS total, NULL AS bd_value, FALSE AS bd_other, 0 AS bd_rank, NULL AS tb,
  ${aggregates}
FROM g`;
  const groups = `SELECT FALSE AS total, bucket AS bd_value, other AS bd_other, min(rk) AS bd_rank, NULL AS tb,
  ${aggregates}
FROM g GROUP BY bucket, other`;
  const parts = [total];
  if (spec.breakdown) parts.push(groups);
  if (spec.interval) {
    // Each person once, in the bucket where their best attempt entered the funnel.
    const bucket = dialect.timeBucket('t1', spec.interval, q.bind(spec.timezone, 'text'));
    parts.push(`SELECT FALSE AS total, NULL AS bd_value, FALSE AS bd_other, 0 AS bd_rank, ${bucket} AS tb,
  ${aggregates}
FROM g GROUP BY tb`);
  }
  const body = parts.join('\nUNION ALL\n');
  return q.query(`WITH ${ctes.join(',\n')}\n${body}`);
}

const steps = (n: number, from = 1) => Array.from({ length: Math.max(0, n - from + 1) }, (_, i) => i + from);
const times = (n: number) => steps(n).map((k) => `t${k}`);

/**
 * For each exclusion i, the first excluded event after the attempt reached its `from` step and
 * within the window: `xt{i}`. Events at the very instant of a step do not exclude (PostHog
 * ignores exclusions among simultaneous events too). Array attempts carry each person's
 * exclusion times, searched instead of joined.
 */
function exclusionCtes(spec: FunnelSpec, d: Dialect): string[] {
  const cols = ['person', 'tend', ...(spec.breakdown ? ['bd'] : []), ...times(spec.steps.length)];
  if (spec.exclusions.length === 0) return [`ax AS (SELECT ${cols.join(', ')} FROM att)`];
  if (usesArrayAttempts(spec, d)) return [arrayExclusionCte(spec, d)];
  const keys = cols.map((c) => `a.${c}`).join(', ');
  const firsts = spec.exclusions.map(
    (x, i) => `${d.minIf('x.ts', `x.x${i + 1} AND x.ts > a.t${x.from + 1}`)} AS xt${i + 1}`,
  );
  const any = spec.exclusions.map((_, i) => `x.x${i + 1}`).join(' OR ');
  return [
    `ax AS (
  SELECT ${keys}, ${firsts.join(', ')}
  FROM att a LEFT JOIN ev x ON x.person = a.person AND (${any}) AND x.ts > a.t1 AND x.ts <= a.tend
  GROUP BY ${keys}
)`,
  ];
}

/**
 * How far each attempt got: the last step k reached before a gap or a cut. Exclusion i cuts
 * step k (0-based index k−1 in from < k−1 ≤ to) when its first excluded event came before
 * step k's event; every later step goes with it.
 */
function reachCte(spec: FunnelSpec): string {
  const n = spec.steps.length;
  const stopAt = steps(n, 2).map((k) => {
    const cuts = spec.exclusions
      .map((x, i) => (x.from < k - 1 && k - 1 <= x.to ? ` OR COALESCE(xt${i + 1} < t${k}, FALSE)` : ''))
      .join('');
    return `WHEN t${k} IS NULL${cuts} THEN ${k - 1}`;
  });
  return `rc AS (
  SELECT person, ${[...(spec.breakdown ? ['bd'] : []), ...times(n)].join(', ')},
    CASE ${stopAt.join(' ')} ELSE ${n} END AS reach
  FROM ax
)`;
}

/**
 * One row per person: their furthest-reaching attempt, the earliest one on a tie (its times are
 * the conversion times reported).
 */
function bestAttemptCtes(spec: FunnelSpec, d: Dialect): string[] {
  const cols = ['reach', ...(spec.breakdown ? ['bd'] : []), ...times(spec.steps.length)];
  const record = d.record(Object.fromEntries(cols.map((c) => [c, c])));
  return [
    `best AS (
  SELECT person, ${d.argMax(record, ['reach', `-${d.epochMicros('t1')}`])} AS b FROM rc GROUP BY person
)`,
    `pp AS (SELECT person, ${cols.map((c) => `${d.field('b', c)} AS ${c}`).join(', ')} FROM best)`,
  ];
}

/**
 * `g`: persons with their group. With a breakdown, the `limit` values with the most persons
 * (ties by value) keep their own group (`bucket`); the rest share "other".
 */
function groupCtes(spec: FunnelSpec, q: BoundParams): string[] {
  if (!spec.breakdown) return ['g AS (SELECT *, NULL AS bucket, FALSE AS other, 0 AS rk FROM pp)'];
  const limit = q.bind(spec.breakdown.limit, 'int');
  return [
    'ranked AS (SELECT bd, row_number() OVER (ORDER BY count(*) DESC, bd ASC NULLS LAST) AS rk FROM pp GROUP BY bd)',
    `g AS (
  SELECT pp.*, CASE WHEN r.rk <= ${limit} THEN pp.bd END AS bucket, r.rk > ${limit} AS other, r.rk
  FROM pp JOIN ranked r ON r.bd IS NOT DISTINCT FROM pp.bd
)`,
  ];
}

function aggregateColumns(n: number, d: Dialect, personLimit: string | null): string {
  const cols: string[] = [];
  for (const k of steps(n)) {
    cols.push(`${d.countIf(`reach >= ${k}`)} AS c${k}`);
    if (k > 1) {
      const secs = d.secondsBetween(`t${k - 1}`, `t${k}`);
      cols.push(
        `${d.avgIf(secs, `reach >= ${k}`)} AS avg${k}`,
        `${d.medianIf(secs, `reach >= ${k}`)} AS med${k}`,
      );
    }
    if (personLimit !== null) {
      cols.push(`${d.sortedListIf('person', `reach >= ${k}`, personLimit)} AS reached${k}`);
      cols.push(`${d.sortedListIf('person', `reach = ${k - 1}`, personLimit)} AS dropped${k}`);
    }
  }
  return cols.join(',\n  ');
}
