import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useResource } from '../api/use-resource.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { SideBySideGrid } from '../map/compare/SideBySideGrid.tsx';
import { Link } from '../routing/router.tsx';
import { pathOf } from '../routing/routes.ts';

/** A current-state map and a future-state map of the same journey, stage columns aligned. */
export function SideBySidePage({ mapId, futureId }: { mapId: string; futureId: string }) {
  const { t } = useTranslation();
  const [maps, reload] = useResource(`sideBySide:${mapId}:${futureId}`, async (signal) => {
    const [current, future] = await Promise.all([api.getMap(mapId, signal), api.getMap(futureId, signal)]);
    return { current: current.doc, future: future.doc };
  });

  return (
    <div className="map-page side-by-side-page">
      {maps.state === 'loading' && (
        <>
          <PageTitle>{t('sideBySide.loading')}</PageTitle>
          <Spinner label={t('sideBySide.loading')} />
        </>
      )}
      {maps.state === 'error' && (
        <>
          <PageTitle>{t('sideBySide.loadFailed')}</PageTitle>
          <ErrorNotice title={t('sideBySide.loadFailed')} error={maps.error} onRetry={reload} />
        </>
      )}
      {maps.state === 'ready' && (
        <>
          <p className="breadcrumb">
            <Link to={pathOf({ name: 'map', mapId })}>
              ← {t('sideBySide.back', { name: maps.data.current.name })}
            </Link>{' '}
            ·{' '}
            <Link to={pathOf({ name: 'map', mapId: futureId })}>
              {t('sideBySide.open', { name: maps.data.future.name })}
            </Link>
          </p>
          <PageTitle>
            {t('sideBySide.title', { current: maps.data.current.name, future: maps.data.future.name })}
          </PageTitle>
          <p className="lead">{t('sideBySide.intro')}</p>
          <SideBySideGrid current={maps.data.current} future={maps.data.future} />
        </>
      )}
    </div>
  );
}
