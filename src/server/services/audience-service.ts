import { findAudienceMembers } from '../../analytics/audiences/find-audience-members.ts';
import { type PersonDetails, personDetails } from '../../analytics/audiences/person-details.ts';
import { randomId } from '../../model/id.ts';
import type { Store, StoredAudience } from '../../store/store.ts';
import type { Principal } from '../access.ts';
import { HttpError } from '../errors.ts';
import type { NewAudienceInput } from './audience-input.ts';

/**
 * An audience as the API answers it. `membership: "snapshot"`: the persons are those of the
 * drop-off when the audience was created, so a trigger or an export works on a fixed list (the
 * people who dropped off last week stay that list); to refresh, create the audience again.
 */
export function publicAudience(a: StoredAudience) {
  return {
    id: a.id,
    name: a.name,
    definition: a.definition,
    membership: 'snapshot' as const,
    memberCount: a.memberCount,
    truncated: a.truncated,
    createdBy: a.createdBy,
    createdAt: a.createdAt.toISOString(),
  };
}

export async function existingAudience(
  store: Store,
  workspaceId: string,
  id: string,
): Promise<StoredAudience> {
  const found = await store.audiences.get(workspaceId, id);
  if (!found) throw new HttpError(404, 'not_found', `No audience has the id "${id}".`);
  return found;
}

/**
 * Finds the drop-off's persons and stores the audience with them in one transaction: a
 * definition the data refutes (unknown map, persona, touchpoint) is a 400 naming the field,
 * and nothing is stored.
 */
export async function createAudience(
  store: Store,
  who: Principal,
  input: NewAudienceInput,
): Promise<StoredAudience> {
  const found = await findAudienceMembers(store, who.workspaceId, input.definition);
  if (!found.ok) {
    const first = found.errors[0]!;
    throw new HttpError(400, 'invalid_definition', `${first.path}: ${first.message}`, found.errors);
  }
  return store.audiences.create({
    id: randomId(),
    workspaceId: who.workspaceId,
    name: input.name,
    definition: input.definition,
    members: found.members,
    truncated: found.truncated,
    createdBy: who.name,
  });
}

/** A page of the audience's persons with their ids and traits. */
export async function audiencePersons(
  store: Store,
  audience: StoredAudience,
  page: { offset: number; limit: number },
): Promise<PersonDetails[]> {
  const ids = await store.audiences.members(audience.workspaceId, audience.id, page);
  return personDetails(store.analytics, audience.workspaceId, ids);
}
