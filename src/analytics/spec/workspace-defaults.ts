import type { SurveySettings } from '../../model/workspace-settings.ts';

const SURVEY_KINDS = new Set(['nps', 'csat', 'ces']);

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * A KPI spec on survey answers with the workspace's survey event and properties filled in where
 * the spec names none: the spec wins, then the workspace's settings, then the built-in defaults.
 * Runs on the spec as received, before validation, so errors still point at what the user wrote.
 * Example: `{ type: "kpi", metric: "nps" }` with surveys in `feedback_given.rating` →
 * `{ type: "kpi", metric: { kind: "nps", event: "feedback_given", scoreProperty: "rating", … } }`.
 */
export function withSurveyDefaults(input: unknown, surveys: SurveySettings): unknown {
  if (!isObject(input) || input.type !== 'kpi') return input;
  const metric = typeof input.metric === 'string' ? { kind: input.metric } : input.metric;
  if (!isObject(metric) || typeof metric.kind !== 'string' || !SURVEY_KINDS.has(metric.kind)) return input;
  return {
    ...input,
    metric: {
      event: surveys.event,
      surveyProperty: surveys.surveyProperty,
      scoreProperty: surveys.scoreProperty,
      ...metric,
    },
  };
}
