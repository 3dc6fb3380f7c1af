import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Store, StoredMap, StoredMapVersion } from '../../store/store.ts';
import type { Principal } from '../access.ts';
import { HttpError } from '../errors.ts';
import { checkMapDoc, placeMap } from './map-doc.ts';
import { conflict, existingMap } from './map-service.ts';

export const SaveVersionSchema = z.strictObject({ message: z.string().trim().max(2_000).default('') });
/** Restoring may name the revision the editor shows, so a newer edit is not overwritten unseen. */
export const RestoreVersionSchema = z.strictObject({ revision: z.int().min(1).optional() }).default({});
export const VersionNumberSchema = z.coerce.number().int().min(1).max(2_147_483_647);

/** A version without its document, as lists show it. */
export function versionSummary(v: StoredMapVersion) {
  const doc = v.doc as { revision?: unknown };
  return {
    number: v.number,
    author: v.author,
    message: v.message,
    createdAt: v.createdAt.toISOString(),
    revision: typeof doc.revision === 'number' ? doc.revision : null,
  };
}

/** Saves the map's current state as its next numbered version, authored by the caller. */
export async function saveVersion(
  store: Store,
  who: Principal,
  mapId: string,
  message: string,
): Promise<StoredMapVersion> {
  const map = await existingMap(store, who.workspaceId, mapId);
  return store.maps.addVersion(who.workspaceId, {
    id: randomUUID(),
    mapId,
    author: who.name,
    message,
    doc: { ...(map.doc as object), revision: map.revision },
  });
}

export async function existingVersion(
  store: Store,
  workspaceId: string,
  mapId: string,
  number: number,
): Promise<StoredMapVersion> {
  await existingMap(store, workspaceId, mapId);
  const version = await store.maps.getVersion(workspaceId, mapId, number);
  if (!version) throw new HttpError(404, 'not_found', `Map "${mapId}" has no version ${number}.`);
  return version;
}

/**
 * Makes an old version the map's current state, as a new revision (the history keeps the state
 * it replaces only if someone saved it as a version). With `revision`, 409 if the map has moved on.
 */
export async function restoreVersion(
  store: Store,
  who: Principal,
  mapId: string,
  number: number,
  revision: number | undefined,
  now: Date,
): Promise<StoredMap> {
  const version = await existingVersion(store, who.workspaceId, mapId, number);
  const current = await existingMap(store, who.workspaceId, mapId);
  if (revision !== undefined && revision !== current.revision) throw conflict(current);
  const doc = placeMap(checkMapDoc(version.doc), {
    id: mapId,
    workspaceId: who.workspaceId,
    revision: current.revision + 1,
    now,
  });
  const saved = await store.maps.save(
    { id: mapId, workspaceId: who.workspaceId, name: doc.name, doc },
    current.revision,
  );
  if (saved.conflict) throw conflict(saved.current);
  return saved.map;
}
