import type { KpiSpec } from '../spec/kpi-spec.ts';
import { BoundParams, type CompiledQuery } from '../sql/bound-params.ts';
import { breakdownGroupCte, breakdownRankCte } from '../sql/breakdown-groups.ts';
import { firstValue } from '../sql/breakdown-value.ts';
import type { PersonaRules } from '../sql/compile-filter.ts';
import type { Dialect } from '../sql/dialect.ts';
import { timeBucketCtes } from '../sql/time-buckets.ts';
import type { KpiContext } from './kpi-measure.ts';
import { measureOf } from './kpi-measures.ts';

export interface KpiCompileOptions {
  workspaceId: string;
  /** Segment rules of the personas the spec names (see resolvePersonas). */
  personas?: PersonaRules;
}

/** The slices a KPI query returns rows for (the `slice` column). */
export type KpiSlice = 'total' | 'group' | 'time' | 'group_time';

/**
 * A KPI spec as one SQL query. The measure (kpi-measures.ts) gives the units it counts and the
 * aggregates over them; this assembles the rest, the same for every KPI. Rows:
 *   slice, bd_value, bd_other, bd_rank, tb_us, a_<aggregate>…
 * one `total` row (also when there are no units); with a breakdown one `group` row per group;
 * with an interval one `time` row per bucket, and with both one `group_time` row per pair.
 *
 * Units per person (conversion, repeat purchases) are folded per person for the total and per
 * person and bucket for the series, so a person counts once in the total and once in each
 * bucket they were active in, always in the breakdown group of their first row. Groups are
 * ranked by their units in the total.
 * Example: `compileKpi(spec, duckdbDialect, { workspaceId: 'default' })` → `{ sql, params }`.
 */
export function compileKpi(spec: KpiSpec, dialect: Dialect, opts: KpiCompileOptions): CompiledQuery {
  const q = new BoundParams(dialect);
  const ctx: KpiContext = {
    spec,
    q,
    workspaceId: opts.workspaceId,
    personas: opts.personas ?? new Map(),
    ...(spec.range
      ? { range: { from: q.bindTime(new Date(spec.range.from)), to: q.bindTime(new Date(spec.range.to)) } }
      : {}),
  };
  const measure = measureOf(spec.metric);
  const units = measure.units(ctx);
  const ctes = [...units.ctes];

  // Units folded per person keep the breakdown value of the person's first row in the range,
  // in the total and in every bucket: a person is in one group throughout, so the groups of
  // each bucket add up to the bucket.
  const perPerson = Object.entries(units.perPerson ?? {}).map(([name, agg]) => `${agg} AS ${name}`);
  const bd = spec.breakdown ? firstValue(dialect, 'bd', 'ts') : 'NULL';
  ctes.push(
    units.perPerson
      ? `ut AS (SELECT person, ${bd} AS bd, ${perPerson.join(', ')} FROM rows GROUP BY person)`
      : 'ut AS (SELECT * FROM rows)',
  );
  if (spec.interval) {
    const zone = q.bind(spec.timezone, 'text');
    ctes.push(...timeBucketCtes(q, { source: 'rows', target: 'rb', interval: spec.interval, zone }));
    const folded = `SELECT person, tb, ${perPerson.join(', ')} FROM rb GROUP BY person, tb`;
    ctes.push(
      !units.perPerson
        ? 'ub AS (SELECT * FROM rb)'
        : spec.breakdown
          ? `ub AS (SELECT x.*, u.bd FROM (${folded}) x JOIN ut u ON u.person = x.person)`
          : `ub AS (SELECT x.*, NULL AS bd FROM (${folded}) x)`,
    );
  }
  if (spec.breakdown) {
    const limit = q.bind(spec.breakdown.limit, 'int');
    ctes.push(breakdownRankCte('ut'), breakdownGroupCte('ut', 'gt', limit));
    if (spec.interval) ctes.push(breakdownGroupCte('ub', 'gb', limit));
  }

  const aggregates = Object.entries(measure.aggregates(ctx))
    .map(([name, expr]) => `${expr} AS a_${name}`)
    .join(', ');
  const tb = dialect.epochMicros('tb');
  const select = (slice: KpiSlice, cols: string) => `SELECT '${slice}' AS slice, ${cols}, ${aggregates}`;
  const parts = [
    `${select('total', 'NULL AS bd_value, FALSE AS bd_other, 0 AS bd_rank, NULL AS tb_us')} FROM ut`,
  ];
  if (spec.breakdown) {
    parts.push(
      `${select('group', 'bucket AS bd_value, other AS bd_other, min(rk) AS bd_rank, NULL AS tb_us')} FROM gt GROUP BY bucket, other`,
    );
  }
  if (spec.interval) {
    parts.push(
      `${select('time', `NULL AS bd_value, FALSE AS bd_other, 0 AS bd_rank, ${tb} AS tb_us`)} FROM ub GROUP BY tb`,
    );
    if (spec.breakdown) {
      parts.push(
        `${select('group_time', `bucket AS bd_value, other AS bd_other, min(rk) AS bd_rank, ${tb} AS tb_us`)} FROM gb GROUP BY tb, bucket, other`,
      );
    }
  }
  return q.query(`WITH ${ctes.join(',\n')}\n${parts.join('\nUNION ALL\n')}`);
}
