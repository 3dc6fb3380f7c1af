import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { MapVersionSummary } from '../../api/types.ts';
import { useResource } from '../../api/use-resource.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { JourneyGrid } from '../JourneyGrid.tsx';
import { Dialog } from './Dialog.tsx';

/** An old version of the map, read-only, with Restore for editors. */
export function VersionDialog({
  mapId,
  version,
  onRestore,
  onClose,
}: {
  mapId: string;
  version: MapVersionSummary;
  onRestore?: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [doc, reload] = useResource(`version:${mapId}:${version.number}`, (signal) =>
    api.getVersion(mapId, version.number, signal),
  );
  const label = version.message || t('versions.untitled', { number: version.number });
  return (
    <Dialog title={t('versions.viewing', { name: label })} onClose={onClose}>
      <p className="notice notice-info">{t('versions.readOnly')}</p>
      <div className="dialog-buttons">
        {onRestore && (
          <button type="button" className="button button-primary" onClick={onRestore}>
            {t('versions.restore')}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('versions.close')}
        </button>
      </div>
      {doc.state === 'loading' && <Spinner label={t('versions.loading')} />}
      {doc.state === 'error' && (
        <ErrorNotice title={t('versions.loadFailed')} error={doc.error} onRetry={reload} />
      )}
      {doc.state === 'ready' && <JourneyGrid map={doc.data.doc} live={{ state: 'off' }} />}
    </Dialog>
  );
}
