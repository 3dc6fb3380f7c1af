import type { SurveySettings } from '../../model/workspace-settings.ts';
import { bindingMatch } from '../journey/binding-match.ts';
import type { JourneyPlan } from '../journey/journey-plan.ts';
import type { TextSource, VocSpec } from '../spec/voc-spec.ts';
import { propertyPath } from '../spec/where-filter.ts';
import { BoundParams, type CompiledQuery } from '../sql/bound-params.ts';
import {
  compilePersonaOf,
  compileWhere,
  type FilterContext,
  type PersonaRules,
} from '../sql/compile-filter.ts';
import type { Dialect } from '../sql/dialect.ts';
import { type EventSource, stitchedEvents } from '../sql/stitched-events.ts';
import { timeBucketCtes } from '../sql/time-buckets.ts';

/**
 * The events' Segment `context` document. The stitched source (stitched-events.ts) reads events as
 * `e`, and both stores keep the context as JSON text in this column.
 */
const EVENT_CONTEXT = 'e.context';

export interface VocCompileOptions {
  workspaceId: string;
  /** Segment rules of the personas the spec names, and of the `by: persona` map. */
  personas: PersonaRules;
  /** Where survey answers are: the workspace's settings with the spec's overrides. */
  surveys: SurveySettings;
  /** The spec's map, planned, when it names one. */
  plan: JourneyPlan | null;
}

/** Group of one event row as SQL: its touchpoint, stage's touchpoint, channel or persona; NULL without `by`. */
function groupOf(spec: VocSpec, ctx: FilterContext, opts: VocCompileOptions): string {
  const { q, columns: c } = ctx;
  const d = q.dialect;
  switch (spec.by) {
    case undefined:
      return "NULLIF('', '')";
    case 'channel':
      return c.fields.channel;
    case 'persona':
      return compilePersonaOf(spec.mapId ?? '', ctx);
    case 'touchpoint':
    case 'stage': {
      const named = d.jsonText(c.properties, q.bindJsonPath([opts.surveys.touchpointProperty]));
      const plan = opts.plan;
      if (!plan) return named;
      // The touchpoint an answer names wins; else the first touchpoint whose binding the event
      // matches (a review event bound to the "Product review" touchpoint). Stages add up their
      // touchpoints afterwards (shape-voc-result.ts).
      const ids = plan.touchpoints.map((t) => q.bind(t.id, 'text'));
      const byName = plan.touchpoints.map((_, i) => `WHEN ${named} = ${ids[i]} THEN ${ids[i]}`);
      const byBinding = plan.touchpoints.flatMap((t, i) =>
        t.binding ? [`WHEN ${bindingMatch(t.binding, ctx)} THEN ${ids[i]}`] : [],
      );
      return `CASE ${[...byName, ...byBinding].join(' ')} END`;
    }
  }
}

function source(spec: VocSpec, q: BoundParams, workspaceId: string): EventSource {
  const withTraits = spec.by === 'persona' || spec.where.some((f) => f.on === 'trait' || f.on === 'persona');
  return stitchedEvents(q, workspaceId, { withTraits });
}

/** Conditions every scanned event meets: the workspace, the range, the spec's `where`. */
function scanConditions(spec: VocSpec, ctx: FilterContext, src: EventSource): string[] {
  const { q, columns: c } = ctx;
  const scan = [src.where];
  if (spec.range) {
    scan.push(
      `${c.timestamp} >= ${q.bindTime(new Date(spec.range.from))}`,
      `${c.timestamp} < ${q.bindTime(new Date(spec.range.to))}`,
    );
  }
  if (spec.where.length > 0) scan.push(compileWhere(spec.where, ctx));
  return scan;
}

/** `target` = `source` with `tb`, the start of the row's local time bucket (NULL without an interval). */
function bucketCtes(spec: VocSpec, q: BoundParams, sourceCte: string, target: string): string[] {
  if (!spec.interval) return [`${target} AS (SELECT *, NULL AS tb FROM ${sourceCte})`];
  const zone = q.bind(spec.timezone, 'text');
  return timeBucketCtes(q, { source: sourceCte, target, interval: spec.interval, zone });
}

/**
 * Survey answers summed per group and time bucket, so any total is a sum of rows:
 *   g, tb_us, nps_n, nps_p, nps_d, csat_n, csat_s, ces_n, ces_sum, ces_sq.
 * An answer is an NPS answer when its survey property is "nps" and its score a whole number
 * 0–10, CSAT "csat" and 1–5, CES "ces" and inside the spec's scale (as the `kpi` measures read
 * them, src/analytics/kpi/survey-measures.ts); scores sent as text count as numbers.
 */
