import type { JourneyMap } from '../../../../src/model/index.ts';

/**
 * The document of a new future-state map drawn from a current-state one: everything copied
 * (stages keep their ids, so the two line up column by column), kind future state, linked back
 * through `currentStateMapId`. The server gives it a new id when it is created.
 *
 * Example: `futureStateCopy(map, 'Shop journey (future state)').currentStateMapId === map.id`.
 */
export function futureStateCopy(map: JourneyMap, name: string): JourneyMap {
  return { ...structuredClone(map), name, kind: 'future_state', currentStateMapId: map.id };
}

/** The future-state maps drawn from `mapId`, by name, from the workspace's map list. */
export function futureStatesOf<
  T extends { id: string; name: string; kind: string; currentStateMapId: string | null },
>(maps: readonly T[], mapId: string): T[] {
  return maps
    .filter((m) => m.kind === 'future_state' && m.currentStateMapId === mapId)
    .sort((a, b) => a.name.localeCompare(b.name));
}
