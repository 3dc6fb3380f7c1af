import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnalyticsTabs } from '../analytics/AnalyticsTabs.tsx';
import { PathsBuilder } from '../analytics/PathsBuilder.tsx';
import { PathsResultView } from '../analytics/PathsResultView.tsx';
import { initialPathsForm, type PathsForm } from '../analytics/paths-form.ts';
import { useQueryRun } from '../analytics/use-query-run.ts';
import { api } from '../api/client.ts';
import type { EventNameStat, PathsResult, PathsSpecInput } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Spinner } from '../components/Spinner.tsx';

/** Analytics: the paths people take, from or to an event of the workspace. */
export function PathsPage() {
  const { t } = useTranslation();
  const [names, reload] = useResource('event-names', (signal) => api.eventNames(signal));
  return (
    <div className="analytics-page">
      <PageTitle>{t('paths.title')}</PageTitle>
      <AnalyticsTabs current="paths" />
      <p className="lead">{t('paths.intro')}</p>
      {names.state === 'loading' && <Spinner label={t('paths.loadingEvents')} />}
      {names.state === 'error' && (
        <ErrorNotice title={t('paths.eventsFailed')} error={names.error} onRetry={reload} />
      )}
      {names.state === 'ready' && names.data.events.length === 0 && (
        <div className="notice notice-info">
          <p>{t('paths.noEvents')}</p>
        </div>
      )}
      {names.state === 'ready' && names.data.events.length > 0 && (
        <PathsWorkspace events={names.data.events} />
      )}
    </div>
  );
}

function PathsWorkspace({ events }: { events: EventNameStat[] }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<PathsForm>(() => initialPathsForm(events.map((e) => e.event)));
  const [run, start] = useQueryRun<PathsSpecInput, PathsForm, PathsResult>(api.paths);
  return (
    <>
      <PathsBuilder
        events={events}
        form={form}
        onChange={setForm}
        onRun={start}
        running={run.state === 'running'}
      />
      <section
        className="analytics-result"
        aria-labelledby="paths-result-title"
        aria-busy={run.state === 'running'}
      >
        <h2 id="paths-result-title" className="section-title">
          {t('paths.result')}
        </h2>
        {run.state === 'idle' && <p>{t('paths.idle')}</p>}
        {run.state === 'running' && <Spinner label={t('paths.runningLong')} />}
        {run.state === 'error' && (
          <ErrorNotice
            title={t('paths.failed')}
            error={run.error}
            onRetry={() => start(run.spec, run.form)}
          />
        )}
        {run.state === 'ready' && <PathsResultView result={run.result} />}
      </section>
    </>
  );
}
