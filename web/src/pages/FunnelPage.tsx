import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnalyticsTabs } from '../analytics/AnalyticsTabs.tsx';
import { FunnelBuilder } from '../analytics/FunnelBuilder.tsx';
import { FunnelResultView } from '../analytics/FunnelResultView.tsx';
import { type FunnelForm, initialFunnelForm } from '../analytics/funnel-form.ts';
import { api } from '../api/client.ts';
import type { EventNameStat, FunnelResult, FunnelSpecInput } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Spinner } from '../components/Spinner.tsx';

/** Analytics: the funnel builder over the workspace's recorded event names. */
export function FunnelPage() {
  const { t } = useTranslation();
  const [names, reload] = useResource('event-names', (signal) => api.eventNames(signal));
  return (
    <div className="analytics-page">
      <PageTitle>{t('funnel.title')}</PageTitle>
      <AnalyticsTabs current="funnel" />
      <p className="lead">{t('funnel.intro')}</p>
      {names.state === 'loading' && <Spinner label={t('funnel.loadingEvents')} />}
      {names.state === 'error' && (
        <ErrorNotice title={t('funnel.eventsFailed')} error={names.error} onRetry={reload} />
      )}
      {names.state === 'ready' && names.data.events.length === 0 && (
        <div className="notice notice-info">
          <p>{t('funnel.noEvents')}</p>
        </div>
      )}
      {names.state === 'ready' && names.data.events.length > 0 && (
        <FunnelWorkspace events={names.data.events} />
      )}
    </div>
  );
}

type Run =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'error'; error: unknown; spec: FunnelSpecInput; form: FunnelForm }
  | { state: 'ready'; result: FunnelResult; form: FunnelForm };

function FunnelWorkspace({ events }: { events: EventNameStat[] }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<FunnelForm>(() =>
    initialFunnelForm(
      events.map((e) => e.event),
      Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    ),
  );
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const pending = useRef<AbortController | null>(null);
  useEffect(() => () => pending.current?.abort(), []);

  const start = (spec: FunnelSpecInput, asRun: FunnelForm) => {
    pending.current?.abort(); // a newer question replaces an older one still on its way
    const controller = new AbortController();
    pending.current = controller;
    setRun({ state: 'running' });
    api.funnel(spec, controller.signal).then(
      (result) => {
        if (!controller.signal.aborted) setRun({ state: 'ready', result, form: asRun });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setRun({ state: 'error', error, spec, form: asRun });
      },
    );
  };

  return (
    <>
      <FunnelBuilder
        events={events}
        form={form}
        onChange={setForm}
        onRun={start}
        running={run.state === 'running'}
      />
      <section
        className="analytics-result"
        aria-labelledby="funnel-result-title"
        aria-busy={run.state === 'running'}
      >
        <h2 id="funnel-result-title" className="section-title">
          {t('funnel.result')}
        </h2>
        {run.state === 'idle' && <p>{t('funnel.idle')}</p>}
        {run.state === 'running' && <Spinner label={t('funnel.runningLong')} />}
        {run.state === 'error' && (
          <ErrorNotice
            title={t('funnel.failed')}
            error={run.error}
            onRetry={() => start(run.spec, run.form)}
          />
        )}
        {run.state === 'ready' && <FunnelResultView result={run.result} form={run.form} />}
      </section>
    </>
  );
}
