import { useTranslation } from 'react-i18next';
import { ApiError, errorKey } from '../api/api-error.ts';

/**
 * What failed (`title`), why in words the user can act on, the server's own message as a
 * detail, and a retry button when trying again can help.
 */
export function ErrorNotice({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const detail = error instanceof ApiError && error.code !== 'invalid_credentials' ? error.message : null;
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title}</p>
      <p>{t(errorKey(error))}</p>
      {detail && <p className="notice-detail">{t('errors.detail', { message: detail })}</p>}
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
