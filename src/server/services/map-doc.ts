import { importMapJson } from '../../model/import-map-json.ts';
import type { JourneyMap } from '../../model/journey-map.ts';
import { HttpError } from '../errors.ts';

/** Largest map document the API stores: 2 MiB of JSON, far above any hand-made map. */
export const MAX_MAP_BYTES = 2 * 1024 * 1024;

/**
 * A map document sent to the API, checked exactly as a JSON file import is: size, schema version
 * (a newer one is named as such), then the model's schema. A 400 saying what is wrong otherwise,
 * with the model's code (`too_large`, `not_a_map`, `newer_schema_version`, `invalid_map`) and
 * every problem found in `details.issues`.
 */
export function checkMapDoc(doc: unknown): JourneyMap {
  const result = importMapJson(JSON.stringify(doc) ?? 'undefined', { maxBytes: MAX_MAP_BYTES });
  if (result.ok) return result.map;
  const { code, message, path, issues } = result.error;
  const text = code === 'too_large' ? `The map is larger than the limit of 2 MB.` : message;
  throw new HttpError(400, code, text, { path, issues });
}

/**
 * The doc as stored for `id` in `workspaceId` at `revision`. `updatedAt` is now, but never before
 * `createdAt` (the model requires that order, and clocks may disagree).
 */
export function placeMap(
  map: JourneyMap,
  at: { id: string; workspaceId: string; revision: number; now: Date },
): JourneyMap {
  const now = at.now.toISOString();
  const updatedAt = Date.parse(now) < Date.parse(map.createdAt) ? map.createdAt : now;
  return { ...map, id: at.id, workspaceId: at.workspaceId, revision: at.revision, updatedAt };
}
