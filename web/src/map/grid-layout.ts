import type { JourneyMap, Lane, LaneItem, Stage, Touchpoint } from '../../../src/model/index.ts';
import {
  BUILT_IN_ROWS,
  type BuiltInLane,
  itemLaneKey,
  type LaneKey,
  laneKey,
  type MapLane,
  mapLanes,
} from '../../../src/model/map-lanes.ts';

/** A row of the map grid: the touchpoints, a built-in lane, or a custom lane (`custom:<id>`). */
export type GridLane = LaneKey;

/** The rows of a map that does not set its own (see mapLanes), top to bottom. */
export const GRID_LANES: readonly GridLane[] = BUILT_IN_ROWS;

export type GridRow =
  | { key: 'touchpoint'; lane: 'touchpoint'; setting: BuiltInLane; cells: Touchpoint[][] }
  | { key: LaneKey; lane: Lane | 'custom'; setting: MapLane; cells: LaneItem[][] };

export interface GridLayout {
  /** The columns, in the map's order. */
  stages: Stage[];
  /** One row per shown lane in the map's order; `cells[i]` holds the cards of `stages[i]`, in map order. */
  rows: GridRow[];
  /** Lanes the map hides, in the map's order, so the editor can offer to show them again. */
  hidden: MapLane[];
  /** Cards whose stage is not on the map (a damaged document): counted so the UI can say so. */
  unplaced: number;
}

/**
 * Which card goes in which cell: stages are columns, the map's shown lanes are rows (mapLanes
 * order), and within a cell cards keep their order in the map document (the order the
 * researcher gave them). Cards of hidden lanes are kept in the map but not laid out.
 *
 * Example: a map with stages A, B and a goal in B gives
 * `rows.find((r) => r.lane === 'goal').cells` → `[[], [goal]]`.
 */
export function buildGrid(
  map: Pick<JourneyMap, 'stages' | 'touchpoints' | 'laneItems'> & Pick<Partial<JourneyMap>, 'lanes'>,
): GridLayout {
  const column = new Map(map.stages.map((stage, index) => [stage.id, index]));
  const empty = <T>(): T[][] => map.stages.map(() => []);
  const lanes = mapLanes(map);
  const shown = lanes.filter((lane) => !lane.hidden);
  let unplaced = 0;

  const touchpoints = empty<Touchpoint>();
  for (const touchpoint of map.touchpoints) {
    const index = column.get(touchpoint.stageId);
    if (index === undefined) unplaced++;
    else touchpoints[index]!.push(touchpoint);
  }

  const cellsOf = new Map<LaneKey, LaneItem[][]>(
    lanes.filter((lane) => lane.lane !== 'touchpoint').map((lane) => [laneKey(lane), empty<LaneItem>()]),
  );
  for (const item of map.laneItems) {
    const index = column.get(item.stageId);
    const cells = cellsOf.get(itemLaneKey(item));
    if (index === undefined || cells === undefined) unplaced++;
    else cells[index]!.push(item);
  }

  const rows = shown.map((setting): GridRow => {
    if (setting.lane === 'touchpoint')
      return { key: 'touchpoint', lane: 'touchpoint', setting, cells: touchpoints };
    const key = laneKey(setting);
    return { key, lane: setting.lane, setting, cells: cellsOf.get(key)! };
  });
  return { stages: map.stages, rows, hidden: lanes.filter((lane) => lane.hidden), unplaced };
}

/** Whether any cell of the row holds a card; empty lanes are still drawn, with a hint. */
export function rowHasCards(row: GridRow): boolean {
  return row.cells.some((cell) => cell.length > 0);
}
