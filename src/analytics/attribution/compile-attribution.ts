import type { PathNodeRule } from '../paths/resolve-path-nodes.ts';
import type { AttributionSpec } from '../spec/attribution-spec.ts';
import { WINDOW_UNIT_SECONDS, windowSeconds } from '../spec/funnel-spec.ts';
import { BoundParams, type CompiledQuery } from '../sql/bound-params.ts';
import type { PersonaRules } from '../sql/compile-filter.ts';
import type { Dialect } from '../sql/dialect.ts';
import { attributionEventsCte } from './attribution-events.ts';

export interface AttributionCompileOptions {
  workspaceId: string;
  personas?: PersonaRules;
  /** Touchpoint rules for `touch.by` touchpoint (see resolvePathNodes). */
  rules?: readonly PathNodeRule[];
}

/**
 * An events-source attribution spec as one SQL query that returns the aggregated path table;
 * the models then run in TypeScript on it (attribute.ts). What a journey is:
 *
 * 1. Each conversion (in the range) is a journey that converted, worth its value. Its touches
 *    are the person's touches before it, no more than `lookback` before it and after the
 *    person's previous conversion (a touch counts towards one conversion only).
 * 2. The person's touches after their last conversion (in the range), at most `lookback` before
 *    the last of them, are one journey that did not convert (a `null` in the table).
 * 3. Oldest touch first; with `collapse`, a touch equal to the one before it is dropped
 *    (web, web, email → web, email); the last `maxTouches` are kept.
 * Conversions without touches cannot be attributed; the `total` row counts all of them.
 *
 * Plan, as for paths (path-keys.ts): each touch gets one integer key `t × nn + id` that orders it
 * in time and names it, so each journey's last touches are a bounded top-n over one integer
 * (`sortedValues`), pivoted into columns i1…iN and grouped into distinct paths in SQL.
 * Rows: kind 'path' (n1…nN names, c conversions, v value, nl non-converting journeys), one
 * kind 'total' (c, v: every conversion in the range), and with time_decay by time, kind 'decay'
 * (n1 a touch, c and v its credit).
 * Example: `compileAttribution(spec, duckdbDialect, { workspaceId: 'default' })` → `{ sql, params }`.
 */
export function compileAttribution(
  spec: AttributionSpec,
  dialect: Dialect,
  opts: AttributionCompileOptions,
): CompiledQuery {
  const q = new BoundParams(dialect);
  const d = dialect;
  const ev = attributionEventsCte(spec, q, {
    workspaceId: opts.workspaceId,
    personas: opts.personas ?? new Map(),
    rules: opts.rules ?? [],
  });
  const back = q.bind(-windowSeconds(spec.lookback), 'int');
  const from = spec.range ? q.bindTime(new Date(spec.range.from)) : null;
  const inRange = (col: string) => (from ? ` AND ${col} >= ${from}` : '');
  const n = spec.maxTouches;
  const ks = Array.from({ length: n }, (_, i) => i + 1);
  const span = `CAST(${d.epochMicros('t1')} - ${d.epochMicros('t0')} AS DOUBLE)`;
  // As in path-keys.ts: the finest time unit for which t × nn stays below 2^62.
  const fits = (unit: number) => `(${span} / ${unit} + 1) * nn < 4e18`;
  const t = `CAST(floor((${d.epochMicros('jt.ts')} - kp.t0) / kp.unit) AS BIGINT)`;
  const order = 'PARTITION BY person ORDER BY ts, val';
  const ctes = [
    ev,
    `cv AS (
  SELECT person, ts, val, row_number() OVER (${order}) AS cn, ${d.previousInWindow('ts', order)} AS prev_ts
  FROM ev WHERE is_conv
)`,
    'tc AS (SELECT person, ts, touch FROM ev WHERE touch IS NOT NULL)',
    `jc AS (
  SELECT c.person AS person, c.cn AS jn, c.val AS val, t.ts AS ts, t.touch AS touch
  FROM cv c JOIN tc t ON t.person = c.person
  WHERE t.ts < c.ts AND t.ts >= ${d.addSeconds('c.ts', back)}
    AND (c.prev_ts IS NULL OR t.ts > c.prev_ts)${inRange('c.ts')}
)`,
    'lc AS (SELECT person, max(ts) AS last_ts FROM cv GROUP BY person)',
    `ja AS (
  SELECT t.person AS person, t.ts AS ts, t.touch AS touch
  FROM tc t LEFT JOIN lc l ON l.person = t.person
  WHERE (l.last_ts IS NULL OR t.ts > l.last_ts)${inRange('t.ts')}
)`,
    'je AS (SELECT person, max(ts) AS end_ts FROM ja GROUP BY person)',
    `jt AS (
  SELECT person, jn, val, ts, touch FROM jc
  UNION ALL
  SELECT a.person, 0, 0.0, a.ts, a.touch
  FROM ja a JOIN je e ON e.person = a.person
  WHERE a.ts >= ${d.addSeconds('e.end_ts', back)}
)`,
    'nd0 AS (SELECT touch, min(ts) AS t_min, max(ts) AS t_max FROM jt GROUP BY touch)',
    `kp AS (
  SELECT ${d.epochMicros('t0')} AS t0, nn,
    CASE WHEN ${fits(1)} THEN 1 WHEN ${fits(1000)} THEN 1000 ELSE 1000000 END AS unit
  FROM (SELECT min(t_min) AS t0, max(t_max) AS t1, count(*) AS nn FROM nd0) k0
)`,
    'nd AS (SELECT touch, row_number() OVER (ORDER BY touch) - 1 AS id FROM nd0)',
    `jk AS (
  SELECT jt.person AS person, jt.jn AS jn, jt.val AS val, jt.ts AS ts, ${t} * kp.nn + nd.id AS key, nd.id AS id
  FROM jt CROSS JOIN kp JOIN nd ON nd.touch = jt.touch
)`,
  ];
  let source = 'jk';
  if (spec.collapse) {
    // The first touch's "previous" is an explicit -1 (no touch has it): ClickHouse's lag gives
    // the type's default, 0, where SQL gives NULL.
    ctes.push(`jl AS (
  SELECT person, jn, val, ts, key, id FROM (
    SELECT person, jn, val, ts, key, id, lag(id, 1, -1) OVER (PARTITION BY person, jn ORDER BY key) AS prev FROM jk
  ) c0
  WHERE prev <> id
)`);
    source = 'jl';
  }
  const ids = ks.map((k) => `${d.listElement('l', k)} % kp.nn AS i${k}`);
  const idCols = ks.map((k) => `i${k}`);
  ctes.push(
    `pl AS (
  SELECT person, jn, max(val) AS val, ${d.sortedValues('key', n, 'largest')} AS l
  FROM ${source} GROUP BY person, jn
)`,
    `pi AS (
  SELECT ${idCols.join(', ')},
    sum(CASE WHEN jn > 0 THEN 1 ELSE 0 END) AS c,
    sum(CASE WHEN jn > 0 THEN val ELSE 0.0 END) AS v,
    sum(CASE WHEN jn > 0 THEN 0 ELSE 1 END) AS nl
  FROM (SELECT ${ids.join(', ')}, jn, val FROM pl CROSS JOIN kp) p0
  GROUP BY ${idCols.join(', ')}
)`,
  );
  const decay = timeDecayByTime(spec) ? decayCtes(spec, q, source) : null;
  if (decay) ctes.push(...decay);
  const names = ks.map((k) => `d${k}.touch AS n${k}`);
  const joins = ks.map((k) => `LEFT JOIN nd d${k} ON d${k}.id = p.i${k}`);
  const nulls = ks.map((k) => `NULL AS n${k}`);
  const sql = `WITH ${ctes.join(',\n')}
SELECT 'path' AS kind, ${names.join(', ')}, p.c AS c, p.v AS v, p.nl AS nl
FROM pi p
  ${joins.join('\n  ')}
UNION ALL
SELECT 'total', ${nulls.join(', ')}, count(*), COALESCE(sum(val), 0.0), 0
FROM cv WHERE TRUE${inRange('ts')}${
    decay
      ? `
UNION ALL
SELECT 'decay', ${['d.touch', ...nulls.slice(1), 'dc.c', 'dc.v', '0'].join(', ')}
FROM dc JOIN nd d ON d.id = dc.id`
      : ''
  }`;
  return q.query(sql);
}

