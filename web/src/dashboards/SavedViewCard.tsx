import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttributionResult } from '../../../src/analytics/attribution/attribution-result.ts';
import type { BasketResult } from '../../../src/analytics/basket/basket-result.ts';
import type { FunnelResult } from '../../../src/analytics/funnel/funnel-result.ts';
import type { JourneyResult } from '../../../src/analytics/journey/journey-result.ts';
import type { KpiResult } from '../../../src/analytics/kpi/kpi-result.ts';
import type { PathsResult } from '../../../src/analytics/paths/paths-result.ts';
import type { RetentionResult } from '../../../src/analytics/retention/retention-result.ts';
import type { VocResult } from '../../../src/analytics/voc/voc-result.ts';
import { FunnelResultView } from '../analytics/FunnelResultView.tsx';
import { KpiAnswer } from '../analytics/KpiAnswer.tsx';
import { PathsResultView } from '../analytics/PathsResultView.tsx';
import { RetentionResultView } from '../analytics/RetentionResultView.tsx';
import { StageFlowResultView } from '../analytics/StageFlowResultView.tsx';
import { dashboardApi, type SavedView } from '../api/dashboard-api.ts';
import { useResource } from '../api/use-resource.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { JourneyInsightAnswer } from './JourneyInsightAnswer.tsx';
import { funnelFormOf, retentionFormOf } from './saved-view-forms.ts';

// Loaded when a dashboard first shows one (as their pages are), keeping the start bundle small.
const AttributionResultView = lazy(() =>
  import('../analytics/AttributionResultView.tsx').then((m) => ({ default: m.AttributionResultView })),
);
const VocResultView = lazy(() =>
  import('../analytics/VocResultView.tsx').then((m) => ({ default: m.VocResultView })),
);
const BasketResultView = lazy(() =>
  import('../analytics/BasketResultView.tsx').then((m) => ({ default: m.BasketResultView })),
);

/**
 * One saved view of a dashboard: asks the API again on every opening (the numbers are always
 * current), with its own progress and error, so a slow or failing view never holds up the rest.
 */
export function SavedViewCard({ view, onRemove }: { view: SavedView; onRemove?: () => void }) {
  const { t } = useTranslation();
  const [answer, retry] = useResource(`saved-view:${view.id}:${JSON.stringify(view.spec)}`, (signal) =>
    dashboardApi.run<unknown>(view.spec, signal),
  );
  const titleId = `view-${view.id}`;
  return (
    <section
      className="panel dashboard-view"
      aria-labelledby={titleId}
      aria-busy={answer.state === 'loading'}
      data-view-type={view.spec.type}
    >
      <div className="dashboard-view-head">
        <h2 id={titleId} className="section-title">
          {view.title}
        </h2>
        <span className="badge">{t(`dashboards.types.${view.spec.type}`)}</span>
        {onRemove && (
          <button
            type="button"
            className="button button-small"
            aria-label={t('dashboards.removeNamed', { name: view.title })}
            onClick={onRemove}
          >
            {t('dashboards.remove')}
          </button>
        )}
      </div>
      {answer.state === 'loading' && <Spinner label={t('dashboards.running')} announce={false} />}
      {answer.state === 'error' && (
        <ErrorNotice title={t('dashboards.viewFailed')} error={answer.error} onRetry={retry} />
      )}
      {answer.state === 'ready' && <Answer view={view} result={answer.data} />}
    </section>
  );
}

function Answer({ view, result }: { view: SavedView; result: unknown }) {
  const { t } = useTranslation();
  const spec = view.spec;
  switch (spec.type) {
    case 'funnel':
      return <FunnelResultView result={result as FunnelResult} form={funnelFormOf(spec)} />;
    case 'paths':
      return <PathsResultView result={result as PathsResult} />;
    case 'retention':
      return <RetentionResultView result={result as RetentionResult} form={retentionFormOf(spec)} />;
    case 'kpi':
      return <KpiAnswer spec={spec} result={result as KpiResult} />;
    case 'journey':
      return <StageFlowResultView result={result as JourneyResult} />;
    case 'attribution':
    case 'voc':
    case 'basket':
      return (
        <Suspense fallback={<Spinner label={t('dashboards.running')} announce={false} />}>
          {spec.type === 'attribution' && (
            <AttributionResultView
              result={result as AttributionResult}
              channels={(spec.touch?.by ?? 'channel') === 'channel'}
            />
          )}
          {spec.type === 'voc' && <VocResultView spec={spec} result={result as VocResult} />}
          {spec.type === 'basket' && <BasketResultView result={result as BasketResult} />}
        </Suspense>
      );
    case 'painPoints':
    case 'momentsOfTruth':
    case 'personaSuggestions':
      return <JourneyInsightAnswer spec={spec} result={result} />;
  }
}
