import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuerySpecInput } from '../../../src/analytics/spec/query-spec.ts';
import { api } from '../api/client.ts';
import type { EventNameStat } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { SaveToDashboard } from '../dashboards/SaveToDashboard.tsx';
import { AnalyticsTabs, type AnalyticsViewName } from './AnalyticsTabs.tsx';
import type { QueryRun } from './use-query-run.ts';

/**
 * The frame every analytics view shares: title, tabs and intro, then the workspace's event names
 * (loading, failed or none recorded, each explained) handed to the view's builder. Texts come
 * from the view's section of the translations (`funnel.title`, `paths.noEvents`, …).
 */
export function AnalyticsView({
  view,
  children,
}: {
  view: AnalyticsViewName;
  children: (events: EventNameStat[]) => ReactNode;
}) {
  const { t } = useTranslation();
  const [names, reload] = useResource('event-names', (signal) => api.eventNames(signal));
  return (
    <div className="analytics-page">
      <PageTitle>{t(`${view}.title`)}</PageTitle>
      <AnalyticsTabs current={view} />
      <p className="lead">{t(`${view}.intro`)}</p>
      {names.state === 'loading' && <Spinner label={t(`${view}.loadingEvents`)} />}
      {names.state === 'error' && (
        <ErrorNotice title={t(`${view}.eventsFailed`)} error={names.error} onRetry={reload} />
      )}
      {names.state === 'ready' && names.data.events.length === 0 && (
        <div className="notice notice-info">
          <p>{t(`${view}.noEvents`)}</p>
        </div>
      )}
      {names.state === 'ready' && names.data.events.length > 0 && children(names.data.events)}
    </div>
  );
}

/**
 * A view's result area: what to do first, a spinner while running, the error with a retry, or the
 * answer — with "Save to dashboard" under it when `saveTitle` names the saved view.
 */
export function QueryResultSection<Spec extends QuerySpecInput, Form, Result>({
  view,
  run,
  onRetry,
  saveTitle,
  children,
}: {
  view: AnalyticsViewName;
  run: QueryRun<Spec, Form, Result>;
  onRetry: (spec: Spec, form: Form) => void;
  saveTitle?: (form: Form) => string;
  children: (result: Result, form: Form) => ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = `${view}-result-title`;
  return (
    <section className="analytics-result" aria-labelledby={titleId} aria-busy={run.state === 'running'}>
      <h2 id={titleId} className="section-title">
        {t(`${view}.result`)}
      </h2>
      {run.state === 'idle' && <p>{t(`${view}.idle`)}</p>}
      {run.state === 'running' && <Spinner label={t(`${view}.runningLong`)} />}
      {run.state === 'error' && (
        <ErrorNotice
          title={t(`${view}.failed`)}
          error={run.error}
          onRetry={() => onRetry(run.spec, run.form)}
        />
      )}
      {run.state === 'ready' && children(run.result, run.form)}
      {run.state === 'ready' && saveTitle && (
        <SaveToDashboard spec={run.spec} defaultTitle={saveTitle(run.form)} />
      )}
    </section>
  );
}
