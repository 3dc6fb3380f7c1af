import {
  itemLaneKey,
  type JourneyMap,
  type LaneItem,
  type LaneKey,
  laneKey,
  mapLanes,
  type Persona,
  type Stage,
  type Touchpoint,
} from '../../../../src/model/index.ts';
import { type LaneLabel, laneLabelOf } from '../lane-name.ts';
import { reorderedIds } from './reordered.ts';

/** What a change is about. */
export type DiffSubject = 'map' | 'lane' | 'stage' | 'touchpoint' | 'card' | 'persona';

/** One field whose value differs; `undefined` = the field was not set. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Where a stage, touchpoint or card moved. */
export interface Move {
  /** Stage names, when it went to another stage (cards and touchpoints). */
  fromStage?: string;
  toStage?: string;
  /** Lanes, when a card went to another lane. */
  fromLane?: LaneLabel;
  toLane?: LaneLabel;
  /** 1-based positions (in the map for a stage, in its cell for a card), when its order changed. */
  fromPosition?: number;
  toPosition?: number;
}

export interface ItemDiff {
  subject: DiffSubject;
  id: string;
  /** What the reader knows it by: a name, a card's text (the newer one; the older for removed). */
  label: string;
  /** For cards: their lane in the newer version (the older for removed); for lanes: the lane. */
  lane?: LaneLabel;
  /** For cards and touchpoints: the stage they are in (newer version; older for removed). */
  stage?: string;
  change: 'added' | 'removed' | 'changed';
  /** Set when a changed item moved; it may also have `fields`. */
  moved?: Move;
  fields: FieldChange[];
}

export interface MapDiff {
  /** Map, then lanes, stages, touchpoints, cards, personas; each in the newer version's order, removed last. */
  items: ItemDiff[];
  counts: { added: number; removed: number; changed: number; moved: number };
}

/** Structural equality of JSON values (key order does not matter). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => same(v, b[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** The fields whose values differ, in the order they first appear, skipping `ignore`. */
export function fieldChanges(before: object, after: object, ignore: readonly string[]): FieldChange[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !ignore.includes(f));
  return fields
    .filter((f) => !same(b[f], a[f]))
    .map((field) => ({ field, before: b[field], after: a[field] }));
}

const cardLabel = (item: LaneItem): string => (item.lane === 'kpi' ? item.name : (item.text ?? ''));

interface Side<T> {
  items: readonly T[];
  stageName: (id: string) => string;
  laneLabel: (key: LaneKey) => LaneLabel;
}

/** A lane as compared between versions: custom lanes by name, every lane by whether it is shown. */
interface LaneEntry {
  id: LaneKey;
  name?: string;
  visibility: 'shown' | 'hidden';
}

/**
 * Added, removed, changed and moved items of one kind. `cellOf` says which list an item's
 * position counts in (its stage and lane); an item whose cell differs has moved there, one whose
 * place in its cell changed relative to the others has been reordered.
 */
function diffItems<T extends { id: string }>(
  subject: DiffSubject,
  before: Side<T>,
  after: Side<T>,
  describe: (item: T, side: Side<T>) => { label: string; lane?: LaneLabel; stage?: string },
  cellOf: (item: T) => string,
  placement: readonly string[],
  moveOf: (from: T, to: T, before: Side<T>, after: Side<T>) => Move,
): ItemDiff[] {
  const old = new Map(before.items.map((item) => [item.id, item]));
  const now = new Map(after.items.map((item) => [item.id, item]));
  const cells = (items: readonly T[]) => {
    const byCell = new Map<string, string[]>();
    for (const item of items) byCell.set(cellOf(item), [...(byCell.get(cellOf(item)) ?? []), item.id]);
    return byCell;
  };
  const oldCells = cells(before.items);
  const newCells = cells(after.items);
  const reordered = new Set<string>();
  for (const [cell, ids] of newCells) {
    const stayed = (oldCells.get(cell) ?? []).filter((id) => now.has(id) && cellOf(now.get(id)!) === cell);
    for (const id of reorderedIds(
      stayed,
      ids.filter((id) => old.has(id) && cellOf(old.get(id)!) === cell),
    )) {
      reordered.add(id);
    }
  }

  const out: ItemDiff[] = [];
  for (const item of after.items) {
    const previous = old.get(item.id);
    if (!previous) {
      out.push({ subject, id: item.id, ...describe(item, after), change: 'added', fields: [] });
      continue;
    }
    const fields = fieldChanges(previous, item, ['id', ...placement]);
    let moved: Move | undefined;
    if (cellOf(previous) !== cellOf(item)) moved = moveOf(previous, item, before, after);
    else if (reordered.has(item.id)) {
      const cell = cellOf(item);
      moved = {
        fromPosition: oldCells.get(cell)!.indexOf(item.id) + 1,
        toPosition: newCells.get(cell)!.indexOf(item.id) + 1,
      };
    }
    if (fields.length > 0 || moved) {
      out.push({
        subject,
        id: item.id,
        ...describe(item, after),
        change: 'changed',
        fields,
        ...(moved && { moved }),
      });
    }
  }
  for (const item of before.items) {
    if (!now.has(item.id))
      out.push({ subject, id: item.id, ...describe(item, before), change: 'removed', fields: [] });
  }
  return out;
}

