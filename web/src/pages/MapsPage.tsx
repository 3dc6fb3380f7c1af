import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { canEdit, type User } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { ImportMapForm } from '../map/import/ImportMapForm.tsx';
import { Link } from '../routing/router.tsx';
import { pathOf } from '../routing/routes.ts';
import { CreateMapForm } from './CreateMapForm.tsx';

/** The workspace's maps, newest change first, and a form to start a new one from a template. */
export function MapsPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [maps, reload] = useResource('maps', (signal) => api.listMaps(signal));
  const editor = canEdit(user.role);

  return (
    <div className="maps-page">
      <PageTitle>{t('maps.title')}</PageTitle>
      <section aria-labelledby="maps-list">
        <h2 id="maps-list" className="visually-hidden">
          {t('maps.tableCaption')}
        </h2>
        {maps.state === 'loading' && <Spinner label={t('maps.loading')} />}
        {maps.state === 'error' && (
          <ErrorNotice title={t('maps.loadFailed')} error={maps.error} onRetry={reload} />
        )}
        {maps.state === 'ready' && maps.data.maps.length === 0 && (
          <div className="notice notice-info">
            <p>{t('maps.empty')}</p>
            {editor && <p>{t('maps.emptyCreate')}</p>}
          </div>
        )}
        {maps.state === 'ready' && maps.data.maps.length > 0 && (
          <table className="table maps-table">
            <caption className="visually-hidden">{t('maps.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('maps.name')}</th>
                <th scope="col">{t('maps.kind')}</th>
                <th scope="col">{t('maps.language')}</th>
                <th scope="col" className="numeric">
                  {t('maps.revision')}
                </th>
                <th scope="col">{t('maps.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {[...maps.data.maps]
                .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
                .map((map) => (
                  <tr key={map.id}>
                    <td>
                      <Link to={pathOf({ name: 'map', mapId: map.id })} lang={map.locale}>
                        {map.name}
                      </Link>
                    </td>
                    <td>{t(`mapKind.${map.kind}`)}</td>
                    <td>{t(`mapLanguage.${map.locale}`)}</td>
                    <td className="numeric">{format.count(map.revision)}</td>
                    <td>{format.dateTime(map.updatedAt)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </section>
      {editor ? (
        <>
          <CreateMapForm />
          <ImportMapForm />
        </>
      ) : (
        <p className="notice notice-info">{t('create.viewerNote')}</p>
      )}
    </div>
  );
}
