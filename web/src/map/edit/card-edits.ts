import type { JourneyMap, LaneItem, Touchpoint } from '../../../../src/model/index.ts';

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

function unpin<T extends LaneItem>(item: T): T {
  const { touchpointId: _dropped, ...rest } = item;
  return rest as T;
}