const MAP_FIELDS_IGNORED = [
  'schemaVersion',
  'id',
  'workspaceId',
  'revision',
  'createdAt',
  'updatedAt',
  'personas',
  'stages',
  'touchpoints',
  'lanes',
  'laneItems',
];

/**
 * What changed from `before` to `after` (two versions of one map): the map's own fields, then
 * stages, touchpoints, cards and personas added, removed, changed (field by field) and moved
 * (to another stage or lane, or to another place in their column or cell). Items are matched by
 * id, so a renamed stage is one change, not a removal and an addition.
 *
 * Example: renaming stage "Buy" to "Purchase" gives one item
 * `{ subject: 'stage', label: 'Purchase', change: 'changed', fields: [{ field: 'name', before: 'Buy', after: 'Purchase' }] }`.
 */
export function diffMaps(before: JourneyMap, after: JourneyMap): MapDiff {
  const stageNames = (map: JourneyMap) => {
    const names = new Map(map.stages.map((s) => [s.id, s.name]));
    return (id: string) => names.get(id) ?? id;
  };
  const laneLabels = (map: JourneyMap) => {
    const labels = new Map(mapLanes(map).map((lane) => [laneKey(lane), laneLabelOf(lane)]));
    return (key: LaneKey): LaneLabel => labels.get(key) ?? { name: key };
  };
  const side = <T>(map: JourneyMap, items: readonly T[]): Side<T> => ({
    items,
    stageName: stageNames(map),
    laneLabel: laneLabels(map),
  });
  const laneEntries = (map: JourneyMap): LaneEntry[] =>
    mapLanes(map).map((lane) => ({
      id: laneKey(lane),
      ...(lane.lane === 'custom' && { name: lane.name }),
      visibility: lane.hidden ? 'hidden' : 'shown',
    }));
  const items: ItemDiff[] = [];

  const mapFields = fieldChanges(before, after, MAP_FIELDS_IGNORED);
  if (mapFields.length > 0) {
    items.push({ subject: 'map', id: after.id, label: after.name, change: 'changed', fields: mapFields });
  }

  // A map saved before lanes were editable has the default lanes: comparing it with a map that
  // changed them shows just those changes.
  items.push(
    ...diffItems<LaneEntry>(
      'lane',
      side(before, laneEntries(before)),
      side(after, laneEntries(after)),
      (lane, s) => ({ label: lane.name ?? lane.id, lane: s.laneLabel(lane.id) }),
      () => 'lanes',
      [],
      () => ({}),
    ),
  );
  items.push(
    ...diffItems<Stage>(
      'stage',
      side(before, before.stages),
      side(after, after.stages),
      (stage) => ({ label: stage.name }),
      () => 'stages',
      [],
      () => ({}),
    ),
  );
  items.push(
    ...diffItems<Touchpoint>(
      'touchpoint',
      side(before, before.touchpoints),
      side(after, after.touchpoints),
      (tp, s) => ({ label: tp.name, stage: s.stageName(tp.stageId) }),
      (tp) => tp.stageId,
      ['stageId'],
      (from, to, b, a) => ({ fromStage: b.stageName(from.stageId), toStage: a.stageName(to.stageId) }),
    ),
  );
  items.push(
    ...diffItems<LaneItem>(
      'card',
      side(before, before.laneItems),
      side(after, after.laneItems),
      (item, s) => ({
        label: cardLabel(item),
        lane: s.laneLabel(itemLaneKey(item)),
        stage: s.stageName(item.stageId),
      }),
      (item) => `${itemLaneKey(item)}\u0000${item.stageId}`,
      ['stageId', 'lane', 'laneId'],
      (from, to, b, a) => ({
        ...(from.stageId !== to.stageId && {
          fromStage: b.stageName(from.stageId),
          toStage: a.stageName(to.stageId),
        }),
        ...(itemLaneKey(from) !== itemLaneKey(to) && {
          fromLane: b.laneLabel(itemLaneKey(from)),
          toLane: a.laneLabel(itemLaneKey(to)),
        }),
      }),
    ),
  );
  items.push(
    ...diffItems<Persona>(
      'persona',
      side(before, before.personas),
      side(after, after.personas),
      (persona) => ({ label: persona.name }),
      () => 'personas',
      [],
      () => ({}),
    ),
  );

  // Reordering personas says nothing about the journey; only their content counts.
  const shown = items.filter(
    (item) => !(item.subject === 'persona' && item.change === 'changed' && item.fields.length === 0),
  );
  return {
    items: shown,
    counts: {
      added: shown.filter((i) => i.change === 'added').length,
      removed: shown.filter((i) => i.change === 'removed').length,
      changed: shown.filter((i) => i.change === 'changed' && i.fields.length > 0).length,
      moved: shown.filter((i) => i.moved !== undefined).length,
    },
  };
}
