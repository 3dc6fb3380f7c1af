import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnalyticsTabs } from '../analytics/AnalyticsTabs.tsx';
import { RetentionBuilder } from '../analytics/RetentionBuilder.tsx';
import { RetentionResultView } from '../analytics/RetentionResultView.tsx';
import { initialRetentionForm, type RetentionForm } from '../analytics/retention-form.ts';
import { useQueryRun } from '../analytics/use-query-run.ts';
import { api } from '../api/client.ts';
import type { EventNameStat, RetentionResult, RetentionSpecInput } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Spinner } from '../components/Spinner.tsx';

/** Analytics: cohort retention over the workspace's recorded event names. */
export function RetentionPage() {
  const { t } = useTranslation();
  const [names, reload] = useResource('event-names', (signal) => api.eventNames(signal));
  return (
    <div className="analytics-page">
      <PageTitle>{t('retention.title')}</PageTitle>
      <AnalyticsTabs current="retention" />
      <p className="lead">{t('retention.intro')}</p>
      {names.state === 'loading' && <Spinner label={t('retention.loadingEvents')} />}
      {names.state === 'error' && (
        <ErrorNotice title={t('retention.eventsFailed')} error={names.error} onRetry={reload} />
      )}
      {names.state === 'ready' && names.data.events.length === 0 && (
        <div className="notice notice-info">
          <p>{t('retention.noEvents')}</p>
        </div>
      )}
      {names.state === 'ready' && names.data.events.length > 0 && (
        <RetentionWorkspace events={names.data.events} />
      )}
    </div>
  );
}

function RetentionWorkspace({ events }: { events: EventNameStat[] }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<RetentionForm>(() =>
    initialRetentionForm(
      events.map((e) => e.event),
      Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    ),
  );
  const [run, start] = useQueryRun<RetentionSpecInput, RetentionForm, RetentionResult>(api.retention);
  return (
    <>
      <RetentionBuilder
        events={events}
        form={form}
        onChange={setForm}
        onRun={start}
        running={run.state === 'running'}
      />
      <section
        className="analytics-result"
        aria-labelledby="retention-result-title"
        aria-busy={run.state === 'running'}
      >
        <h2 id="retention-result-title" className="section-title">
          {t('retention.result')}
        </h2>
        {run.state === 'idle' && <p>{t('retention.idle')}</p>}
        {run.state === 'running' && <Spinner label={t('retention.runningLong')} />}
        {run.state === 'error' && (
          <ErrorNotice
            title={t('retention.failed')}
            error={run.error}
            onRetry={() => start(run.spec, run.form)}
          />
        )}
        {run.state === 'ready' && <RetentionResultView result={run.result} form={run.form} />}
      </section>
    </>
  );
}
