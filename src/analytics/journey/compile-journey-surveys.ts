import { DEFAULT_WORKSPACE_SETTINGS, type SurveySettings } from '../../model/workspace-settings.ts';
import type { JourneySpec } from '../spec/journey-spec.ts';
import { BoundParams, type CompiledQuery } from '../sql/bound-params.ts';
import { compileWhere, type PersonaRules } from '../sql/compile-filter.ts';
import type { Dialect } from '../sql/dialect.ts';
import { bindingMatch } from './binding-match.ts';
import { journeySource, journeyWhere } from './journey-events.ts';
import type { JourneyPlan } from './journey-plan.ts';

/** The values of the survey property that mark NPS and CSAT answers. */
const SURVEY_KIND = { nps: 'nps', csat: 'csat' } as const;

/**
 * Survey answers are where the workspace's settings say (by default `track` events named
 * `survey_response` with properties `{ survey: "nps" | "csat", score, touchpoint }`). An answer
 * belongs to the touchpoint whose id its touchpoint property names, else to the first touchpoint
 * whose event binding it matches (a map may bind a "Checkout survey" touchpoint to the answers
 * with `touchpoint = checkout`) — the rule the voice-of-the-customer query uses too.
 * Per touchpoint: how many valid NPS answers (0–10) and how
 * many of them promoters (9–10) and detractors (0–6); how many valid CSAT answers (1–5) and how
 * many satisfied (4–5). Answers outside a scale, or without a numeric score, are left out.
 * Responses count when they fall in the range and pass the spec's `where` (and persona), like
 * every other event of the query. Columns: touchpoint, nps_n, promoters, detractors, csat_n,
 * satisfied. Null for a map without touchpoints.
 */
export function compileJourneySurveys(
  spec: JourneySpec,
  plan: JourneyPlan,
  dialect: Dialect,
  opts: { workspaceId: string; personas?: PersonaRules; surveys?: SurveySettings },
): CompiledQuery | null {
  const surveys = opts.surveys ?? DEFAULT_WORKSPACE_SETTINGS.surveys;
  if (plan.touchpoints.length === 0) return null;
  const q = new BoundParams(dialect);
  const where = journeyWhere(spec);
  const src = journeySource(q, opts.workspaceId, where);
  const c = src.columns;
  const prop = (name: string) => dialect.jsonText(c.properties, q.bindJsonPath([name]));
  const scan = [src.where, `${c.event} = ${q.bind(surveys.event, 'text')}`];
  if (spec.range) {
    scan.push(
      `${c.timestamp} >= ${q.bindTime(new Date(spec.range.from))}`,
      `${c.timestamp} < ${q.bindTime(new Date(spec.range.to))}`,
    );
  }
  if (where.length > 0)
    scan.push(compileWhere(where, { q, columns: c, personas: opts.personas ?? new Map() }));
  const nps = `survey = ${q.bind(SURVEY_KIND.nps, 'text')} AND score >= 0 AND score <= 10`;
  const csat = `survey = ${q.bind(SURVEY_KIND.csat, 'text')} AND score >= 1 AND score <= 5`;
  const ids = plan.touchpoints.map((t) => q.bind(t.id, 'text'));
  const named = prop(surveys.touchpointProperty);
  const ctx = { q, columns: c, personas: opts.personas ?? new Map() };
  const byName = plan.touchpoints.map((_, i) => `WHEN ${named} = ${ids[i]} THEN ${ids[i]}`);
  const byBinding = plan.touchpoints.flatMap((t, i) =>
    t.binding ? [`WHEN ${bindingMatch(t.binding, ctx)} THEN ${ids[i]}`] : [],
  );
  return q.query(`SELECT touchpoint,
  ${dialect.countIf(nps)} AS nps_n,
  ${dialect.countIf(`${nps} AND score >= 9`)} AS promoters,
  ${dialect.countIf(`${nps} AND score <= 6`)} AS detractors,
  ${dialect.countIf(csat)} AS csat_n,
  ${dialect.countIf(`${csat} AND score >= 4`)} AS satisfied
FROM (
  SELECT CASE ${[...byName, ...byBinding].join(' ')} END AS touchpoint,
    ${prop(surveys.surveyProperty)} AS survey,
    ${dialect.toFloat(prop(surveys.scoreProperty))} AS score
  FROM ${src.from}
  WHERE ${scan.join('\n    AND ')}
) s
WHERE touchpoint IS NOT NULL
GROUP BY touchpoint`);
}