/** Whether time_decay runs on the touches' times (events only), not on their positions. */
export function timeDecayByTime(spec: AttributionSpec): boolean {
  return spec.models.includes('time_decay') && spec.timeDecay.unit !== 'touch';
}

/**
 * time_decay by time (Google Analytics' time-decay model): a touch's weight halves for every
 * half-life it lies before the conversion, weights of a journey add up to 1. Over the same
 * touches the path table keeps (after collapsing, the last maxTouches). As the weights are
 * normalised per journey, ages are taken from the journey's newest touch rather than from the
 * conversion: the same shares, and the newest touch's weight 1 keeps old journeys from
 * underflowing to 0/0. `dc`: per touch id, its conversions and value.
 */
function decayCtes(spec: AttributionSpec, q: BoundParams, source: string): string[] {
  const d = q.dialect;
  const unit = spec.timeDecay.unit as Exclude<typeof spec.timeDecay.unit, 'touch'>;
  const halfLife = q.bind(spec.timeDecay.halfLife * WINDOW_UNIT_SECONDS[unit], 'float');
  const n = q.bind(spec.maxTouches, 'int');
  return [
    `dk AS (
  SELECT person, jn, val, ts, id FROM (
    SELECT person, jn, val, ts, id, row_number() OVER (PARTITION BY person, jn ORDER BY key DESC) AS rn
    FROM ${source} WHERE jn > 0
  ) k0
  WHERE rn <= ${n}
)`,
    'dm AS (SELECT person, jn, max(ts) AS t_last FROM dk GROUP BY person, jn)',
    `dw AS (
  SELECT k.person AS person, k.jn AS jn, k.val AS val, k.id AS id,
    pow(2.0, -(${d.secondsBetween('k.ts', 'm.t_last')}) / ${halfLife}) AS w
  FROM dk k JOIN dm m ON m.person = k.person AND m.jn = k.jn
)`,
    'ds AS (SELECT person, jn, sum(w) AS ws FROM dw GROUP BY person, jn)',
    `dc AS (
  SELECT w.id AS id, sum(w.w / s.ws) AS c, sum(w.val * w.w / s.ws) AS v
  FROM dw w JOIN ds s ON s.person = w.person AND s.jn = w.jn
  GROUP BY w.id
)`,
  ];
}
