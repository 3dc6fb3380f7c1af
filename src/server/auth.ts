import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { KeyKind, KeyRecord, Store } from '../store/store.ts';
import { HttpError } from './errors.ts';

const PREFIX: Record<KeyKind, string> = { write: 'jlw_', read: 'jlr_', admin: 'jla_' };

/** Keys are stored only as SHA-256 hashes: they are long random strings, so no slow hash is needed. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Creates a key with a fresh random secret (or the given one) and returns the secret once. */
export async function issueKey(
  store: Store,
  workspaceId: string,
  kind: KeyKind,
  name: string,
  secret = PREFIX[kind] + randomBytes(24).toString('base64url'),
): Promise<{ key: KeyRecord; secret: string }> {
  const key = await store.keys.create({
    id: randomUUID(),
    workspaceId,
    kind,
    name,
    secretHash: hashSecret(secret),
    prefix: secret.slice(0, 8),
  });
  return { key, secret };
}

/**
 * How long a key lookup is remembered. Every ingest request authenticates, and a database round
 * trip per request cost more than parsing its 100 events; a revoked key stops working within
 * this time (and at once for revocations made through this process).
 */
export const KEY_CACHE_MS = 5_000;

const keyCaches = new WeakMap<Store, Map<string, { key: KeyRecord | null; until: number }>>();

/** The live key whose secret hashes to `hash`, from a short-lived per-store cache. */
async function findKey(store: Store, secret: string): Promise<KeyRecord | null> {
  let cache = keyCaches.get(store);
  if (!cache) {
    cache = new Map();
    keyCaches.set(store, cache);
  }
  const hash = hashSecret(secret);
  const now = Date.now();
  const hit = cache.get(hash);
  if (hit && hit.until > now) return hit.key;
  const key = await store.keys.findByHash(hash);
  // Bounded: unknown secrets sent by a misbehaving client must not grow the cache without end.
  if (cache.size > 10_000) cache.clear();
  cache.set(hash, { key, until: now + KEY_CACHE_MS });
  return key;
}

/** Drops cached lookups, so a revocation made in this process applies to the next request. */
export function forgetCachedKeys(store: Store): void {
  keyCaches.get(store)?.clear();
}

/** Whether a request names its credentials in the Authorization header (Basic or Bearer). */
export function hasCredentialsHeader(request: FastifyRequest): boolean {
  const header = request.headers.authorization;
  return header !== undefined && (header.startsWith('Basic ') || header.startsWith('Bearer '));
}

/**
 * The write key of an ingest request: HTTP Basic user name (as Segment does), a bearer token, or
 * else `bodyWriteKey`, the `writeKey` field some SDKs put in the body.
 */
export async function authenticateWriteKey(
  store: Store,
  request: FastifyRequest,
  bodyWriteKey?: unknown,
): Promise<KeyRecord> {
  const header = request.headers.authorization;
  let secret: string | undefined;
  if (header?.startsWith('Basic ')) {
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    secret = decoded.split(':')[0];
  } else if (header?.startsWith('Bearer ')) {
    secret = header.slice(7).trim();
  } else if (typeof bodyWriteKey === 'string') {
    secret = bodyWriteKey;
  }
  if (!secret) {
    throw new HttpError(
      401,
      'unauthorized',
      'Missing write key: send it as the HTTP Basic user name (password empty).',
    );
  }
  const key = await findKey(store, secret);
  if (!key) throw new HttpError(401, 'unauthorized', 'Unknown or revoked write key.');
  if (key.kind !== 'write') {
    throw new HttpError(
      403,
      'forbidden',
      `This is a ${key.kind} token, not a write key; events are sent with a write key.`,
    );
  }
  return key;
}

/** The bearer token of an API read; write keys are refused, since they may only send events. */
export async function authenticateReader(store: Store, request: FastifyRequest): Promise<KeyRecord> {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) {
    throw new HttpError(
      401,
      'unauthorized',
      'Missing API token: send "Authorization: Bearer <read or admin token>".',
    );
  }
  const key = await findKey(store, header.slice(7).trim());
  if (!key) throw new HttpError(401, 'unauthorized', 'Unknown or revoked API token.');
  if (key.kind === 'write') {
    throw new HttpError(
      403,
      'forbidden',
      'Write keys can only send events; reading needs a read or admin token.',
    );
  }
  return key;
}
