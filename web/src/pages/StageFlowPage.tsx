import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneySpecInput } from '../../../src/analytics/spec/journey-spec.ts';
import { AnalyticsView, QueryResultSection } from '../analytics/AnalyticsView.tsx';
import { NamedItemField } from '../analytics/form-fields.tsx';
import { StageFlowResultView } from '../analytics/StageFlowResultView.tsx';
import { buildStageFlowSpec, type StageFlowForm } from '../analytics/stage-flow.ts';
import { useQueryRun } from '../analytics/use-query-run.ts';
import { api } from '../api/client.ts';
import { dashboardApi } from '../api/dashboard-api.ts';
import type { JourneyResult, MapSummary } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { TouchpointDropOffs } from '../audiences/TouchpointDropOffs.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { measurablePersonas } from '../map/personas/persona-edits.ts';

const runJourney = (spec: JourneySpecInput, signal: AbortSignal) =>
  dashboardApi.run<JourneyResult>(spec, signal);

/** Analytics: how people move through a journey map's stages, for everyone or one persona. */
export function StageFlowPage() {
  const { t } = useTranslation();
  const [maps, reload] = useResource('maps', (signal) => api.listMaps(signal));
  return (
    <AnalyticsView view="stageFlow">
      {() => (
        <>
          {maps.state === 'loading' && <Spinner label={t('stageFlow.loadingMaps')} />}
          {maps.state === 'error' && (
            <ErrorNotice title={t('stageFlow.mapsFailed')} error={maps.error} onRetry={reload} />
          )}
          {maps.state === 'ready' && maps.data.maps.length === 0 && (
            <div className="notice notice-info">
              <p>{t('stageFlow.noMaps')}</p>
            </div>
          )}
          {maps.state === 'ready' && maps.data.maps.length > 0 && (
            <StageFlowWorkspace maps={maps.data.maps} />
          )}
        </>
      )}
    </AnalyticsView>
  );
}

function StageFlowWorkspace({ maps }: { maps: MapSummary[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [form, setForm] = useState<StageFlowForm>({ mapId: maps[0]!.id, persona: '' });
  const [map] = useResource(`stage-flow-map:${form.mapId}`, (signal) => api.getMap(form.mapId, signal));
  const personas = map.state === 'ready' ? measurablePersonas(map.data.doc.personas) : [];
  const [run, start] = useQueryRun<JourneySpecInput, StageFlowForm, JourneyResult>(runJourney);
  const mapName = (mapId: string) => maps.find((m) => m.id === mapId)?.name ?? mapId;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const spec = buildStageFlowSpec(form);
    if (spec) start(spec, form);
  };

  return (
    <>
      <form className="panel form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('stageFlow.builder')}</h2>
        <div className="form-grid">
          <NamedItemField
            id={`${id}-map`}
            label={t('stageFlow.map')}
            value={form.mapId}
            items={maps}
            onChange={(value) => setForm({ mapId: value, persona: '' })}
          />
          <NamedItemField
            id={`${id}-persona`}
            label={t('personas.filter')}
            value={form.persona}
            items={personas}
            none={t('personas.everyone')}
            onChange={(value) => setForm({ ...form, persona: value })}
          />
        </div>
        <div>
          <button type="submit" className="button button-primary" disabled={run.state === 'running'}>
            {run.state === 'running' ? t('stageFlow.running') : t('stageFlow.run')}
          </button>
        </div>
      </form>
      <QueryResultSection
        view="stageFlow"
        run={run}
        onRetry={start}
        saveTitle={(asRun) => {
          const persona = personas.find((p) => p.id === asRun.persona)?.name;
          return persona
            ? t('dashboards.titles.stageFlowPersona', { map: mapName(asRun.mapId), persona })
            : t('dashboards.titles.stageFlow', { map: mapName(asRun.mapId) });
        }}
      >
        {(result, asRun) => {
          const spec = buildStageFlowSpec(asRun);
          return (
            <>
              <StageFlowResultView result={result} />
              {spec && <TouchpointDropOffs result={result} spec={spec} />}
            </>
          );
        }}
      </QueryResultSection>
    </>
  );
}
