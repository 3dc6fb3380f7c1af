import type { JourneyMap, Lane, LaneItem, Stage, Touchpoint } from '../../../src/model/index.ts';
import { LANES } from '../../../src/model/lane-item.ts';

/** A row of the map grid: the touchpoints, or one lane of researcher cards. */
export type GridLane = 'touchpoint' | Lane;

/**
 * Rows top to bottom, in the order journey maps are usually read: where the customer meets the
 * brand, then why they act, what they do, think and feel, where it hurts, and what to do about it.
 */
export const GRID_LANES: readonly GridLane[] = ['touchpoint', ...LANES];

export type GridRow = { lane: 'touchpoint'; cells: Touchpoint[][] } | { lane: Lane; cells: LaneItem[][] };

export interface GridLayout {
  /** The columns, in the map's order. */
  stages: Stage[];
  /** One row per lane in GRID_LANES order; `cells[i]` holds the cards of `stages[i]`, in map order. */
  rows: GridRow[];
  /** Cards whose stage is not on the map (a damaged document): counted so the UI can say so. */
  unplaced: number;
}

/**
 * Which card goes in which cell: stages are columns, lanes are rows, and within a cell cards
 * keep their order in the map document (the order the researcher gave them).
 *
 * Example: a map with stages A, B and a goal in B gives
 * `rows.find((r) => r.lane === 'goal').cells` → `[[], [goal]]`.
 */
export function buildGrid(map: Pick<JourneyMap, 'stages' | 'touchpoints' | 'laneItems'>): GridLayout {
  const column = new Map(map.stages.map((stage, index) => [stage.id, index]));
  const empty = <T>(): T[][] => map.stages.map(() => []);
  let unplaced = 0;

  const touchpoints = empty<Touchpoint>();
  for (const touchpoint of map.touchpoints) {
    const index = column.get(touchpoint.stageId);
    if (index === undefined) unplaced++;
    else touchpoints[index]!.push(touchpoint);
  }

  const lanes = new Map<Lane, LaneItem[][]>(LANES.map((lane) => [lane, empty<LaneItem>()]));
  for (const item of map.laneItems) {
    const index = column.get(item.stageId);
    if (index === undefined) unplaced++;
    else lanes.get(item.lane)![index]!.push(item);
  }

  const rows: GridRow[] = [
    { lane: 'touchpoint', cells: touchpoints },
    ...LANES.map((lane) => ({ lane, cells: lanes.get(lane)! })),
  ];
  return { stages: map.stages, rows, unplaced };
}

/** Whether any cell of the row holds a card; empty lanes are still drawn, with a hint. */
export function rowHasCards(row: GridRow): boolean {
  return row.cells.some((cell) => cell.length > 0);
}
