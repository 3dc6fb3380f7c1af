import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type JourneyMap,
  type LaneItem,
  laneKey,
  mapLanes,
  type Persona,
  randomId,
  type Touchpoint,
} from '../../../../src/model/index.ts';
import { api } from '../../api/client.ts';
import type { MapVersionSummary, StoredMap } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { navigate } from '../../routing/router.tsx';
import { pathOf } from '../../routing/routes.ts';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { translateWith } from '../figure-text.ts';
import type { GridLane } from '../grid-layout.ts';
import { type GridEditing, JourneyGrid } from '../JourneyGrid.tsx';
import { laneName } from '../lane-name.ts';
import type { Live } from '../live.ts';
import { PersonaStrip } from '../PersonaStrip.tsx';
import { PersonaDialog } from '../personas/PersonaDialog.tsx';
import { addPersona, deletePersona, updatePersona } from '../personas/persona-edits.ts';
import { newPersonaForm, type PersonaForm, personaFormOf } from '../personas/persona-form.ts';
import { CardDialog } from './CardDialog.tsx';
import { ConflictNotice } from './ConflictNotice.tsx';
import {
  addLaneItem,
  addTouchpoint,
  deleteLaneItem,
  deleteTouchpoint,
  moveCard,
  placeCard,
  updateLaneItem,
  updateTouchpoint,
} from './card-edits.ts';
import { type CardForm, formOf, newCardForm } from './card-form.ts';
import { HiddenLanes } from './HiddenLanes.tsx';
import { type LaneDialog, LaneDialogs } from './LaneDialogs.tsx';
import { deleteLane, laneCardCount, moveLane, setLaneHidden } from './lane-edits.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { StageNameDialog } from './StageNameDialog.tsx';
import { shortcutOf } from './shortcuts.ts';
import { addStage, deleteStage, moveStage, renameStage } from './stage-edits.ts';
import { useMapEditor } from './use-map-editor.ts';
import { VersionDialog } from './VersionDialog.tsx';
import { VersionsPanel } from './VersionsPanel.tsx';

type Open =
  | { dialog: 'none' }
  | { dialog: 'card'; form: CardForm }
  | { dialog: 'stage'; stageId: string | null }
  | LaneDialog
  | { dialog: 'persona'; form: PersonaForm }
  | { dialog: 'version'; version: MapVersionSummary };

/**
 * The map for editors: the grid with edit buttons, undo/redo, autosave with its state, conflict
 * handling and versions. All changes are the pure edits of this folder; this only wires them.
 */
