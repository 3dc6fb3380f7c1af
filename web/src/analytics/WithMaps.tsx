import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/index.ts';
import { api } from '../api/client.ts';
import type { MapSummary } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { Spinner } from '../components/Spinner.tsx';

/** The workspace's journey maps handed to `children`, with loading, failure and "no maps" said in words. */
export function WithMaps({ children }: { children: (maps: MapSummary[]) => ReactNode }) {
  const { t } = useTranslation();
  const [maps, reload] = useResource('maps', (signal) => api.listMaps(signal));
  if (maps.state === 'loading') return <Spinner label={t('insights.loadingMaps')} />;
  if (maps.state === 'error') {
    return <ErrorNotice title={t('insights.mapsFailed')} error={maps.error} onRetry={reload} />;
  }
  if (maps.data.maps.length === 0) {
    return (
      <div className="notice notice-info">
        <p>{t('insights.noMaps')}</p>
      </div>
    );
  }
  return <>{children(maps.data.maps)}</>;
}

/**
 * A map document as stored (null while loading, when it failed, or for mapId '': callers fall
 * back to ids).
 */
export function useMapDoc(mapId: string): JourneyMap | null {
  const [map] = useResource(`insight-map:${mapId}`, (signal) =>
    mapId === '' ? Promise.resolve(null) : api.getMap(mapId, signal),
  );
  return map.state === 'ready' && map.data !== null ? map.data.doc : null;
}

/** Stage and touchpoint names of a map by id, for tables that get ids from the API. */
export function mapNames(doc: JourneyMap | null): {
  stages: Map<string, string>;
  touchpoints: Map<string, string>;
} {
  return {
    stages: new Map(doc?.stages.map((s) => [s.id, s.name]) ?? []),
    touchpoints: new Map(doc?.touchpoints.map((tp) => [tp.id, tp.name]) ?? []),
  };
}
