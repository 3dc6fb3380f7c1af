import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useResource } from '../api/use-resource.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { ExportMenu } from '../map/export/ExportMenu.tsx';
import { JourneyGrid } from '../map/JourneyGrid.tsx';
import { MapSummary } from '../map/MapSummary.tsx';
import { PersonaStrip } from '../map/PersonaStrip.tsx';

/**
 * A map opened by its share link: read-only, no account needed; with its live numbers when the
 * link was made to include them.
 */
export function SharePage({ token }: { token: string }) {
  const { t } = useTranslation();
  const [shared, reload] = useResource(`share:${token}`, (signal) => api.shared(token, signal));

  return (
    <div className="map-page share-page">
      <p className="notice notice-info read-only-banner">{t('share.readOnly')}</p>
      {shared.state === 'loading' && (
        <>
          <PageTitle>{t('share.title')}</PageTitle>
          <Spinner label={t('share.loading')} />
        </>
      )}
      {shared.state === 'error' && (
        <>
          <PageTitle>{t('share.title')}</PageTitle>
          <ErrorNotice title={t('share.failed')} error={shared.error} onRetry={reload} />
        </>
      )}
      {shared.state === 'ready' && (
        <>
          <div lang={shared.data.doc.locale}>
            <PageTitle suffix={t('share.title')}>{shared.data.doc.name}</PageTitle>
          </div>
          <MapSummary map={shared.data.doc} />
          {shared.data.doc.description && <p className="lead">{shared.data.doc.description}</p>}
          {!shared.data.live && <p className="hint">{t('live.sharedNote')}</p>}
          <PersonaStrip personas={shared.data.doc.personas} />
          <ExportMenu
            map={shared.data.doc}
            live={shared.data.live ? { state: 'ready', result: shared.data.live } : { state: 'off' }}
          />
          <JourneyGrid
            map={shared.data.doc}
            live={shared.data.live ? { state: 'ready', result: shared.data.live } : { state: 'off' }}
          />
        </>
      )}
    </div>
  );
}
