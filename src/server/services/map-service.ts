import { z } from 'zod';
import { createMapFromTemplate } from '../../model/create-map-from-template.ts';
import { randomId } from '../../model/id.ts';
import { type JourneyMap, MapKindSchema } from '../../model/journey-map.ts';
import { LocaleSchema } from '../../model/locale.ts';
import { TemplateKeySchema } from '../../model/templates.ts';
import { NameSchema } from '../../model/text.ts';
import type { Store, StoredMap } from '../../store/store.ts';
import type { Principal } from '../access.ts';
import { HttpError } from '../errors.ts';
import { parseInput } from '../parse-input.ts';
import { checkMapDoc, placeMap } from './map-doc.ts';

const FromTemplateSchema = z.strictObject({
  template: TemplateKeySchema,
  locale: LocaleSchema,
  name: NameSchema.optional(),
  kind: MapKindSchema.optional(),
});
// An imported map; `name` renames it.
const FromDocSchema = z.strictObject({ doc: z.unknown(), name: NameSchema.optional() });
export type CreateMapInput = z.infer<typeof FromTemplateSchema> | z.infer<typeof FromDocSchema>;

/** A create request: `{ doc }` imports a map, anything else names a template. */
export function parseCreateMap(body: unknown): CreateMapInput {
  const hasDoc = typeof body === 'object' && body !== null && 'doc' in body;
  return parseInput(hasDoc ? FromDocSchema : FromTemplateSchema, body);
}

export const UpdateMapSchema = z.strictObject({ doc: z.unknown(), revision: z.int().min(1) });
export type UpdateMapInput = z.infer<typeof UpdateMapSchema>;

/** The stored doc, with the store's revision (the one a save must name). */
export const docOf = (stored: StoredMap): JourneyMap => ({
  ...(stored.doc as JourneyMap),
  revision: stored.revision,
});

export function conflict(current: StoredMap): HttpError {
  return new HttpError(
    409,
    'conflict',
    `The map was changed by someone else (now at revision ${current.revision}); reload it, or keep your version as a copy.`,
    { currentRevision: current.revision },
  );
}

export async function existingMap(store: Store, workspaceId: string, id: string): Promise<StoredMap> {
  const map = await store.maps.get(workspaceId, id);
  if (!map) throw new HttpError(404, 'not_found', `No map has the id "${id}".`);
  return map;
}

/** The workspace's maps, most recently changed first, without their documents. */
export async function listMaps(store: Store, workspaceId: string) {
  return (await store.maps.list(workspaceId)).map((m) => {
    const doc = m.doc as Partial<JourneyMap>;
    return {
      id: m.id,
      name: m.name,
      kind: doc.kind ?? null,
      currentStateMapId: doc.currentStateMapId ?? null,
      locale: doc.locale ?? null,
      revision: m.revision,
      updatedAt: m.updatedAt.toISOString(),
    };
  });
}

/** A new map from a template, or from an imported document (given a new id in this workspace). */
export async function createMap(
  store: Store,
  who: Principal,
  input: CreateMapInput,
  now: Date,
): Promise<StoredMap> {
  let map: JourneyMap;
  if ('doc' in input) {
    const imported = checkMapDoc(input.doc);
    const nowText = now.toISOString();
    map = { ...imported, createdAt: nowText, updatedAt: nowText };
    map = placeMap(map, { id: randomId(), workspaceId: who.workspaceId, revision: 1, now });
    if (input.name !== undefined) map.name = input.name;
  } else {
    map = createMapFromTemplate({
      template: input.template,
      locale: input.locale,
      workspaceId: who.workspaceId,
      name: input.name,
      kind: input.kind,
      now,
    });
  }
  const saved = await store.maps.save({ id: map.id, workspaceId: who.workspaceId, name: map.name, doc: map });
  if (saved.conflict) throw conflict(saved.current); // a fresh random id: not expected
  return saved.map;
}

/**
 * Saves a new state of a map. `revision` is the one the editor started from: if the map has
 * moved on since, nothing is written and the answer is 409 with the current revision.
 */
export async function updateMap(
  store: Store,
  who: Principal,
  id: string,
  input: UpdateMapInput,
  now: Date,
): Promise<StoredMap> {
  const map = checkMapDoc(input.doc);
  if (map.id !== id) {
    throw new HttpError(400, 'id_mismatch', `The document is map "${map.id}", not "${id}".`, {
      path: 'doc.id',
    });
  }
  if (map.workspaceId !== who.workspaceId) {
    throw new HttpError(400, 'workspace_mismatch', 'The document belongs to another workspace.', {
      path: 'doc.workspaceId',
    });
  }
  const current = await existingMap(store, who.workspaceId, id);
  if (current.revision !== input.revision) throw conflict(current);
  const doc = placeMap(map, { id, workspaceId: who.workspaceId, revision: input.revision + 1, now });
  const saved = await store.maps.save(
    { id, workspaceId: who.workspaceId, name: doc.name, doc },
    input.revision,
  );
  if (saved.conflict) throw conflict(saved.current);
  return saved.map;
}

/** Deletes a map with its versions, and revokes its share links. */
export async function deleteMap(store: Store, who: Principal, id: string): Promise<void> {
  if (!(await store.maps.delete(who.workspaceId, id))) {
    throw new HttpError(404, 'not_found', `No map has the id "${id}".`);
  }
  await store.shares.revokeForMap(who.workspaceId, id);
}
