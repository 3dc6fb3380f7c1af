import type { JourneyMap, Persona } from '../../../../src/model/index.ts';

// Pure edits of a map's personas, like the card and stage edits: each returns a new map (or the
// same one when nothing changes), so undo/redo and autosave treat them as any other edit.

/** The map with `persona` added at the end of its personas. */
export function addPersona(map: JourneyMap, persona: Persona): JourneyMap {
  if (map.personas.some((p) => p.id === persona.id)) return map;
  return { ...map, personas: [...map.personas, persona] };
}

/** The map with the persona of the same id replaced, in place. */
export function updatePersona(map: JourneyMap, persona: Persona): JourneyMap {
  if (!map.personas.some((p) => p.id === persona.id)) return map;
  return { ...map, personas: map.personas.map((p) => (p.id === persona.id ? persona : p)) };
}

/** The map without persona `id`. */
export function deletePersona(map: JourneyMap, id: string): JourneyMap {
  if (!map.personas.some((p) => p.id === id)) return map;
  return { ...map, personas: map.personas.filter((p) => p.id !== id) };
}

/**
 * The personas live numbers can be filtered by: those with a segment rule (without one, nobody
 * can tell which persons a persona stands for, and the API refuses it).
 */
export function measurablePersonas(personas: readonly Persona[]): Persona[] {
  return personas.filter((p) => p.segment !== undefined);
}
