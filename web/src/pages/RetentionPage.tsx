import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnalyticsView, QueryResultSection } from '../analytics/AnalyticsView.tsx';
import { RetentionBuilder } from '../analytics/RetentionBuilder.tsx';
import { RetentionResultView } from '../analytics/RetentionResultView.tsx';
import { initialRetentionForm, type RetentionForm } from '../analytics/retention-form.ts';
import { useQueryRun } from '../analytics/use-query-run.ts';
import { api } from '../api/client.ts';
import type { EventNameStat, RetentionResult, RetentionSpecInput } from '../api/types.ts';

/** Analytics: cohort retention over the workspace's recorded event names. */
export function RetentionPage() {
  return <AnalyticsView view="retention">{(events) => <RetentionWorkspace events={events} />}</AnalyticsView>;
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
      <QueryResultSection
        view="retention"
        run={run}
        onRetry={start}
        saveTitle={(asRun) => t('dashboards.titles.retention', { event: asRun.start })}
      >
        {(result, asRun) => <RetentionResultView result={result} form={asRun} />}
      </QueryResultSection>
    </>
  );
}
