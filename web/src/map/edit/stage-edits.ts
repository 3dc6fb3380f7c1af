import type { JourneyMap, Stage } from '../../../../src/model/index.ts';

// Every edit returns a new map and never mutates its input, so undo is keeping the old value
// and React sees each change as a new object. An edit naming an id that is not on the map
// returns the map unchanged (a stale button after an undo is harmless, not an error).

/**
 * Inserts a stage at `index` (default: at the end).
 * Example: `addStage(map, { id: 's9', name: 'Loyalty' })` → the map with a sixth column.
 */
export function addStage(map: JourneyMap, stage: Stage, index = map.stages.length): JourneyMap {
  const stages = [...map.stages];
  stages.splice(Math.max(0, Math.min(index, stages.length)), 0, stage);
  return { ...map, stages };
}

/** Renames a stage; its template key goes, since the name no longer is the template's. */
export function renameStage(map: JourneyMap, stageId: string, name: string): JourneyMap {
  return {
    ...map,
    stages: map.stages.map((stage) => {
      if (stage.id !== stageId) return stage;
      const { templateKey: _dropped, ...rest } = stage;
      return { ...rest, name };
    }),
  };
}

/**
 * Deletes a stage with every card in its column: a card must sit in a stage of the map, and
 * moving them elsewhere silently would put research notes where nobody wrote them.
 */
export function deleteStage(map: JourneyMap, stageId: string): JourneyMap {
  if (!map.stages.some((s) => s.id === stageId)) return map;
  return {
    ...map,
    stages: map.stages.filter((s) => s.id !== stageId),
    touchpoints: map.touchpoints.filter((tp) => tp.stageId !== stageId),
    laneItems: map.laneItems.filter((item) => item.stageId !== stageId),
  };
}

/**
 * Moves a stage `by` places (−1 left, +1 right), clamped to the ends; cards go with it.
 * Example: `moveStage(map, 'b', -1)` on stages a, b, c → b, a, c.
 */
export function moveStage(map: JourneyMap, stageId: string, by: number): JourneyMap {
  const from = map.stages.findIndex((s) => s.id === stageId);
  if (from < 0) return map;
  const to = Math.max(0, Math.min(map.stages.length - 1, from + by));
  if (to === from) return map;
  const stages = [...map.stages];
  const [stage] = stages.splice(from, 1);
  stages.splice(to, 0, stage!);
  return { ...map, stages };
}
