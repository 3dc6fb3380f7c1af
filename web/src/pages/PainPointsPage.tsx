import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnalyticsView, QueryResultSection } from '../analytics/AnalyticsView.tsx';
import { type InsightScopeForm, insightScope, type ScopeProblem } from '../analytics/insight-scope.ts';
import { MapScopeFields } from '../analytics/MapScopeFields.tsx';
import { PainPointsResultView } from '../analytics/PainPointsResultView.tsx';
import { ScopeProblems } from '../analytics/ScopeProblems.tsx';
import { useQueryRun } from '../analytics/use-query-run.ts';
import { useMapDoc, WithMaps } from '../analytics/WithMaps.tsx';
import { insightsApi, type PainPointsResult, type PainPointsSpecInput } from '../api/insights-api.ts';
import type { MapSummary } from '../api/types.ts';

/** Analytics: a journey map's touchpoints ranked as pain points, with why each ranks. */
export function PainPointsPage() {
  return (
    <AnalyticsView view="painPoints">
      {() => <WithMaps>{(maps) => <Workspace maps={maps} />}</WithMaps>}
    </AnalyticsView>
  );
}

function Workspace({ maps }: { maps: MapSummary[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [form, setForm] = useState<InsightScopeForm>({ mapId: maps[0]!.id, persona: '', from: '', to: '' });
  const [problems, setProblems] = useState<ScopeProblem[]>([]);
  const doc = useMapDoc(form.mapId);
  const [run, start] = useQueryRun<PainPointsSpecInput, InsightScopeForm, PainPointsResult>(
    insightsApi.painPoints,
  );
  const mapName = (mapId: string) => maps.find((m) => m.id === mapId)?.name ?? mapId;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = insightScope(form);
    setProblems(built.ok ? [] : built.problems);
    if (built.ok) start({ type: 'painPoints', ...built.scope }, form);
  };

  return (
    <>
      <form className="panel form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('painPoints.builder')}</h2>
        <div className="form-grid">
          <MapScopeFields id={id} maps={maps} doc={doc} form={form} onChange={setForm} />
        </div>
        <ScopeProblems problems={problems} />
        <div>
          <button type="submit" className="button button-primary" disabled={run.state === 'running'}>
            {run.state === 'running' ? t('painPoints.running') : t('painPoints.run')}
          </button>
        </div>
      </form>
      <QueryResultSection
        view="painPoints"
        run={run}
        onRetry={start}
        saveTitle={(asRun) => t('dashboards.titles.painPoints', { map: mapName(asRun.mapId) })}
      >
        {(result, asRun) => <PainPointsResultView result={result} mapId={asRun.mapId} />}
      </QueryResultSection>
    </>
  );
}
