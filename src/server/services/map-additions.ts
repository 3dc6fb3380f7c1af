import { z } from 'zod';
import { randomId } from '../../model/id.ts';
import type { JourneyMap } from '../../model/journey-map.ts';
import { LaneItemSchema } from '../../model/lane-item.ts';
import { PersonaSchema } from '../../model/persona.ts';
import type { Store, StoredMap } from '../../store/store.ts';
import type { Principal } from '../access.ts';
import { HttpError } from '../errors.ts';
import { checkMapDoc, placeMap } from './map-doc.ts';
import { conflict, docOf, existingMap } from './map-service.ts';

/**
 * A card to add to a map's lanes, e.g. the `laneItem` of a moment of truth. `revision`, when
 * given, is the one the caller saw: if the map has moved on, nothing is written (409).
 */
export const AddLaneItemSchema = z.strictObject({
  item: LaneItemSchema,
  revision: z.int().min(1).optional(),
});
/** A persona to add to a map, e.g. the `persona` of a persona suggestion; it gets a new id. */
export const AddPersonaSchema = z.strictObject({
  persona: PersonaSchema.omit({ id: true }).extend({ id: z.string().optional() }),
  revision: z.int().min(1).optional(),
});

/**
 * Adds to a stored map in one optimistic step: reads it, applies `change`, checks the result as
 * any map save is checked (a card on a stage or touchpoint the map lacks is a 400 naming it), and
 * saves it only if nobody saved in between (else 409 with the current revision).
 */
async function changeMap(
  store: Store,
  who: Principal,
  id: string,
  revision: number | undefined,
  change: (doc: JourneyMap) => JourneyMap,
  now: Date,
): Promise<StoredMap> {
  const current = await existingMap(store, who.workspaceId, id);
  if (revision !== undefined && revision !== current.revision) throw conflict(current);
  const map = checkMapDoc(change(docOf(current)));
  const doc = placeMap(map, { id, workspaceId: who.workspaceId, revision: current.revision + 1, now });
  const saved = await store.maps.save(
    { id, workspaceId: who.workspaceId, name: doc.name, doc },
    current.revision,
  );
  if (saved.conflict) throw conflict(saved.current);
  return saved.map;
}

/** Adds a lane card; a card id the map already has is a 409 (adding the same finding twice). */
export function addLaneItem(
  store: Store,
  who: Principal,
  id: string,
  input: z.infer<typeof AddLaneItemSchema>,
  now: Date,
): Promise<StoredMap> {
  return changeMap(
    store,
    who,
    id,
    input.revision,
    (doc) => {
      if (doc.laneItems.some((i) => i.id === input.item.id)) {
        throw new HttpError(
          409,
          'duplicate_id',
          `The map already has a card with the id "${input.item.id}".`,
          {
            path: 'item.id',
          },
        );
      }
      return { ...doc, laneItems: [...doc.laneItems, input.item] };
    },
    now,
  );
}

/** Adds a persona under a new id, so a suggestion can be added to several maps, or twice. */
export async function addPersona(
  store: Store,
  who: Principal,
  id: string,
  input: z.infer<typeof AddPersonaSchema>,
  now: Date,
): Promise<{ map: StoredMap; personaId: string }> {
  const personaId = randomId();
  const map = await changeMap(
    store,
    who,
    id,
    input.revision,
    (doc) => ({ ...doc, personas: [...doc.personas, { ...input.persona, id: personaId }] }),
    now,
  );
  return { map, personaId };
}