export function MapEditor({
  stored,
  live,
  onSaved,
  highlightedPersona,
}: {
  stored: StoredMap;
  live: Live;
  /** After each save, with the map as the server now has it (its personas feed the live-number filter). */
  onSaved: (doc: JourneyMap) => void;
  highlightedPersona?: string;
}) {
  const { t } = useTranslation();
  const editor = useMapEditor(stored, onSaved);
  const { map, apply } = editor;
  // Read by the lane-delete button, which must count the cards of the map as it is now.
  const mapRef = useRef(map);
  mapRef.current = map;
  const [open, setOpen] = useState<Open>({ dialog: 'none' });
  const [versionsRefresh, setVersionsRefresh] = useState(0);
  const [restoreError, setRestoreError] = useState<unknown>(null);
  const close = () => setOpen({ dialog: 'none' });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target.tagName : undefined;
      const command = shortcutOf({ ...pick(event), targetTag: target });
      if (!command || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      if (command === 'undo') editor.undo();
      else editor.redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor.undo, editor.redo]);

  const editing = useMemo<GridEditing>(
    () => ({
      addCard: (kind: GridLane, stageId: string) =>
        setOpen({ dialog: 'card', form: newCardForm(kind, stageId, randomId()) }),
      editCard: (card) => setOpen({ dialog: 'card', form: formOf(card) }),
      moveCard: (cardId, by) => apply((m) => moveCard(m, cardId, by)),
      placeCard: (cardId, stageId, beforeId) => apply((m) => placeCard(m, cardId, stageId, beforeId)),
      renameStage: (stageId) => setOpen({ dialog: 'stage', stageId }),
      moveStage: (stageId, by) => apply((m) => moveStage(m, stageId, by)),
      deleteStage: (stageId) => apply((m) => deleteStage(m, stageId)),
      renameLane: (laneId) => setOpen({ dialog: 'lane', laneId }),
      moveLane: (key, by) => apply((m) => moveLane(m, key, by)),
      hideLane: (key) => apply((m) => setLaneHidden(m, key, true)),
      deleteLane: (laneId) => {
        // An empty lane goes at once (Undo brings it back); one with cards asks first.
        if (laneCardCount(mapRef.current, `custom:${laneId}`) === 0) apply((m) => deleteLane(m, laneId));
        else setOpen({ dialog: 'deleteLane', laneId });
      },
    }),
    [apply],
  );

  const saveCard = (card: Touchpoint | LaneItem, isNew: boolean) => {
    if ('lane' in card) apply((m) => (isNew ? addLaneItem(m, card) : updateLaneItem(m, card)));
    else apply((m) => (isNew ? addTouchpoint(m, card) : updateTouchpoint(m, card)));
    close();
  };

  const reload = async () => editor.reset(await api.getMap(map.id));

  const keepCopy = async () => {
    const copy = await api.copyMap(map, t('conflict.copyName', { name: map.name }));
    navigate(pathOf({ name: 'map', mapId: copy.id }));
  };

  const saveVersion = async (name: string) => {
    if (!(await editor.flush())) throw new Error(t('versions.unsaved'));
    await api.saveVersion(map.id, name);
    setVersionsRefresh((n) => n + 1);
  };

  const restore = async (version: MapVersionSummary) => {
    close();
    setRestoreError(null);
    try {
      if (!(await editor.flush())) return;
      await api.restoreVersion(map.id, version.number, editor.revision());
      const fresh = await api.getMap(map.id);
      editor.reset(fresh);
      onSaved(fresh.doc);
    } catch (error) {
      setRestoreError(error);
    }
  };

  const stageName = open.dialog === 'stage' ? map.stages.find((s) => s.id === open.stageId)?.name : undefined;
  const cardLaneName = (kind: GridLane) => {
    const lane = mapLanes(map).find((l) => laneKey(l) === kind);
    return lane ? laneName(lane, translateWith(t)) : '';
  };

  return (
    <>
      <div className="editor-toolbar" role="toolbar" aria-label={t('edit.toolbar')}>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setOpen({ dialog: 'stage', stageId: null })}
        >
          + {t('edit.addStage')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setOpen({ dialog: 'lane', laneId: null })}
        >
          + {t('lanesEdit.add')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={editor.undo}
          disabled={!editor.canUndo}
          aria-keyshortcuts="Control+Z"
        >
          {t('edit.undo')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={editor.redo}
          disabled={!editor.canRedo}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
        >
          {t('edit.redo')}
        </button>
        <SaveStatus save={editor.save} onRetry={() => void editor.flush()} />
      </div>
      {editor.save.state === 'conflict' && (
        <ConflictNotice onReload={() => void reload()} onKeepCopy={keepCopy} />
      )}
      {restoreError !== null && <ErrorNotice title={t('versions.restoreFailed')} error={restoreError} />}
      <PersonaStrip
        personas={map.personas}
        highlighted={highlightedPersona}
        onAdd={() => setOpen({ dialog: 'persona', form: newPersonaForm(randomId()) })}
        onEdit={(persona) => setOpen({ dialog: 'persona', form: personaFormOf(persona) })}
      />
      {editor.save.state !== 'conflict' && (
        <HiddenLanes map={map} onShow={(key) => apply((m) => setLaneHidden(m, key, false))} />
      )}
      <ExportMenu map={map} live={live} />
      <JourneyGrid map={map} live={live} editing={editor.save.state === 'conflict' ? undefined : editing} />
      <VersionsPanel
        mapId={map.id}
        refresh={versionsRefresh}
        onView={(version) => setOpen({ dialog: 'version', version })}
        onSave={saveVersion}
        onRestore={(version) => void restore(version)}
      />
      {open.dialog === 'card' && (
        <CardDialog
          initial={open.form}
          laneName={cardLaneName(open.form.kind)}
          stages={map.stages}
          onClose={close}
          onSave={(card) => saveCard(card, open.form.original === undefined)}
          onDelete={
            open.form.original === undefined
              ? undefined
              : () => {
                  const id = open.form.id;
                  apply((m) =>
                    open.form.kind === 'touchpoint' ? deleteTouchpoint(m, id) : deleteLaneItem(m, id),
                  );
                  close();
                }
          }
        />
      )}
      {open.dialog === 'stage' && (
        <StageNameDialog
          title={
            open.stageId === null ? t('edit.addStage') : t('edit.renameStage', { name: stageName ?? '' })
          }
          initial={stageName ?? ''}
          onClose={close}
          onSave={(name) => {
            const stageId = open.stageId;
            apply((m) =>
              stageId === null ? addStage(m, { id: randomId(), name }) : renameStage(m, stageId, name),
            );
            close();
          }}
        />
      )}
      {(open.dialog === 'lane' || open.dialog === 'deleteLane') && (
        <LaneDialogs open={open} map={map} apply={apply} onClose={close} />
      )}
      {open.dialog === 'persona' && (
        <PersonaDialog
          initial={open.form}
          onClose={close}
          onSave={(persona: Persona) => {
            const isNew = open.form.original === undefined;
            apply((m) => (isNew ? addPersona(m, persona) : updatePersona(m, persona)));
            close();
          }}
          onDelete={
            open.form.original === undefined
              ? undefined
              : () => {
                  const id = open.form.id;
                  apply((m) => deletePersona(m, id));
                  close();
                }
          }
        />
      )}
      {open.dialog === 'version' && (
        <VersionDialog
          mapId={map.id}
          version={open.version}
          onClose={close}
          onRestore={() => void restore(open.version)}
        />
      )}
    </>
  );
}

function pick(event: KeyboardEvent) {
  const { key, ctrlKey, metaKey, shiftKey, altKey } = event;
  return { key, ctrlKey, metaKey, shiftKey, altKey };
}
