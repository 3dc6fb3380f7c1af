import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttributionResult } from '../../../src/analytics/attribution/attribution-result.ts';
import type { AttributionSpecInput } from '../../../src/analytics/spec/attribution-spec.ts';
import { AnalyticsView, QueryResultSection } from '../analytics/AnalyticsView.tsx';
import { AttributionBuilder } from '../analytics/AttributionBuilder.tsx';
import { AttributionResultView } from '../analytics/AttributionResultView.tsx';
import { type AttributionForm, initialAttributionForm } from '../analytics/attribution-form.ts';
import { useQueryRun } from '../analytics/use-query-run.ts';
import { api } from '../api/client.ts';
import { dashboardApi } from '../api/dashboard-api.ts';
import type { EventNameStat } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';

const runAttribution = (spec: AttributionSpecInput, signal: AbortSignal) =>
  dashboardApi.run<AttributionResult>(spec, signal);

/** Analytics: which channels (or touchpoints) earn the conversions, several models side by side. */
export function AttributionPage() {
  return (
    <AnalyticsView view="attribution">{(events) => <AttributionWorkspace events={events} />}</AnalyticsView>
  );
}

function AttributionWorkspace({ events }: { events: EventNameStat[] }) {
  const { t } = useTranslation();
  const [maps] = useResource('maps', (signal) => api.listMaps(signal));
  const [form, setForm] = useState<AttributionForm>(() => initialAttributionForm(events));
  const [run, start] = useQueryRun<AttributionSpecInput, AttributionForm, AttributionResult>(runAttribution);
  return (
    <>
      <AttributionBuilder
        events={events}
        maps={maps.state === 'ready' ? maps.data.maps : []}
        form={form}
        onChange={setForm}
        onRun={start}
        running={run.state === 'running'}
      />
      <QueryResultSection
        view="attribution"
        run={run}
        onRetry={start}
        saveTitle={(asRun) => t('dashboards.titles.attribution', { event: asRun.conversion })}
      >
        {(result, asRun) => <AttributionResultView result={result} channels={asRun.touch === 'channel'} />}
      </QueryResultSection>
    </>
  );
}