export function compileVocScores(spec: VocSpec, dialect: Dialect, opts: VocCompileOptions): CompiledQuery {
  const q = new BoundParams(dialect);
  const src = source(spec, q, opts.workspaceId);
  const c = src.columns;
  const ctx: FilterContext = { q, columns: c, personas: opts.personas };
  const prop = (name: string) => dialect.jsonText(c.properties, q.bindJsonPath([name]));
  const scan = [...scanConditions(spec, ctx, src), `${c.event} = ${q.bind(opts.surveys.event, 'text')}`];
  const sv = `sv AS (
  SELECT ${c.timestamp} AS ts, ${groupOf(spec, ctx, opts)} AS g,
    ${prop(opts.surveys.surveyProperty)} AS survey,
    ${dialect.toFloat(prop(opts.surveys.scoreProperty))} AS score
  FROM ${src.from}
  WHERE ${scan.join('\n    AND ')}
)`;
  const whole = (min: number, max: number) => `score >= ${min} AND score <= ${max} AND score = floor(score)`;
  const nps = `survey = ${q.bind('nps', 'text')} AND ${whole(0, 10)}`;
  const csat = `survey = ${q.bind('csat', 'text')} AND ${whole(1, 5)}`;
  const ces = `survey = ${q.bind('ces', 'text')} AND score >= ${q.bind(spec.ces.min, 'float')} AND score <= ${q.bind(spec.ces.max, 'float')}`;
  const tb = spec.interval ? dialect.epochMicros('tb') : 'NULL';
  return q.query(`WITH ${[sv, ...bucketCtes(spec, q, 'sv', 'svb')].join(',\n')}
SELECT g, ${tb} AS tb_us,
  ${dialect.countIf(nps)} AS nps_n,
  ${dialect.countIf(`${nps} AND score >= 9`)} AS nps_p,
  ${dialect.countIf(`${nps} AND score <= 6`)} AS nps_d,
  ${dialect.countIf(csat)} AS csat_n,
  ${dialect.countIf(`${csat} AND score >= 4`)} AS csat_s,
  ${dialect.countIf(ces)} AS ces_n,
  sum(CASE WHEN ${ces} THEN score END) AS ces_sum,
  sum(CASE WHEN ${ces} THEN score * score END) AS ces_sq
FROM svb
WHERE survey IS NOT NULL
GROUP BY g, tb`);
}

/**
 * The most recent `textLimit` feedback texts (non-empty) of the spec's sources, newest first:
 *   src (index of the source), txt, loc (the event's context.locale, else properties.locale),
 *   g, tb_us, total (texts there are in all, before the limit).
 * Texts that are the same event matched by two sources count once, for the first source.
 */
export function compileVocTexts(
  spec: VocSpec,
  sources: readonly TextSource[],
  dialect: Dialect,
  opts: VocCompileOptions,
): CompiledQuery {
  const q = new BoundParams(dialect);
  const src = source(spec, q, opts.workspaceId);
  const c = src.columns;
  const ctx: FilterContext = { q, columns: c, personas: opts.personas };
  const matches = sources.map((s) =>
    s.where.length === 0
      ? `${c.event} = ${q.bind(s.event, 'text')}`
      : `(${c.event} = ${q.bind(s.event, 'text')} AND ${compileWhere(s.where, ctx)})`,
  );
  const texts = sources.map((s) => dialect.jsonText(c.properties, q.bindJsonPath(propertyPath(s.property))));
  const which = `CASE ${matches.map((m, i) => `WHEN ${m} THEN ${i}`).join(' ')} END`;
  const text = `CASE ${matches.map((m, i) => `WHEN ${m} THEN ${texts[i]}`).join(' ')} END`;
  const locale = `COALESCE(${dialect.jsonText(EVENT_CONTEXT, q.bindJsonPath(['locale']))}, ${dialect.jsonText(c.properties, q.bindJsonPath(['locale']))})`;
  const scan = [...scanConditions(spec, ctx, src), `(${matches.join(' OR ')})`];
  const tx = `tx AS (
  SELECT * FROM (
    SELECT ${c.timestamp} AS ts, ${c.messageId} AS mid, ${which} AS src, ${text} AS txt, ${locale} AS loc,
      ${groupOf(spec, ctx, opts)} AS g
    FROM ${src.from}
    WHERE ${scan.join('\n      AND ')}
  ) t
  WHERE txt IS NOT NULL AND txt <> ''
)`;
  const tb = spec.interval ? dialect.epochMicros('tb') : 'NULL';
  return q.query(`WITH ${[tx, ...bucketCtes(spec, q, 'tx', 'txb')].join(',\n')}
SELECT src, txt, loc, g, ${tb} AS tb_us, total
FROM (
  SELECT *, row_number() OVER (ORDER BY ts DESC, mid ASC) AS rk, count(*) OVER () AS total FROM txb
) r
WHERE rk <= ${q.bind(spec.textLimit, 'int')}
ORDER BY rk`);
}
