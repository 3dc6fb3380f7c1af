import { itemLaneKey, type JourneyMap, type LaneItem, type Touchpoint } from '../../../../src/model/index.ts';

/** Appends a touchpoint (to the end of its stage's cell). */
export function addTouchpoint(map: JourneyMap, touchpoint: Touchpoint): JourneyMap {
  return { ...map, touchpoints: [...map.touchpoints, touchpoint] };
}

/**
 * Replaces the touchpoint with the same id. A new `stageId` moves it, and the lane cards pinned
 * to it move along: a card pinned to a touchpoint must sit in that touchpoint's stage.
 */
export function updateTouchpoint(map: JourneyMap, touchpoint: Touchpoint): JourneyMap {
  const old = map.touchpoints.find((tp) => tp.id === touchpoint.id);
  if (!old) return map;
  const moved = old.stageId !== touchpoint.stageId;
  return {
    ...map,
    touchpoints: map.touchpoints.map((tp) => (tp.id === touchpoint.id ? touchpoint : tp)),
    laneItems: moved
      ? map.laneItems.map((item) =>
          item.touchpointId === touchpoint.id ? { ...item, stageId: touchpoint.stageId } : item,
        )
      : map.laneItems,
  };
}

/** Deletes a touchpoint; cards pinned to it stay in the stage, unpinned. */
export function deleteTouchpoint(map: JourneyMap, touchpointId: string): JourneyMap {
  if (!map.touchpoints.some((tp) => tp.id === touchpointId)) return map;
  return {
    ...map,
    touchpoints: map.touchpoints.filter((tp) => tp.id !== touchpointId),
    laneItems: map.laneItems.map((item) => (item.touchpointId === touchpointId ? unpin(item) : item)),
  };
}

/** Appends a lane card (to the end of its cell). */
export function addLaneItem(map: JourneyMap, item: LaneItem): JourneyMap {
  return { ...map, laneItems: [...map.laneItems, item] };
}

/**
 * Replaces the lane card with the same id. Moved to another stage, it loses its touchpoint pin
 * (that touchpoint is in the old stage).
 */
export function updateLaneItem(map: JourneyMap, item: LaneItem): JourneyMap {
  const old = map.laneItems.find((i) => i.id === item.id);
  if (!old) return map;
  const next = old.stageId !== item.stageId ? unpin(item) : item;
  return { ...map, laneItems: map.laneItems.map((i) => (i.id === item.id ? next : i)) };
}

export function deleteLaneItem(map: JourneyMap, itemId: string): JourneyMap {
  if (!map.laneItems.some((i) => i.id === itemId)) return map;
  return { ...map, laneItems: map.laneItems.filter((i) => i.id !== itemId) };
}

/**
 * Moves a card (touchpoint or lane card, by id) to the stage `by` columns away, clamped to the
 * first and last stage. Example: `moveCard(map, 'tp-1', 1)` puts tp-1 in the next stage.
 */
export function moveCard(map: JourneyMap, cardId: string, by: number): JourneyMap {
  const touchpoint = map.touchpoints.find((tp) => tp.id === cardId);
  const item = touchpoint ? undefined : map.laneItems.find((i) => i.id === cardId);
  const card = touchpoint ?? item;
  if (!card) return map;
  const from = map.stages.findIndex((s) => s.id === card.stageId);
  const to = map.stages[Math.max(0, Math.min(map.stages.length - 1, from + by))];
  if (from < 0 || !to || to.id === card.stageId) return map;
  return touchpoint
    ? updateTouchpoint(map, { ...touchpoint, stageId: to.id })
    : updateLaneItem(map, { ...item!, stageId: to.id });
}

/**
 * Drops a card (by id) into a stage's cell of its own lane, before the card `beforeId` of that
 * cell, or at the cell's end — what dragging a card does. Moving stages follows the pin rules of
 * updateTouchpoint and updateLaneItem. A card can't be dropped into another lane, or before
 * itself; those return the map unchanged.
 * Example: `placeCard(map, 'tp-b', 'a', 'tp-a')` puts tp-b in stage a, in front of tp-a.
 */
export function placeCard(map: JourneyMap, cardId: string, stageId: string, beforeId?: string): JourneyMap {
  if (cardId === beforeId || !map.stages.some((s) => s.id === stageId)) return map;
  const touchpoint = map.touchpoints.find((tp) => tp.id === cardId);
  if (touchpoint) {
    const moved = updateTouchpoint(map, { ...touchpoint, stageId });
    const placed = reposition(moved.touchpoints, cardId, beforeId, (tp) => tp.stageId === stageId);
    return placed ? { ...moved, touchpoints: placed } : map;
  }
  const item = map.laneItems.find((i) => i.id === cardId);
  if (!item) return map;
  const moved = updateLaneItem(map, { ...item, stageId });
  const sameCell = (i: LaneItem) => i.stageId === stageId && itemLaneKey(i) === itemLaneKey(item);
  const placed = reposition(moved.laneItems, cardId, beforeId, sameCell);
  return placed ? { ...moved, laneItems: placed } : map;
}

/**
 * The cards with `cardId` taken out and put back before `beforeId`, or after the last card of
 * its new cell. Null when `beforeId` is not a card of that cell.
 */
function reposition<T extends { id: string }>(
  cards: T[],
  cardId: string,
  beforeId: string | undefined,
  inCell: (card: T) => boolean,
): T[] | null {
  const card = cards.find((c) => c.id === cardId)!;
  const rest = cards.filter((c) => c.id !== cardId);
  if (beforeId !== undefined) {
    const at = rest.findIndex((c) => c.id === beforeId);
    if (at < 0 || !inCell(rest[at]!)) return null;
    return [...rest.slice(0, at), card, ...rest.slice(at)];
  }
  let last = -1;
  rest.forEach((c, i) => {
    if (inCell(c)) last = i;
  });
  // An empty cell: anywhere keeps the cell's order; the end is as good as any place.
  const at = last < 0 ? rest.length : last + 1;
  return [...rest.slice(0, at), card, ...rest.slice(at)];
}

function unpin<T extends LaneItem>(item: T): T {
  const { touchpointId: _dropped, ...rest } = item;
  return rest as T;
}
