import type { FormattedIssue } from '../../model/format-issue.ts';
import type { SurveySettings } from '../../model/workspace-settings.ts';
import type { Store } from '../../store/store.ts';
import { compileJourneySurveys } from '../journey/compile-journey-surveys.ts';
import { loadJourneyPlan } from '../journey/journey-plan.ts';
import { readSurveyRows } from '../journey/journey-rows.ts';
import { asJourneySpec } from '../spec/journey-scope.ts';
import type { PainPointsSpec } from '../spec/pain-points-spec.ts';
import type { PersonaRules } from '../sql/compile-filter.ts';
import { compilePainPoints, rankableTouchpoints } from './compile-pain-points.ts';
import { surveyNegativeFeedback } from './negative-feedback.ts';
import type { PainPointsResult } from './pain-points-result.ts';
import { rankPainPoints, type TouchpointOutcome } from './rank-pain-points.ts';

const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : Number(v ?? 0));

/**
 * Runs a pain-point spec: the map's plan (an unknown map or persona is a spec error), the
 * figures query and the touchpoints' survey answers, then the ranking (rank-pain-points.ts).
 * Touchpoints without an event binding, on the last measured stage or never reached are listed
 * as not ranked, with the reason.
 */
export async function runPainPoints(
  store: Pick<Store, 'analytics' | 'maps'>,
  workspaceId: string,
  spec: PainPointsSpec,
  personas: PersonaRules,
  surveySettings?: SurveySettings,
): Promise<{ ok: true; result: PainPointsResult } | { ok: false; errors: FormattedIssue[] }> {
  const journey = asJourneySpec(spec);
  const loaded = await loadJourneyPlan(store.maps, workspaceId, journey, personas);
  if (!loaded.ok) return loaded;
  const { plan } = loaded;
  const reader = store.analytics;
  const opts = { workspaceId, personas: loaded.personas };
  const rankable = rankableTouchpoints(plan);
  const figures = rankable.length > 0 ? compilePainPoints(spec, plan, reader.dialect, opts) : null;
  const surveys = compileJourneySurveys(journey, plan, reader.dialect, { ...opts, surveys: surveySettings });
  const [rows, surveyRows] = await Promise.all([
    figures ? reader.all(figures.sql, figures.params) : [],
    surveys ? reader.all(surveys.sql, surveys.params) : [],
  ]);
  const total = rows[0] ?? {};
  const feedback = surveyNegativeFeedback(readSurveyRows(surveyRows));
  const outcomes: TouchpointOutcome[] = rankable.map((t) => ({
    id: t.id,
    stageId: t.stageId,
    name: t.name,
    reach: num(total[`r${t.index}`]),
    converted: num(total[`c${t.index}`]),
    continuingValue: num(total[`cv${t.index}`]),
    feedback: feedback(t.id),
  }));
  const ranking = rankPainPoints(outcomes, spec.weights);
  const reached = new Set(outcomes.filter((o) => o.reach > 0).map((o) => o.id));
  const lastRank = plan.measuredStages;
  const unranked = plan.touchpoints
    .filter((t) => !reached.has(t.id))
    .map((t) => ({
      touchpointId: t.id,
      reason:
        t.index === null
          ? ('not_measured' as const)
          : t.rank === lastRank
            ? ('last_stage' as const)
            : ('not_reached' as const),
    }));
  return { ok: true, result: { persons: num(total.persons), ...ranking, unranked } };
}
