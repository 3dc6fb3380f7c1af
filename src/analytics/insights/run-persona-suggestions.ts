import type { FormattedIssue } from '../../model/format-issue.ts';
import type { SurveySettings } from '../../model/workspace-settings.ts';
import type { Store } from '../../store/store.ts';
import { type JourneyPlan, loadJourneyPlan } from '../journey/journey-plan.ts';
import type { PersonaSuggestionsSpec } from '../spec/persona-suggestions-spec.ts';
import type { PersonaRules } from '../sql/compile-filter.ts';
import { compilePersonFeatures } from './compile-person-features.ts';
import { readPersonRows } from './person-features.ts';
import { suggestPersonas } from './persona-suggestions.ts';
import type { PersonaSuggestionsResult } from './persona-suggestions-result.ts';

/**
 * Runs a personaSuggestions spec: the map's plan when `mapId` is given (an unknown map is a spec
 * error), one feature query, then the clustering in TypeScript. Days since last seen count back
 * from the range's end, else from the latest event among the persons.
 */
export async function runPersonaSuggestions(
  store: Pick<Store, 'analytics' | 'maps'>,
  workspaceId: string,
  spec: PersonaSuggestionsSpec,
  personas: PersonaRules,
  surveySettings?: SurveySettings,
): Promise<{ ok: true; result: PersonaSuggestionsResult } | { ok: false; errors: FormattedIssue[] }> {
  let plan: JourneyPlan | null = null;
  if (spec.mapId !== undefined) {
    const loaded = await loadJourneyPlan(store.maps, workspaceId, { mapId: spec.mapId }, personas);
    if (!loaded.ok) return loaded;
    plan = loaded.plan;
  }
  const { sql, params } = compilePersonFeatures(spec, plan, store.analytics.dialect, {
    workspaceId,
    personas,
    ...(surveySettings ? { surveys: surveySettings } : {}),
  });
  const withMap = plan !== null && plan.measured.length > 0;
  const persons = readPersonRows(await store.analytics.all(sql, params), withMap);
  const asOfMs = spec.range
    ? Date.parse(spec.range.to)
    : persons.reduce((latest, p) => Math.max(latest, p.lastSeenMs), 0);
  const stageNames = plan?.stages.filter((s) => s.rank !== null).map((s) => s.name) ?? [];
  return {
    ok: true,
    result: suggestPersonas(persons, {
      ...(spec.k !== undefined ? { k: spec.k } : {}),
      maxK: spec.maxK,
      seed: spec.seed,
      sampleSize: spec.sampleSize,
      ...(spec.traits ? { traits: spec.traits } : {}),
      asOfMs,
      stageNames,
    }),
  };
}
