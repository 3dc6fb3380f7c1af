import { z } from 'zod';
import type { KeyRecord, Store } from '../../store/store.ts';
import { forgetCachedKeys, issueKey } from '../auth.ts';
import { HttpError } from '../errors.ts';

/** Admin tokens are not made here: they come from the environment or the first start. */
export const NewKeySchema = z.strictObject({
  kind: z.enum(['write', 'read']),
  name: z.string().trim().min(1, 'Must not be blank').max(200, 'Must be at most 200 characters'),
});

export function publicKey(k: KeyRecord) {
  return {
    id: k.id,
    kind: k.kind,
    name: k.name,
    prefix: k.prefix,
    createdAt: k.createdAt.toISOString(),
    revokedAt: k.revokedAt?.toISOString() ?? null,
  };
}

/** Revokes a key; it stops working at once in this process (see KEY_CACHE_MS for others). */
export async function revokeKey(store: Store, workspaceId: string, id: string): Promise<void> {
  const revoked = await store.keys.revoke(workspaceId, id);
  forgetCachedKeys(store);
  if (!revoked) throw new HttpError(404, 'not_found', `No live key has the id "${id}".`);
}

export { issueKey };
