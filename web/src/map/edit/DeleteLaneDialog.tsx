import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog.tsx';

/**
 * Asks before a custom lane goes with its cards, offering to hide it instead: research notes are
 * never dropped without the researcher saying so (and Undo still brings them back).
 */
export function DeleteLaneDialog({
  name,
  cards,
  onDelete,
  onHide,
  onClose,
}: {
  name: string;
  cards: number;
  onDelete: () => void;
  onHide: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('lanesEdit.deleteTitle', { name })} onClose={onClose}>
      <p>{t('lanesEdit.deleteQuestion', { count: cards })}</p>
      <div className="dialog-buttons">
        <button type="button" className="button button-danger" onClick={onDelete}>
          {t('lanesEdit.deleteWithCards')}
        </button>
        <button type="button" className="button button-secondary" onClick={onHide}>
          {t('lanesEdit.hideInstead')}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('edit.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
