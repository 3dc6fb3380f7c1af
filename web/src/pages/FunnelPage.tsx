import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnalyticsView, QueryResultSection } from '../analytics/AnalyticsView.tsx';
import { FunnelBuilder } from '../analytics/FunnelBuilder.tsx';
import { FunnelResultView } from '../analytics/FunnelResultView.tsx';
import { type FunnelForm, initialFunnelForm } from '../analytics/funnel-form.ts';
import { useQueryRun } from '../analytics/use-query-run.ts';
import { api } from '../api/client.ts';
import type { EventNameStat, FunnelResult, FunnelSpecInput } from '../api/types.ts';

/** Analytics: the funnel builder over the workspace's recorded event names. */
export function FunnelPage() {
  return <AnalyticsView view="funnel">{(events) => <FunnelWorkspace events={events} />}</AnalyticsView>;
}

function FunnelWorkspace({ events }: { events: EventNameStat[] }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<FunnelForm>(() =>
    initialFunnelForm(
      events.map((e) => e.event),
      Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    ),
  );
  const [run, start] = useQueryRun<FunnelSpecInput, FunnelForm, FunnelResult>(api.funnel);
  return (
    <>
      <FunnelBuilder
        events={events}
        form={form}
        onChange={setForm}
        onRun={start}
        running={run.state === 'running'}
      />
      <QueryResultSection
        view="funnel"
        run={run}
        onRetry={start}
        saveTitle={(asRun) => t('dashboards.titles.funnel', { steps: asRun.steps.join(' → ') })}
      >
        {(result, asRun) => (
          <FunnelResultView
            result={result}
            form={asRun}
            spec={run.state === 'ready' ? run.spec : undefined}
          />
        )}
      </QueryResultSection>
    </>
  );
}
