import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { runQuery } from '../../analytics/run-query.ts';
import type { ShareRecord, Store } from '../../store/store.ts';
import type { Principal } from '../access.ts';
import { hashSecret } from '../auth.ts';
import { HttpError } from '../errors.ts';
import { docOf, existingMap } from './map-service.ts';

const TOKEN_PREFIX = 'jls_';
/** Characters of a token kept in clear: enough to tell a map's links apart, useless for guessing. */
const PREFIX_LENGTH = 12;
const TOKEN_PATTERN = /^jls_[A-Za-z0-9_-]{43}$/;

/** `live: true` also shows the map's measured numbers (reach, conversion…) to whoever has the link. */
export const CreateShareSchema = z
  .strictObject({ live: z.boolean().default(false) })
  .default({ live: false });

export function shareSummary(s: ShareRecord) {
  return {
    prefix: s.prefix,
    live: s.live,
    createdBy: s.createdBy,
    createdAt: s.createdAt.toISOString(),
    revokedAt: s.revokedAt?.toISOString() ?? null,
  };
}

/**
 * A read-only link to a map: 32 random bytes, stored only as a hash, so the token is shown once.
 * Anyone with it sees the map (and, with `live`, its numbers) until it is revoked.
 */
export async function createShare(
  store: Store,
  who: Principal,
  mapId: string,
  live: boolean,
): Promise<{ token: string; share: ShareRecord }> {
  await existingMap(store, who.workspaceId, mapId);
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const share = await store.shares.create({
    tokenHash: hashSecret(token),
    prefix: token.slice(0, PREFIX_LENGTH),
    workspaceId: who.workspaceId,
    mapId,
    live,
    createdBy: who.name,
  });
  return { token, share };
}

export async function revokeShare(
  store: Store,
  who: Principal,
  mapId: string,
  prefix: string,
): Promise<void> {
  await existingMap(store, who.workspaceId, mapId);
  // The whole token works too (it starts with its prefix).
  const start = TOKEN_PATTERN.test(prefix) ? prefix.slice(0, PREFIX_LENGTH) : prefix;
  if ((await store.shares.revoke(who.workspaceId, mapId, start)) === 0) {
    throw new HttpError(404, 'not_found', `Map "${mapId}" has no live share link starting "${prefix}".`);
  }
}

/**
 * What a share link shows, without signing in: the map, and its live journey numbers when the
 * link was made with `live`. 404 for an unknown or revoked token, or a deleted map.
 */
export async function readShared(store: Store, token: string): Promise<{ doc: unknown; live?: unknown }> {
  const gone = new HttpError(404, 'not_found', 'This share link does not exist or was revoked.');
  if (!TOKEN_PATTERN.test(token)) throw gone;
  const share = await store.shares.findByHash(hashSecret(token));
  if (!share) throw gone;
  const map = await store.maps.get(share.workspaceId, share.mapId);
  if (!map) throw gone;
  if (!share.live) return { doc: docOf(map) };
  const outcome = await runQuery(store, share.workspaceId, { type: 'journey', mapId: share.mapId });
  return outcome.ok ? { doc: docOf(map), live: outcome.result } : { doc: docOf(map) };
}
