import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiResult } from '../../../src/analytics/kpi/kpi-result.ts';
import type { KpiSpecInput } from '../../../src/analytics/spec/kpi-spec.ts';
import { AnalyticsView, QueryResultSection } from '../analytics/AnalyticsView.tsx';
import { KpiAnswer } from '../analytics/KpiAnswer.tsx';
import { KpiBuilder } from '../analytics/KpiBuilder.tsx';
import { initialKpiForm, type KpiForm } from '../analytics/kpi-form.ts';
import { useQueryRun } from '../analytics/use-query-run.ts';
import { api } from '../api/client.ts';
import { dashboardApi } from '../api/dashboard-api.ts';
import type { EventNameStat } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';

const runKpi = (spec: KpiSpecInput, signal: AbortSignal) => dashboardApi.run<KpiResult>(spec, signal);

/** Analytics: KPI tiles (conversion, cart abandonment, bounce rate, NPS, …) over the workspace's events. */
export function KpisPage() {
  return <AnalyticsView view="kpis">{(events) => <KpiWorkspace events={events} />}</AnalyticsView>;
}

function KpiWorkspace({ events }: { events: EventNameStat[] }) {
  const { t } = useTranslation();
  const [maps] = useResource('maps', (signal) => api.listMaps(signal));
  const [form, setForm] = useState<KpiForm>(() =>
    initialKpiForm(
      events.map((e) => e.event),
      Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    ),
  );
  const [run, start] = useQueryRun<KpiSpecInput, KpiForm, KpiResult>(runKpi);
  return (
    <>
      <KpiBuilder
        events={events}
        maps={maps.state === 'ready' ? maps.data.maps : []}
        form={form}
        onChange={setForm}
        onRun={start}
        running={run.state === 'running'}
      />
      <QueryResultSection
        view="kpis"
        run={run}
        onRetry={start}
        saveTitle={(asRun) => t(`kpis.metrics.${asRun.metric}`)}
      >
        {(result) => run.state === 'ready' && <KpiAnswer spec={run.spec} result={result} />}
      </QueryResultSection>
    </>
  );
}
