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

/** The write key of an ingest request: HTTP Basic user name (as Segment does), or `writeKey` in the body. */
export async function authenticateWriteKey(store: Store, request: FastifyRequest): Promise<KeyRecord> {
  const header = request.headers.authorization;
  let secret: string | undefined;
  if (header?.startsWith('Basic ')) {
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    secret = decoded.split(':')[0];
  } else if (header?.startsWith('Bearer ')) {
    secret = header.slice(7).trim();
  } else {
    const body = request.body as { writeKey?: unknown } | undefined;
    if (typeof body?.writeKey === 'string') secret = body.writeKey;
  }
  if (!secret) {
    throw new HttpError(
      401,
      'unauthorized',
      'Missing write key: send it as the HTTP Basic user name (password empty).',
    );
  }
  const key = await store.keys.findByHash(hashSecret(secret));
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
  const key = await store.keys.findByHash(hashSecret(header.slice(7).trim()));
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
