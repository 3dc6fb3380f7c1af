import { windowSeconds } from '../spec/funnel-spec.ts';
import type { JourneySpec } from '../spec/journey-spec.ts';
import { BoundParams, type CompiledQuery } from '../sql/bound-params.ts';
import type { PersonaRules } from '../sql/compile-filter.ts';
import type { Dialect } from '../sql/dialect.ts';
import { type JourneyBounds, journeyEventsCte } from './journey-events.ts';
import { arrayPersonCtes } from './journey-person-arrays.ts';
import { hitColumns, personHaving, ranksBelow } from './journey-person-columns.ts';
import type { JourneyPlan } from './journey-plan.ts';
import { movePairs } from './journey-rows.ts';

export interface JourneyCompileOptions {
  workspaceId: string;
  /** Segment rules of the personas the spec names, its `persona` included (see loadJourneyPlan). */
  personas?: PersonaRules;
}

/** A person's events in time order; at one instant, earlier stages first. */
const BY_PERSON_IN_TIME = 'PARTITION BY person ORDER BY ts, sidx';

/**
 * The metrics of a journey map as one SQL query over the stitched events: one scan, one sort
 * (a window over each person's events) and one aggregate per person, read by one total row:
 * `persons`; per measured touchpoint i: r{i} reach, v{i} volume, c{i} converted and md{i} median
 * seconds to a later stage; per measured stage rank k: p{k} persons, cs{k} converted, ms{k}
 * median seconds in the stage (c, md, cs, ms only where a later stage exists); per ordered pair
 * of ranks a ≠ b: mn{a}_{b} moves from a to b and mp{a}_{b} persons who made one.
 *
 * How "reached a later stage" is found without joining events to events: in time order, the
 * first event of a stage after rank k at or after a row is `nx{k}` (the row's own time if it
 * is one, else the smallest such time among the following rows). It never decreases along a
 * person's events, so at a touchpoint's first hit it is the minimum over all its hits — a plain
 * aggregate. A stage's first event is its touchpoints' earliest first hit, and the same holds
 * for its `nx`, so stage figures come from touchpoint columns.
 *
 * Moves are counted per person and pair in the same aggregate as the hits, not by a second
 * grouping of the events by (person, pair), so that `pp` can come from per-person arrays where
 * the dialect has `arrayLambdas` (journey-person-arrays.ts); on DuckDB both forms take the same
 * time (query bench, 10M events of 1M persons: ~2.9 s, most of it the window and `pp`).
 *
 * Pipeline (CTEs): ev (hits and stage ranks) → seq (previous stage, nx per rank) → pp (per
 * person: per touchpoint hits, first hit, next later stage; moves per pair) → ps (per stage).
 * Example:
 * `compileJourney(spec, plan, duckdbDialect, { workspaceId: 'default' })` → `{ sql, params }`.
 */
export function compileJourney(
  spec: JourneySpec,
  plan: JourneyPlan,
  dialect: Dialect,
  opts: JourneyCompileOptions,
): CompiledQuery {
  const q = new BoundParams(dialect);
  const { ctes, bounds } = journeyPersonCtes(spec, plan, q, opts);
  const totals = totalColumns(plan, dialect, bounds);
  return q.query(`WITH ${ctes.join(',\n')}
SELECT ${totals.map(([name, expr]) => `${expr} AS ${name}`).join(',\n  ')}
FROM ps`);
}

/**
 * The CTEs of a journey query up to `ps`: one row per person with a hit, with per measured
 * touchpoint i `f{i}` (first hit) and `n{i}` (first later-stage event at or after it), and per
 * stage rank k `sf{k}` and `sn{k}` (see compileJourney). Pain points, moments of truth and
 * audiences read these rows rather than the totals. Binds the range and window into `q`.
 */
export function journeyPersonCtes(
  spec: JourneySpec,
  plan: JourneyPlan,
  q: BoundParams,
  opts: JourneyCompileOptions,
): { ctes: string[]; bounds: JourneyBounds } {
  if (plan.measured.length === 0) throw new Error('A journey query needs a measured touchpoint');
  const dialect = q.dialect;
  const bounds: JourneyBounds = {};
  if (spec.range) {
    bounds.from = q.bindTime(new Date(spec.range.from));
    bounds.to = q.bindTime(new Date(spec.range.to));
  }
  if (spec.window) bounds.window = q.bind(windowSeconds(spec.window), 'int');
  const ctes = [
    journeyEventsCte(spec, plan, q, {
      workspaceId: opts.workspaceId,
      personas: opts.personas ?? new Map(),
      bounds,
    }),
    // Per-person lists where they are fast (ClickHouse), one window over all events elsewhere.
    ...(dialect.capabilities.arrayLambdas
      ? arrayPersonCtes(plan, dialect, bounds)
      : [sequenceCte(plan, dialect, bounds), personCte(plan, dialect, bounds)]),
    stageCte(plan, dialect),
  ];
  return { ctes, bounds };
}

/**
 * Reached a later stage from `first`: a later-stage event `next` exists (within the window
 * after `first`, when the spec has one).
 */
