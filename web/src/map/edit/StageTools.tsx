import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../src/model/index.ts';
import type { GridEditing } from '../JourneyGrid.tsx';

/** Rename, move and delete buttons in a stage's column head. */
export function StageTools({
  stage,
  first,
  last,
  editing,
}: {
  stage: Stage;
  first: boolean;
  last: boolean;
  editing: GridEditing;
}) {
  const { t } = useTranslation();
  const name = stage.name;
  return (
    <div className="stage-tools">
      <button
        type="button"
        className="button button-small"
        aria-label={t('edit.renameStage', { name })}
        onClick={() => editing.renameStage(stage.id)}
      >
        {t('edit.rename')}
      </button>
      <button
        type="button"
        className="button button-small"
        aria-label={t('edit.moveStageLeft', { name })}
        disabled={first}
        onClick={() => editing.moveStage(stage.id, -1)}
      >
        ←
      </button>
      <button
        type="button"
        className="button button-small"
        aria-label={t('edit.moveStageRight', { name })}
        disabled={last}
        onClick={() => editing.moveStage(stage.id, 1)}
      >
        →
      </button>
      <button
        type="button"
        className="button button-small button-danger"
        aria-label={t('edit.deleteStage', { name })}
        onClick={() => editing.deleteStage(stage.id)}
      >
        {t('edit.delete')}
      </button>
    </div>
  );
}
