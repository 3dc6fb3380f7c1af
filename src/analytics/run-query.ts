import type { FormattedIssue } from '../model/format-issue.ts';
import { DEFAULT_WORKSPACE_SETTINGS } from '../model/workspace-settings.ts';
import type { Store } from '../store/store.ts';
import type { AttributionResult } from './attribution/attribution-result.ts';
import { runAttribution } from './attribution/run-attribution.ts';
import type { BasketResult } from './basket/basket-result.ts';
import { runBasket } from './basket/run-basket.ts';
import type { FunnelResult } from './funnel/funnel-result.ts';
import { runFunnel } from './funnel/run-funnel.ts';
import type { PainPointsResult } from './insights/pain-points-result.ts';
import type { PersonaSuggestionsResult } from './insights/persona-suggestions-result.ts';
import { type MomentsOfTruthResult, runMomentsOfTruth } from './insights/run-moments-of-truth.ts';
import { runPainPoints } from './insights/run-pain-points.ts';
import { runPersonaSuggestions } from './insights/run-persona-suggestions.ts';
import type { JourneyResult } from './journey/journey-result.ts';
import { runJourney } from './journey/run-journey.ts';
import type { KpiResult } from './kpi/kpi-result.ts';
import { runKpi } from './kpi/run-kpi.ts';
import type { PathsResult } from './paths/paths-result.ts';
import { runPaths } from './paths/run-paths.ts';
import { resolvePersonas } from './resolve-personas.ts';
import type { RetentionResult } from './retention/retention-result.ts';
import { runRetention } from './retention/run-retention.ts';
import { parseQuerySpec, type QuerySpec } from './spec/query-spec.ts';
import { withSurveyDefaults } from './spec/workspace-defaults.ts';
import { runVoc } from './voc/run-voc.ts';
import type { VocResult } from './voc/voc-result.ts';

export type QueryResult =
  | FunnelResult
  | PathsResult
  | RetentionResult
  | KpiResult
  | JourneyResult
  | BasketResult
  | AttributionResult
  | PainPointsResult
  | MomentsOfTruthResult
  | PersonaSuggestionsResult
  | VocResult;

/**
 * The outcome of a query: the validated spec (defaults filled in) and its result, or the spec's
 * problems, each naming its field — what `POST /api/v1/query` answers with 200 or 400.
 */
export type QueryOutcome =
  | { ok: true; spec: QuerySpec; result: QueryResult }
  | { ok: false; errors: FormattedIssue[] };

/**
 * Validates a spec, compiles it for the store's engine, runs it on the workspace's stitched
 * events and shapes the result. Engine errors are not spec errors: they reject.
 * Example: `await runQuery(store, 'default', { type: 'funnel', steps: [{ event: 'Viewed' },
 * { event: 'Bought' }] })` → `{ ok: true, spec, result: { steps: [...] } }`.
 */
export async function runQuery(
  store: Pick<Store, 'analytics' | 'maps'> & Partial<Pick<Store, 'workspaces'>>,
  workspaceId: string,
  input: unknown,
): Promise<QueryOutcome> {
  // Workspace settings are defaults a spec may override (where survey answers are, for now).
  const settings = store.workspaces
    ? await store.workspaces.settings(workspaceId)
    : DEFAULT_WORKSPACE_SETTINGS;
  const parsed = parseQuerySpec(withSurveyDefaults(input, settings.surveys));
  if (!parsed.ok) return parsed;
  const spec = parsed.spec;
  const resolved = await resolvePersonas(store.maps, workspaceId, spec);
  if (!resolved.ok) return resolved;
  switch (spec.type) {
    case 'funnel':
      return {
        ok: true,
        spec,
        result: await runFunnel(store.analytics, workspaceId, spec, resolved.personas),
      };
    case 'paths': {
      const run = await runPaths(store, workspaceId, spec, resolved.personas);
      return run.ok ? { ok: true, spec, result: run.result } : run;
    }
    case 'retention':
      return {
        ok: true,
        spec,
        result: await runRetention(store.analytics, workspaceId, spec, resolved.personas),
      };
    case 'kpi':
      return { ok: true, spec, result: await runKpi(store.analytics, workspaceId, spec, resolved.personas) };
    case 'journey': {
      const run = await runJourney(store, workspaceId, spec, resolved.personas, settings.surveys);
      return run.ok ? { ok: true, spec, result: run.result } : run;
    }
    case 'basket':
      return {
        ok: true,
        spec,
        result: await runBasket(store.analytics, workspaceId, spec, resolved.personas),
      };
    case 'attribution': {
      const run = await runAttribution(store, workspaceId, spec, resolved.personas);
      return run.ok ? { ok: true, spec, result: run.result } : run;
    }
    case 'painPoints': {
      const run = await runPainPoints(store, workspaceId, spec, resolved.personas, settings.surveys);
      return run.ok ? { ok: true, spec, result: run.result } : run;
    }
    case 'momentsOfTruth': {
      const run = await runMomentsOfTruth(store, workspaceId, spec, resolved.personas);
      return run.ok ? { ok: true, spec, result: run.result } : run;
    }
    case 'personaSuggestions': {
      const run = await runPersonaSuggestions(store, workspaceId, spec, resolved.personas, settings.surveys);
      return run.ok ? { ok: true, spec, result: run.result } : run;
    }
    case 'voc': {
      const run = await runVoc(store, workspaceId, spec, resolved.personas, settings);
      return run.ok ? { ok: true, spec, result: run.result } : run;
    }
  }
}
