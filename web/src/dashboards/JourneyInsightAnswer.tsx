import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { MomentsOfTruthSpecInput } from '../../../src/analytics/spec/moments-of-truth-spec.ts';
import type { PainPointsSpecInput } from '../../../src/analytics/spec/pain-points-spec.ts';
import type { PersonaSuggestionsSpecInput } from '../../../src/analytics/spec/persona-suggestions-spec.ts';
import type {
  MomentsOfTruthResult,
  PainPointsResult,
  PersonaSuggestionsResult,
} from '../api/insights-api.ts';
import { Spinner } from '../components/Spinner.tsx';

// Loaded when a dashboard first shows one (as their pages are), keeping the start bundle small.
const PainPointsResultView = lazy(() =>
  import('../analytics/PainPointsResultView.tsx').then((m) => ({ default: m.PainPointsResultView })),
);
const MomentsOfTruthResultView = lazy(() =>
  import('../analytics/MomentsOfTruthResultView.tsx').then((m) => ({ default: m.MomentsOfTruthResultView })),
);
const PersonaSuggestionsResultView = lazy(() =>
  import('../analytics/PersonaSuggestionsResultView.tsx').then((m) => ({
    default: m.PersonaSuggestionsResultView,
  })),
);

/** A saved pain-points, moments-of-truth or persona-suggestions view's answer on a dashboard. */
export function JourneyInsightAnswer({
  spec,
  result,
}: {
  spec: PainPointsSpecInput | MomentsOfTruthSpecInput | PersonaSuggestionsSpecInput;
  result: unknown;
}) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<Spinner label={t('dashboards.running')} announce={false} />}>
      {spec.type === 'painPoints' && (
        <PainPointsResultView result={result as PainPointsResult} mapId={spec.mapId} />
      )}
      {spec.type === 'momentsOfTruth' && (
        <MomentsOfTruthResultView result={result as MomentsOfTruthResult} mapId={spec.mapId} />
      )}
      {spec.type === 'personaSuggestions' && (
        <PersonaSuggestionsResultView
          result={result as PersonaSuggestionsResult}
          mapId={spec.mapId ?? null}
        />
      )}
    </Suspense>
  );
}
