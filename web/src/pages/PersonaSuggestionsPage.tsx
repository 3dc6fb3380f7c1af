import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnalyticsView, QueryResultSection } from '../analytics/AnalyticsView.tsx';
import { ChoiceField, NamedItemField } from '../analytics/form-fields.tsx';
import { PersonaSuggestionsResultView } from '../analytics/PersonaSuggestionsResultView.tsx';
import { useQueryRun } from '../analytics/use-query-run.ts';
import { WithMaps } from '../analytics/WithMaps.tsx';
import {
  insightsApi,
  type PersonaSuggestionsResult,
  type PersonaSuggestionsSpecInput,
} from '../api/insights-api.ts';
import type { MapSummary } from '../api/types.ts';

/** 'auto' lets the API pick the number of personas by the best silhouette. */
const K_CHOICES = ['auto', '2', '3', '4', '5', '6', '7', '8'] as const;
type KChoice = (typeof K_CHOICES)[number];
interface SuggestionsForm {
  mapId: string;
  k: KChoice;
}

/** Analytics: personas suggested from how people meet the brand, ready to add to a map. */
export function PersonaSuggestionsPage() {
  return (
    <AnalyticsView view="personaSuggestions">
      {() => <WithMaps>{(maps) => <Workspace maps={maps} />}</WithMaps>}
    </AnalyticsView>
  );
}

function Workspace({ maps }: { maps: MapSummary[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [form, setForm] = useState<SuggestionsForm>({ mapId: maps[0]!.id, k: 'auto' });
  const [run, start] = useQueryRun<PersonaSuggestionsSpecInput, SuggestionsForm, PersonaSuggestionsResult>(
    insightsApi.personaSuggestions,
  );
  const mapName = (mapId: string) => maps.find((m) => m.id === mapId)?.name ?? mapId;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const spec: PersonaSuggestionsSpecInput = { type: 'personaSuggestions', mapId: form.mapId };
    if (form.k !== 'auto') spec.k = Number(form.k);
    start(spec, form);
  };

  return (
    <>
      <form className="panel form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('personaSuggestions.builder')}</h2>
        <div className="form-grid">
          <NamedItemField
            id={`${id}-map`}
            label={t('insights.map')}
            value={form.mapId}
            items={maps}
            help={t('personaSuggestions.mapHelp')}
            onChange={(value) => setForm({ ...form, mapId: value })}
          />
          <ChoiceField
            id={`${id}-k`}
            label={t('personaSuggestions.k')}
            value={form.k}
            choices={K_CHOICES}
            choiceLabel={(k) => (k === 'auto' ? t('personaSuggestions.kAuto') : k)}
            onChange={(k) => setForm({ ...form, k })}
          />
        </div>
        <div>
          <button type="submit" className="button button-primary" disabled={run.state === 'running'}>
            {run.state === 'running' ? t('personaSuggestions.running') : t('personaSuggestions.run')}
          </button>
        </div>
      </form>
      <QueryResultSection
        view="personaSuggestions"
        run={run}
        onRetry={start}
        saveTitle={(asRun) => t('dashboards.titles.personaSuggestions', { map: mapName(asRun.mapId) })}
      >
        {(result, asRun) => <PersonaSuggestionsResultView result={result} mapId={asRun.mapId} />}
      </QueryResultSection>
    </>
  );
}
