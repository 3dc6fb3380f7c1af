import { CHANNEL_NAMES } from '../../model/channel.ts';
import { DEFAULT_WORKSPACE_SETTINGS, type SurveySettings } from '../../model/workspace-settings.ts';
import { journeyPersonCtes } from '../journey/compile-journey.ts';
import type { JourneyPlan } from '../journey/journey-plan.ts';
import type { PersonaSuggestionsSpec } from '../spec/persona-suggestions-spec.ts';
import { propertyPath } from '../spec/where-filter.ts';
import { BoundParams, type CompiledQuery } from '../sql/bound-params.ts';
import { compileWhere, type PersonaRules } from '../sql/compile-filter.ts';
import type { Dialect } from '../sql/dialect.ts';
import { stitchedEvents } from '../sql/stitched-events.ts';

/** `context.device.type` values that mean a phone or tablet (Segment's spec, analytics.js, the demo). */
export const MOBILE_DEVICE_TYPES = ['mobile', 'ios', 'android', 'tablet'] as const;

/**
 * One row per person with an event in the range (passing `where`; identity calls are not
 * events here), ordered by person id:
 *   ch{j}     events on channel CHANNEL_NAMES[j],
 *   orders    purchase events, revenue their value (first value property holding a number),
 *   last_us   epoch microseconds of the last event,
 *   mob, devn events from a phone or tablet, events with a device type at all,
 *   nps       the average NPS answer (0–10) of the person's survey responses (NULL without),
 *   traits    the person's traits as JSON text,
 *   mx        with a map: the furthest stage rank reached (as the journey query sees it).
 */
export function compilePersonFeatures(
  spec: PersonaSuggestionsSpec,
  plan: JourneyPlan | null,
  dialect: Dialect,
  opts: { workspaceId: string; personas: PersonaRules; surveys?: SurveySettings },
): CompiledQuery {
  const q = new BoundParams(dialect);
  const d = dialect;
  const surveys = opts.surveys ?? DEFAULT_WORKSPACE_SETTINGS.surveys;
  const ctes: string[] = [];
  const withMap = plan !== null && plan.measured.length > 0;
  if (withMap) {
    const journey = {
      type: 'journey' as const,
      mapId: plan.mapId,
      where: spec.where,
      ...(spec.range ? { range: spec.range } : {}),
    };
    const { ctes: journeyCtes } = journeyPersonCtes(journey, plan, q, opts);
    const M = plan.measuredStages;
    const mx = `CASE ${Array.from({ length: M }, (_, j) => `WHEN sf${M - j} IS NOT NULL THEN ${M - j}`).join(' ')} END`;
    ctes.push(...journeyCtes, `pm AS (SELECT person, ${mx} AS mx FROM ps)`);
  }

  const src = stitchedEvents(q, opts.workspaceId, { withTraits: true });
  const c = src.columns;
  const prop = (keys: readonly string[]) => d.jsonText(c.properties, q.bindJsonPath(keys));
  const isOrder = [`${c.event} = ${q.bind(spec.purchase.event, 'text')}`];
  if (spec.purchase.where.length > 0) {
    isOrder.push(compileWhere(spec.purchase.where, { q, columns: c, personas: opts.personas }));
  }
  const values = spec.valueProperties.map((p) => d.toFloat(prop(propertyPath(p))));
  const value = values.length === 1 ? values[0]! : `COALESCE(${values.join(', ')})`;
  const score = d.toFloat(prop(propertyPath(surveys.scoreProperty)));
  const isNps = [
    `${c.event} = ${q.bind(surveys.event, 'text')}`,
    `${prop(propertyPath(surveys.surveyProperty))} = ${q.bind('nps', 'text')}`,
  ].join(' AND ');
  if (!c.context) throw new Error('The event source has no context column');
  const device = d.jsonText(c.context, q.bindJsonPath(['device', 'type']));
  const mobile = MOBILE_DEVICE_TYPES.map((t) => q.bind(t, 'text')).join(', ');

  // Identity calls (identify, alias, group) are bookkeeping, not a meeting with the brand: they
  // would make everyone a user of their inferred channel and reset their recency.
  const identityCalls = ['identify', 'alias', 'group'].map((t) => q.bind(t, 'text')).join(', ');
  const scan = [src.where, `${c.fields.type} NOT IN (${identityCalls})`];
  if (spec.range) {
    scan.push(
      `${c.timestamp} >= ${q.bindTime(new Date(spec.range.from))}`,
      `${c.timestamp} < ${q.bindTime(new Date(spec.range.to))}`,
    );
  }
  if (spec.where.length > 0) scan.push(compileWhere(spec.where, { q, columns: c, personas: opts.personas }));
  ctes.push(`fe AS (
  SELECT ${c.person} AS person, ${c.timestamp} AS ts, ${c.fields.channel} AS ch,
    CASE WHEN ${isOrder.join(' AND ')} THEN 1 ELSE 0 END AS is_order,
    CASE WHEN ${isOrder.join(' AND ')} THEN ${value} END AS val,
    CASE WHEN ${isNps} THEN ${score} END AS score,
    CASE WHEN ${device} IN (${mobile}) THEN 1 WHEN ${device} IS NOT NULL THEN 0 END AS dev,
    CAST(${c.traits} AS VARCHAR) AS traits
  FROM ${src.from}
  WHERE ${scan.join('\n    AND ')}
)`);
  const channelCols = CHANNEL_NAMES.map(
    (ch, j) => `count(CASE WHEN ch = ${q.bind(ch, 'text')} THEN 1 END) AS ch${j}`,
  );
  const cols = [
    'person',
    ...channelCols,
    'sum(is_order) AS orders',
    'sum(val) AS revenue',
    `${d.epochMicros('max(ts)')} AS last_us`,
    d.countIf('dev = 1') + ' AS mob',
    d.countIf('dev IS NOT NULL') + ' AS devn',
    d.avgIf('score', 'score >= 0 AND score <= 10') + ' AS nps',
    'min(traits) AS traits',
  ];
  ctes.push(`pf AS (
  SELECT ${cols.join(',\n    ')}
  FROM fe
  GROUP BY person
)`);
  // Every column named: engines differ in how they name `pf.*` after a join.
  const names = [
    'person',
    ...CHANNEL_NAMES.map((_, j) => `ch${j}`),
    'orders',
    'revenue',
    'last_us',
    'mob',
    'devn',
    'nps',
    'traits',
  ];
  const picked = names.map((n) => `pf.${n} AS ${n}`).join(', ');
  const select = withMap
    ? `SELECT ${picked}, pm.mx AS mx FROM pf LEFT JOIN pm ON pm.person = pf.person`
    : `SELECT ${picked} FROM pf`;
  return q.query(`WITH ${ctes.join(',\n')}
${select}
ORDER BY pf.person`);
}
