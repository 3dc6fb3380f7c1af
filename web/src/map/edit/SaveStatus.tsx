import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import type { SaveState } from './use-map-editor.ts';

/** Saving…, saved, or what went wrong, announced politely as it changes. */
export function SaveStatus({ save, onRetry }: { save: SaveState; onRetry: () => void }) {
  const { t } = useTranslation();
  if (save.state === 'error')
    return <ErrorNotice title={t('save.failed')} error={save.error} onRetry={onRetry} />;
  if (save.state === 'invalid') {
    return (
      <p className="notice notice-error" role="alert">
        {t('save.invalid', { problem: save.message })}
      </p>
    );
  }
  const text =
    save.state === 'saved'
      ? t('save.saved')
      : save.state === 'conflict'
        ? t('save.stopped')
        : t('save.saving');
  return (
    <p className={`save-status save-${save.state}`} role="status" data-save-state={save.state}>
      {text}
    </p>
  );
}
