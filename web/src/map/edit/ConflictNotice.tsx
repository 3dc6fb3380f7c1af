import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';

/** Someone else saved the map first: reload theirs, or keep ours as a copy. Nothing is overwritten. */
export function ConflictNotice({
  onReload,
  onKeepCopy,
}: {
  onReload: () => void;
  onKeepCopy: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [copying, setCopying] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <div className="notice notice-warning" role="alert">
      <p className="notice-title">{t('conflict.title')}</p>
      <p>{t('conflict.body')}</p>
      <div className="dialog-buttons">
        <button type="button" className="button button-primary" onClick={onReload}>
          {t('conflict.reload')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={copying}
          onClick={() => {
            setCopying(true);
            onKeepCopy().catch((e: unknown) => {
              setError(e);
              setCopying(false);
            });
          }}
        >
          {t('conflict.keepCopy')}
        </button>
      </div>
      {error !== null && <ErrorNotice title={t('conflict.copyFailed')} error={error} />}
    </div>
  );
}
