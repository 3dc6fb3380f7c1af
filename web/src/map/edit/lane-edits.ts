import type { JourneyMap } from '../../../../src/model/index.ts';
import {
  BUILT_IN_ROWS,
  type CustomLane,
  itemLaneKey,
  type LaneKey,
  laneKey,
  type MapLane,
  mapLanes,
} from '../../../../src/model/map-lanes.ts';

// Pure edits of a map's rows, like stage-edits.ts: each returns a new map, never mutates its
// input, and returns the map unchanged for a lane that is not on it. Built-in rows can be moved
// and hidden but not deleted or renamed (their names are the interface language's); custom lanes
// can do all four.

/**
 * Sets the map's rows. When they are the default rows in the default order, all shown, `lanes`
 * is left out, so an edit that is undone by hand (down, then up again) gives back the same
 * document as before, and maps that never changed their lanes keep their old shape.
 */
function withLanes(map: JourneyMap, lanes: MapLane[]): JourneyMap {
  const { lanes: _old, ...rest } = map;
  const isDefault =
    lanes.length === BUILT_IN_ROWS.length &&
    lanes.every((lane, i) => lane.lane === BUILT_IN_ROWS[i] && !lane.hidden);
  return isDefault ? rest : { ...rest, lanes };
}

/**
 * Adds a custom lane at the bottom of the map.
 * Example: `addLane(map, { id: 'l1', name: 'Backstage' })` → a new empty row "Backstage".
 */
export function addLane(map: JourneyMap, lane: { id: string; name: string }): JourneyMap {
  const lanes = mapLanes(map);
  if (lanes.some((l) => l.lane === 'custom' && l.id === lane.id)) return map;
  return withLanes(map, [...lanes, { lane: 'custom', id: lane.id, name: lane.name }]);
}

/** Renames a custom lane (built-in lanes keep their localised names). */
export function renameLane(map: JourneyMap, laneId: string, name: string): JourneyMap {
  const lanes = mapLanes(map);
  if (!lanes.some((l) => l.lane === 'custom' && l.id === laneId)) return map;
  return withLanes(
    map,
    lanes.map((l) => (l.lane === 'custom' && l.id === laneId ? { ...l, name } : l)),
  );
}

/**
 * Moves a lane `by` shown rows (−1 up, +1 down), clamped to the top and bottom; hidden lanes in
 * between are stepped over, since moving past a row nobody sees would look like doing nothing.
 * Example: rows goal, action, (expectation hidden), emotion: `moveLane(map, 'emotion', -1)` →
 * goal, emotion, action, (expectation hidden).
 */
export function moveLane(map: JourneyMap, key: LaneKey, by: number): JourneyMap {
  const lanes = mapLanes(map);
  const shown = lanes.filter((l) => !l.hidden).map(laneKey);
  const from = shown.indexOf(key);
  if (from < 0) return map;
  const to = Math.max(0, Math.min(shown.length - 1, from + by));
  if (to === from) return map;
  const lane = lanes.find((l) => laneKey(l) === key)!;
  const rest = lanes.filter((l) => l !== lane);
  // Up: in front of the shown row it passes; down: right after it.
  const neighbour = rest.findIndex((l) => laneKey(l) === shown[to]);
  const at = to < from ? neighbour : neighbour + 1;
  return withLanes(map, [...rest.slice(0, at), lane, ...rest.slice(at)]);
}

/** Hides a lane (its cards stay in the map, out of sight) or shows it again in its place. */
export function setLaneHidden(map: JourneyMap, key: LaneKey, hidden: boolean): JourneyMap {
  const lanes = mapLanes(map);
  const lane = lanes.find((l) => laneKey(l) === key);
  if (!lane || (lane.hidden ?? false) === hidden) return map;
  return withLanes(
    map,
    lanes.map((l) => {
      if (l !== lane) return l;
      const { hidden: _was, ...shown } = l;
      return hidden ? { ...shown, hidden: true } : shown;
    }),
  );
}

/**
 * Deletes a custom lane with its cards. The editor asks first when the lane holds cards
 * (laneCardCount), and undo brings lane and cards back. Built-in lanes are hidden, not deleted.
 */
export function deleteLane(map: JourneyMap, laneId: string): JourneyMap {
  const lanes = mapLanes(map);
  if (!lanes.some((l) => l.lane === 'custom' && l.id === laneId)) return map;
  const key: LaneKey = `custom:${laneId}`;
  return {
    ...withLanes(
      map,
      lanes.filter((l) => laneKey(l) !== key),
    ),
    laneItems: map.laneItems.filter((item) => itemLaneKey(item) !== key),
  };
}

/** How many cards a lane holds (touchpoints for the touchpoint row). */
export function laneCardCount(map: JourneyMap, key: LaneKey): number {
  if (key === 'touchpoint') return map.touchpoints.length;
  return map.laneItems.filter((item) => itemLaneKey(item) === key).length;
}

/** The custom lane with this id, if the map has it. */
export function customLane(map: JourneyMap, laneId: string): CustomLane | undefined {
  return mapLanes(map).find((l): l is CustomLane => l.lane === 'custom' && l.id === laneId);
}
