import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { MapVersionSummary } from '../../api/types.ts';
import { useResource } from '../../api/use-resource.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { useFormat } from '../../i18n/use-format.ts';
import { VersionCompare } from '../versions/VersionCompare.tsx';
import { Field } from './Field.tsx';

/**
 * The map's named versions, newest first: view any read-only, compare two (or one with the map
 * now); editors also save the current state as a version and restore an old one. `refresh` changes when the list must be re-read.
 */
export function VersionsPanel({
  mapId,
  refresh,
  onView,
  onSave,
  onRestore,
}: {
  mapId: string;
  refresh: number;
  onView: (version: MapVersionSummary) => void;
  /** Absent for viewers. */
  onSave?: (name: string) => Promise<void>;
  onRestore?: (version: MapVersionSummary) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [versions, reload] = useResource(`versions:${mapId}:${refresh}`, (signal) =>
    api.listVersions(mapId, signal),
  );
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!onSave) return;
    setBusy(true);
    setError(null);
    try {
      await onSave(name.trim());
      setName('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="versions" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('versions.title')}</h2>
      {onSave && (
        <form className="inline-form" onSubmit={submit}>
          <Field label={t('versions.name')}>
            {(id) => (
              <input id={id} value={name} maxLength={2000} onChange={(e) => setName(e.target.value)} />
            )}
          </Field>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('versions.save')}
          </button>
        </form>
      )}
      {error !== null && <ErrorNotice title={t('versions.saveFailed')} error={error} />}
      {versions.state === 'loading' && <Spinner compact label={t('versions.loading')} />}
      {versions.state === 'error' && (
        <ErrorNotice title={t('versions.loadFailed')} error={versions.error} onRetry={reload} />
      )}
      {versions.state === 'ready' && versions.data.versions.length === 0 && (
        <p className="card-note">{t('versions.none')}</p>
      )}
      {versions.state === 'ready' && versions.data.versions.length > 0 && (
        <ol className="version-list">
          {[...versions.data.versions]
            .sort((a, b) => b.number - a.number)
            .map((v) => {
              const label = v.message || t('versions.untitled', { number: v.number });
              return (
                <li key={v.number} data-version={v.number}>
                  <span className="version-name">{label}</span>{' '}
                  <span className="card-meta">
                    {t('versions.meta', {
                      number: v.number,
                      author: v.author,
                      date: format.dateTime(v.createdAt),
                    })}
                  </span>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('versions.viewOne', { name: label })}
                    onClick={() => onView(v)}
                  >
                    {t('versions.view')}
                  </button>
                  {onRestore && (
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t('versions.restoreOne', { name: label })}
                      onClick={() => onRestore(v)}
                    >
                      {t('versions.restore')}
                    </button>
                  )}
                </li>
              );
            })}
        </ol>
      )}
      {versions.state === 'ready' && versions.data.versions.length > 0 && (
        <VersionCompare mapId={mapId} versions={versions.data.versions} />
      )}
    </section>
  );
}
