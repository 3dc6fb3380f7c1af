import type { FormattedIssue } from '../../model/format-issue.ts';
import type { SurveySettings } from '../../model/workspace-settings.ts';
import type { Store } from '../../store/store.ts';
import type { JourneySpec } from '../spec/journey-spec.ts';
import type { PersonaRules } from '../sql/compile-filter.ts';
import { compileJourney } from './compile-journey.ts';
import { compileJourneySurveys } from './compile-journey-surveys.ts';
import { loadJourneyPlan } from './journey-plan.ts';
import type { JourneyResult } from './journey-result.ts';
import { readJourneyRows, readSurveyRows } from './journey-rows.ts';
import { shapeJourneyResult } from './shape-journey-result.ts';

/**
 * Reads the spec's map, compiles the journey metrics and the touchpoints' survey scores for the
 * store's engine, runs both and shapes the result. An unknown map or persona is a spec error
 * (what the API answers with 400); a map without bound touchpoints measures nothing but still
 * lists its stages and touchpoints (with their survey scores).
 */
export async function runJourney(
  store: Pick<Store, 'analytics' | 'maps'>,
  workspaceId: string,
  spec: JourneySpec,
  personas: PersonaRules,
  /** Where the workspace's survey answers are (its settings). */
  surveySettings?: SurveySettings,
): Promise<{ ok: true; result: JourneyResult } | { ok: false; errors: FormattedIssue[] }> {
  const loaded = await loadJourneyPlan(store.maps, workspaceId, spec, personas);
  if (!loaded.ok) return loaded;
  const { plan } = loaded;
  const reader = store.analytics;
  const opts = { workspaceId, personas: loaded.personas };
  const metrics = plan.measured.length > 0 ? compileJourney(spec, plan, reader.dialect, opts) : null;
  const surveys = compileJourneySurveys(spec, plan, reader.dialect, { ...opts, surveys: surveySettings });
  const [metricRows, surveyRows] = await Promise.all([
    metrics ? reader.all(metrics.sql, metrics.params) : null,
    surveys ? reader.all(surveys.sql, surveys.params) : [],
  ]);
  return {
    ok: true,
    result: shapeJourneyResult(
      plan,
      metricRows ? readJourneyRows(metricRows, plan) : null,
      readSurveyRows(surveyRows),
    ),
  };
}
