import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../../src/model/index.ts';
import { api } from '../../api/client.ts';
import { useResource } from '../../api/use-resource.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Link, navigate } from '../../routing/router.tsx';
import { pathOf } from '../../routing/routes.ts';
import { futureStateCopy, futureStatesOf } from './future-state.ts';

/**
 * The map's current-state / future-state links: from a current-state map, its future-state maps
 * side by side with it, and (for editors) making a new one; from a future-state map, the
 * current-state map it was drawn from.
 */
export function RelatedMaps({ map, editable }: { map: JourneyMap; editable: boolean }) {
  const { t } = useTranslation();
  const [maps] = useResource(`maps:related:${map.id}`, (signal) => api.listMaps(signal));
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const createFuture = async () => {
    setCreating(true);
    setError(null);
    try {
      // The stored map, not the editor's: what is saved is what gets copied.
      const { doc } = await api.getMap(map.id);
      const created = await api.importMap(
        futureStateCopy(doc, t('sideBySide.futureName', { name: doc.name })),
      );
      navigate(pathOf({ name: 'sideBySide', mapId: map.id, futureId: created.id }));
    } catch (e) {
      setError(e);
      setCreating(false);
    }
  };

  const list = maps.state === 'ready' ? maps.data.maps : [];
  const futures = futureStatesOf(list, map.id);
  const current = map.currentStateMapId ? list.find((m) => m.id === map.currentStateMapId) : undefined;

  return (
    <section className="related-maps" aria-labelledby="related-maps-title">
      <h2 id="related-maps-title" className="related-title">
        {t('sideBySide.related')}:
      </h2>
      {map.kind === 'future_state' && maps.state === 'ready' && (
        <p>
          {current ? (
            <Link to={pathOf({ name: 'sideBySide', mapId: current.id, futureId: map.id })}>
              {t('sideBySide.link', { name: current.name })}
            </Link>
          ) : (
            t('sideBySide.notLinked')
          )}
        </p>
      )}
      {map.kind === 'current_state' && (
        <>
          {futures.length > 0 ? (
            <ul className="related-list">
              {futures.map((future) => (
                <li key={future.id}>
                  <Link to={pathOf({ name: 'sideBySide', mapId: map.id, futureId: future.id })}>
                    {t('sideBySide.link', { name: future.name })}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            maps.state === 'ready' && <p className="card-note">{t('sideBySide.noFuture')}</p>
          )}
          {editable && (
            <button
              type="button"
              className="button button-small"
              disabled={creating}
              onClick={() => void createFuture()}
            >
              {creating ? t('sideBySide.creating') : t('sideBySide.createFuture')}
            </button>
          )}
          {error !== null && <ErrorNotice title={t('sideBySide.createFailed')} error={error} />}
        </>
      )}
    </section>
  );
}
