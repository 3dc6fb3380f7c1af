import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Persona } from '../../../src/model/index.ts';
import { api } from '../api/client.ts';
import { canEdit, type User } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { RelatedMaps } from '../map/compare/RelatedMaps.tsx';
import { MapEditor } from '../map/edit/MapEditor.tsx';
import { ReadOnlyMap } from '../map/edit/ReadOnlyMap.tsx';
import type { Live } from '../map/live.ts';
import { MapSummary } from '../map/MapSummary.tsx';
import { MeasuredEmotionProvider } from '../map/MeasuredEmotionContext.tsx';
import { PersonaFilter } from '../map/personas/PersonaFilter.tsx';
import { measurablePersonas } from '../map/personas/persona-edits.ts';
import { Link } from '../routing/router.tsx';
import { pathOf } from '../routing/routes.ts';

/**
 * One map with its live numbers. The map and its numbers load side by side: the map is drawn as
 * soon as it arrives and the numbers fill in (with a spinner until then), since a journey query
 * over a large workspace takes longer than reading one document.
 */
export function MapPage({ mapId, user }: { mapId: string; user: User }) {
  const { t } = useTranslation();
  const [map, reloadMap] = useResource(`map:${mapId}`, (signal) => api.getMap(mapId, signal));
  // Whose numbers to show ('' = everyone), and the personas as last saved: the journey query reads
  // the stored map, so only a saved persona with a segment rule can filter.
  const [persona, setPersona] = useState('');
  const [savedPersonas, setSavedPersonas] = useState<Persona[] | null>(null);
  const personas = savedPersonas ?? (map.state === 'ready' ? map.data.doc.personas : []);
  const [numbers, reloadNumbers] = useResource(`journey:${mapId}:${persona}`, (signal) =>
    api.journey(mapId, signal, persona === '' ? undefined : persona),
  );
  const stillMeasurable = persona === '' || measurablePersonas(personas).some((p) => p.id === persona);
  useEffect(() => {
    if (!stillMeasurable) setPersona('');
  }, [stillMeasurable]);
  const personaName = personas.find((p) => p.id === persona)?.name;

  const live: Live =
    numbers.state === 'ready'
      ? { state: 'ready', result: numbers.data }
      : numbers.state === 'error'
        ? { state: 'error', error: numbers.error, retry: reloadNumbers }
        : { state: 'loading' };
  const anyBound = map.state === 'ready' && map.data.doc.touchpoints.some((tp) => tp.event !== undefined);

  return (
    <div className="map-page">
      <p className="breadcrumb">
        <Link to={pathOf({ name: 'maps' })}>← {t('map.back')}</Link>
      </p>
      {map.state === 'loading' && (
        <>
          <PageTitle>{t('map.loading')}</PageTitle>
          <Spinner label={t('map.loading')} />
        </>
      )}
      {map.state === 'error' && (
        <>
          <PageTitle>{t('map.loadFailed')}</PageTitle>
          <ErrorNotice title={t('map.loadFailed')} error={map.error} onRetry={reloadMap} />
        </>
      )}
      {map.state === 'ready' && (
        <>
          <div lang={map.data.doc.locale}>
            <PageTitle>{map.data.doc.name}</PageTitle>
          </div>
          <MapSummary map={map.data.doc} />
          {map.data.doc.description && <p className="lead">{map.data.doc.description}</p>}
          <RelatedMaps map={map.data.doc} editable={canEdit(user.role)} />
          <PersonaFilter personas={personas} value={persona} onChange={setPersona} />
          <div className="live-status">
            {live.state === 'loading' && anyBound && <Spinner label={t('live.loading')} />}
            {live.state === 'error' && (
              <ErrorNotice title={t('live.failed')} error={live.error} onRetry={live.retry} />
            )}
            {live.state === 'ready' && !anyBound && (
              <p className="notice notice-info" role="status">
                {t('live.noneBound')}
              </p>
            )}
            {live.state === 'ready' && anyBound && (
              <p className="live-ready" role="status">
                {personaName ? t('personas.liveFor', { name: personaName }) : t('live.ready')}
              </p>
            )}
          </div>
          {/* The emotion curve draws the measured emotion (voice of the customer) beside the judged one. */}
          <MeasuredEmotionProvider mapId={mapId}>
            {canEdit(user.role) ? (
              <MapEditor
                stored={map.data}
                live={live}
                highlightedPersona={persona || undefined}
                onSaved={(doc) => {
                  setSavedPersonas(doc.personas);
                  reloadNumbers();
                }}
              />
            ) : (
              <ReadOnlyMap map={map.data.doc} live={live} highlightedPersona={persona || undefined} />
            )}
          </MeasuredEmotionProvider>
        </>
      )}
    </div>
  );
}
