import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VocSpecInput } from '../../../src/analytics/spec/voc-spec.ts';
import type { VocResult } from '../../../src/analytics/voc/voc-result.ts';
import { AnalyticsView, QueryResultSection } from '../analytics/AnalyticsView.tsx';
import { useQueryRun } from '../analytics/use-query-run.ts';
import { VocBuilder } from '../analytics/VocBuilder.tsx';
import { VocResultView } from '../analytics/VocResultView.tsx';
import { initialVocForm, type VocForm } from '../analytics/voc-form.ts';
import { api } from '../api/client.ts';
import { dashboardApi } from '../api/dashboard-api.ts';
import { useResource } from '../api/use-resource.ts';

const runVoc = (spec: VocSpecInput, signal: AbortSignal) => dashboardApi.run<VocResult>(spec, signal);

/** Analytics: voice of the customer — NPS, CSAT, CES, the sentiment and themes of feedback. */
export function VocPage() {
  return <AnalyticsView view="voc">{() => <VocWorkspace />}</AnalyticsView>;
}

function VocWorkspace() {
  const { t } = useTranslation();
  const [maps] = useResource('maps', (signal) => api.listMaps(signal));
  const [form, setForm] = useState<VocForm>(() =>
    initialVocForm(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'),
  );
  const [run, start] = useQueryRun<VocSpecInput, VocForm, VocResult>(runVoc);
  const mapList = maps.state === 'ready' ? maps.data.maps : [];
  return (
    <>
      <VocBuilder
        maps={mapList}
        form={form}
        onChange={setForm}
        onRun={start}
        running={run.state === 'running'}
      />
      <QueryResultSection
        view="voc"
        run={run}
        onRetry={start}
        saveTitle={(asRun) =>
          asRun.by === 'none'
            ? t('dashboards.titles.voc')
            : t('dashboards.titles.vocBy', { by: t(`voc.breakdowns.${asRun.by}`) })
        }
      >
        {(result) => run.state === 'ready' && <VocResultView spec={run.spec} result={result} />}
      </QueryResultSection>
    </>
  );
}