export function convertedAfter(d: Dialect, bounds: JourneyBounds, first: string, next: string): string {
  return bounds.window
    ? `${next} IS NOT NULL AND ${next} <= ${d.addSeconds(first, bounds.window)}`
    : `${next} IS NOT NULL`;
}

/**
 * `seq`: every event with the stage of the person's previous event (`psidx`), its time (`pts`,
 * when a range or window needs it) and, per rank k below the last, `nx{k}`: the first time at
 * or after this event that the person had an event of a stage after k.
 */
function sequenceCte(plan: JourneyPlan, d: Dialect, bounds: JourneyBounds): string {
  const cols = [
    'person',
    'ts',
    'sidx',
    ...(bounds.to ? ['inr'] : []),
    ...plan.measured.map((t) => `h${t.index}`),
  ];
  cols.push(`${d.previousInWindow('sidx', BY_PERSON_IN_TIME)} AS psidx`);
  if (bounds.to || bounds.window) cols.push(`${d.previousInWindow('ts', BY_PERSON_IN_TIME)} AS pts`);
  for (const k of ranksBelow(plan)) {
    const later = `CASE WHEN sidx > ${k} THEN ts END`;
    cols.push(
      `CASE WHEN sidx > ${k} THEN ts ELSE ${d.minOfFollowing(later, BY_PERSON_IN_TIME)} END AS nx${k}`,
    );
  }
  return `seq AS (
  SELECT ${cols.join(',\n    ')}
  FROM ev
)`;
}

/**
 * `pp`: one row per person with a hit, and per measured touchpoint i: v{i} hits, f{i} first hit,
 * n{i} the first later-stage event at or after it (for touchpoints before the last stage); per
 * ordered pair of ranks, mn{a}_{b} the person's moves from a to b: changes of stage between
 * consecutive events — from an event inside the range, within the window.
 */
function personCte(plan: JourneyPlan, d: Dialect, bounds: JourneyBounds): string {
  const cols = ['person', ...hitColumns(plan)];
  for (const t of plan.measured) {
    if (t.rank! < plan.measuredStages)
      cols.push(`min(CASE WHEN h${t.index} THEN nx${t.rank} END) AS n${t.index}`);
  }
  const moved: string[] = [];
  if (bounds.to) moved.push(`pts < ${bounds.to}`);
  if (bounds.window) moved.push(`ts <= ${d.addSeconds('pts', bounds.window)}`);
  for (const [a, b] of movePairs(plan.measuredStages)) {
    const conds = [`psidx = ${a}`, `sidx = ${b}`, ...moved].join(' AND ');
    cols.push(`count(CASE WHEN ${conds} THEN 1 END) AS mn${a}_${b}`);
  }
  return `pp AS (
  SELECT ${cols.join(',\n    ')}
  FROM seq
  GROUP BY person${personHaving(bounds)}
)`;
}

/** `ps`: pp plus, per stage rank k, sf{k} the first hit of any of its touchpoints and sn{k} its nx. */
function stageCte(plan: JourneyPlan, d: Dialect): string {
  const cols = ['*'];
  for (let k = 1; k <= plan.measuredStages; k++) {
    const ids = plan.measured.filter((t) => t.rank === k).map((t) => t.index);
    cols.push(`${d.smallestOf(ids.map((i) => `f${i}`))} AS sf${k}`);
    if (k < plan.measuredStages) cols.push(`${d.smallestOf(ids.map((i) => `n${i}`))} AS sn${k}`);
  }
  return `ps AS (SELECT ${cols.join(', ')} FROM pp)`;
}

/** The totals row's columns as [name, aggregate over ps]. */
function totalColumns(plan: JourneyPlan, d: Dialect, bounds: JourneyBounds): [string, string][] {
  const converted = (first: string, next: string) => convertedAfter(d, bounds, first, next);
  const cols: [string, string][] = [['persons', 'count(*)']];
  for (const t of plan.measured) {
    const i = t.index;
    cols.push([`r${i}`, `count(f${i})`], [`v${i}`, `sum(v${i})`]);
    if (t.rank! < plan.measuredStages) {
      const conv = converted(`f${i}`, `n${i}`);
      cols.push([`c${i}`, d.countIf(conv)], [`md${i}`, d.medianIf(d.secondsBetween(`f${i}`, `n${i}`), conv)]);
    }
  }
  for (let k = 1; k <= plan.measuredStages; k++) {
    cols.push([`p${k}`, `count(sf${k})`]);
    if (k < plan.measuredStages) {
      const conv = converted(`sf${k}`, `sn${k}`);
      cols.push(
        [`cs${k}`, d.countIf(conv)],
        [`ms${k}`, d.medianIf(d.secondsBetween(`sf${k}`, `sn${k}`), conv)],
      );
    }
  }
  for (const [a, b] of movePairs(plan.measuredStages)) {
    cols.push([`mn${a}_${b}`, `sum(mn${a}_${b})`], [`mp${a}_${b}`, d.countIf(`mn${a}_${b} > 0`)]);
  }
  return cols;
}
