import { type KeyboardEvent, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaneItem, Stage, Touchpoint } from '../../../../src/model/index.ts';
import type { GridEditing } from '../JourneyGrid.tsx';
import { moveByOf } from './shortcuts.ts';

/** Edit and move buttons under a card; Alt+←/→ on them moves the card too. */
export const CardTools = memo(function CardTools({
  card,
  label,
  stages,
  editing,
}: {
  card: Touchpoint | LaneItem;
  label: string;
  stages: readonly Stage[];
  editing: GridEditing;
}) {
  const { t } = useTranslation();
  const at = stages.findIndex((s) => s.id === card.stageId);
  const onKeyDown = (event: KeyboardEvent) => {
    const by = moveByOf(event);
    if (by === null) return;
    event.preventDefault();
    editing.moveCard(card.id, by);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the key handler only adds a shortcut for the buttons inside
    <div className="card-tools" onKeyDown={onKeyDown}>
      <button
        type="button"
        className="button button-small"
        aria-label={t('edit.editCard', { name: label })}
        onClick={() => editing.editCard(card)}
      >
        {t('edit.edit')}
      </button>
      <button
        type="button"
        className="button button-small"
        aria-label={t('edit.moveCardLeft', { name: label })}
        disabled={at <= 0}
        onClick={() => editing.moveCard(card.id, -1)}
      >
        ←
      </button>
      <button
        type="button"
        className="button button-small"
        aria-label={t('edit.moveCardRight', { name: label })}
        disabled={at < 0 || at >= stages.length - 1}
        onClick={() => editing.moveCard(card.id, 1)}
      >
        →
      </button>
    </div>
  );
});
