import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnalyticsView, QueryResultSection } from '../analytics/AnalyticsView.tsx';
import { ChoiceField } from '../analytics/form-fields.tsx';
import { type InsightScopeForm, insightScope, type ScopeProblem } from '../analytics/insight-scope.ts';
import { MapScopeFields } from '../analytics/MapScopeFields.tsx';
import { MomentsOfTruthResultView } from '../analytics/MomentsOfTruthResultView.tsx';
import { ScopeProblems } from '../analytics/ScopeProblems.tsx';
import { useQueryRun } from '../analytics/use-query-run.ts';
import { useMapDoc, WithMaps } from '../analytics/WithMaps.tsx';
import { insightsApi, type MomentsOfTruthResult, type MomentsOfTruthSpecInput } from '../api/insights-api.ts';
import type { MapSummary } from '../api/types.ts';

const OUTCOMES = ['conversion', 'repeat_purchase', 'retention'] as const;
type OutcomeKind = (typeof OUTCOMES)[number];
type MomentsForm = InsightScopeForm & { outcome: OutcomeKind };

/** Analytics: touchpoints whose occurrence changes later conversion, repeat purchase or retention. */
export function MomentsOfTruthPage() {
  return (
    <AnalyticsView view="momentsOfTruth">
      {() => <WithMaps>{(maps) => <Workspace maps={maps} />}</WithMaps>}
    </AnalyticsView>
  );
}

function Workspace({ maps }: { maps: MapSummary[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [form, setForm] = useState<MomentsForm>({
    mapId: maps[0]!.id,
    persona: '',
    from: '',
    to: '',
    outcome: 'conversion',
  });
  const [problems, setProblems] = useState<ScopeProblem[]>([]);
  const doc = useMapDoc(form.mapId);
  const [run, start] = useQueryRun<MomentsOfTruthSpecInput, MomentsForm, MomentsOfTruthResult>(
    insightsApi.momentsOfTruth,
  );
  const mapName = (mapId: string) => maps.find((m) => m.id === mapId)?.name ?? mapId;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = insightScope(form);
    setProblems(built.ok ? [] : built.problems);
    if (built.ok) start({ type: 'momentsOfTruth', ...built.scope, outcome: { kind: form.outcome } }, form);
  };

  return (
    <>
      <form className="panel form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('momentsOfTruth.builder')}</h2>
        <div className="form-grid">
          <MapScopeFields
            id={id}
            maps={maps}
            doc={doc}
            form={form}
            onChange={(f) => setForm({ ...form, ...f })}
          />
          <ChoiceField
            id={`${id}-outcome`}
            label={t('momentsOfTruth.outcome')}
            value={form.outcome}
            choices={OUTCOMES}
            choiceLabel={(o) => t(`momentsOfTruth.outcomeChoices.${o}`)}
            help={t('momentsOfTruth.outcomeHelp')}
            onChange={(outcome) => setForm({ ...form, outcome })}
          />
        </div>
        <ScopeProblems problems={problems} />
        <div>
          <button type="submit" className="button button-primary" disabled={run.state === 'running'}>
            {run.state === 'running' ? t('momentsOfTruth.running') : t('momentsOfTruth.run')}
          </button>
        </div>
      </form>
      <QueryResultSection
        view="momentsOfTruth"
        run={run}
        onRetry={start}
        saveTitle={(asRun) =>
          t('dashboards.titles.momentsOfTruth', {
            map: mapName(asRun.mapId),
            outcome: t(`momentsOfTruth.outcomes.${asRun.outcome}`),
          })
        }
      >
        {(result, asRun) => <MomentsOfTruthResultView result={result} mapId={asRun.mapId} />}
      </QueryResultSection>
    </>
  );
}
