import { useTranslation } from 'react-i18next';
import { type JourneyMap, randomId } from '../../../../src/model/index.ts';
import { DeleteLaneDialog } from './DeleteLaneDialog.tsx';
import { addLane, customLane, deleteLane, laneCardCount, renameLane, setLaneHidden } from './lane-edits.ts';
import { StageNameDialog } from './StageNameDialog.tsx';

/** Which lane dialog is open: naming a new lane (`laneId` null) or renaming one, or deleting one. */
export type LaneDialog = { dialog: 'lane'; laneId: string | null } | { dialog: 'deleteLane'; laneId: string };

/** The editor's lane dialogs; each change goes through `apply`, so Undo reverts it. */
export function LaneDialogs({
  open,
  map,
  apply,
  onClose,
}: {
  open: LaneDialog;
  map: JourneyMap;
  apply: (edit: (map: JourneyMap) => JourneyMap) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lane = open.laneId === null ? undefined : customLane(map, open.laneId);
  const done = (edit: (map: JourneyMap) => JourneyMap) => {
    apply(edit);
    onClose();
  };

  if (open.dialog === 'lane') {
    const laneId = open.laneId;
    return (
      <StageNameDialog
        title={laneId === null ? t('lanesEdit.add') : t('lanesEdit.rename', { name: lane?.name ?? '' })}
        label={t('lanesEdit.name')}
        initial={lane?.name ?? ''}
        onClose={onClose}
        onSave={(name) =>
          done((m) => (laneId === null ? addLane(m, { id: randomId(), name }) : renameLane(m, laneId, name)))
        }
      />
    );
  }
  // The lane may be gone already (deleted in another way, or undone): nothing to ask then.
  if (!lane) return null;
  return (
    <DeleteLaneDialog
      name={lane.name}
      cards={laneCardCount(map, `custom:${lane.id}`)}
      onClose={onClose}
      onDelete={() => done((m) => deleteLane(m, lane.id))}
      onHide={() => done((m) => setLaneHidden(m, `custom:${lane.id}`, true))}
    />
  );
}
