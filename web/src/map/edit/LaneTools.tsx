import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapLane } from '../../../../src/model/index.ts';
import type { GridLane } from '../grid-layout.ts';
import type { GridEditing } from '../JourneyGrid.tsx';
import { laneMoveByOf } from './shortcuts.ts';

/**
 * Rename, move, hide and delete buttons in a lane's row head; Alt+↑/↓ on them moves the lane
 * too. Built-in lanes keep their localised names and are hidden, never deleted; custom lanes can
 * be renamed and deleted.
 */
export function LaneTools({
  lane,
  laneKey,
  name,
  first,
  last,
  editing,
}: {
  lane: MapLane;
  laneKey: GridLane;
  name: string;
  first: boolean;
  last: boolean;
  editing: GridEditing;
}) {
  const { t } = useTranslation();
  const move = (by: number, focused: Element | null) => {
    editing.moveLane(laneKey, by);
    keepFocus(focused);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const by = laneMoveByOf(event);
    if (by === null) return;
    event.preventDefault();
    move(by, document.activeElement);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the key handler only adds a shortcut for the buttons inside
    <div className="lane-tools" onKeyDown={onKeyDown}>
      {lane.lane === 'custom' && (
        <button
          type="button"
          className="button button-small"
          aria-label={t('lanesEdit.rename', { name })}
          onClick={() => editing.renameLane(lane.id)}
        >
          {t('edit.rename')}
        </button>
      )}
      <button
        type="button"
        className="button button-small"
        aria-label={t('lanesEdit.moveUp', { name })}
        aria-keyshortcuts="Alt+ArrowUp"
        disabled={first}
        onClick={(event) => move(-1, event.currentTarget)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button button-small"
        aria-label={t('lanesEdit.moveDown', { name })}
        aria-keyshortcuts="Alt+ArrowDown"
        disabled={last}
        onClick={(event) => move(1, event.currentTarget)}
      >
        ↓
      </button>
      <button
        type="button"
        className="button button-small"
        aria-label={t('lanesEdit.hide', { name })}
        onClick={() => editing.hideLane(laneKey)}
      >
        {t('lanesEdit.hideShort')}
      </button>
      {lane.lane === 'custom' && (
        <button
          type="button"
          className="button button-small button-danger"
          aria-label={t('lanesEdit.delete', { name })}
          onClick={() => editing.deleteLane(lane.id)}
        >
          {t('edit.delete')}
        </button>
      )}
    </div>
  );
}

/**
 * Keeps the keyboard where it was after the row moves: React may move the row's DOM nodes, which
 * drops focus in Chromium. A move button that became disabled (the lane reached the top or the
 * bottom) hands focus to the other one.
 */
function keepFocus(focused: Element | null) {
  if (!(focused instanceof HTMLElement)) return;
  requestAnimationFrame(() => {
    if (!focused.isConnected) return;
    const target =
      focused instanceof HTMLButtonElement && focused.disabled
        ? focused.parentElement?.querySelector<HTMLButtonElement>('button[aria-keyshortcuts]:not(:disabled)')
        : focused;
    target?.focus();
  });
}
