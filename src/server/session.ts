import { randomBytes } from 'node:crypto';
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import type { Store, UserRecord } from '../store/store.ts';
import { hashSecret } from './auth.ts';

export const SESSION_COOKIE = 'jl_session';
/** A sign-in lasts 14 days; then the user signs in again. */
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * Starts a session for a user who has just proved their password. The token is 32 random bytes;
 * only its SHA-256 hash is stored (it is as long and random as an API key, so no slow hash is
 * needed). Returns the token for the cookie, once.
 */
export async function startSession(
  store: Store,
  user: UserRecord,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  // Expired sessions are of no use to anyone: sign-ins keep the table from growing without end.
  await store.sessions.deleteExpired(now);
  await store.sessions.create({
    idHash: hashSecret(token),
    userId: user.id,
    workspaceId: user.workspaceId,
    createdAt: now,
    expiresAt,
  });
  return { token, expiresAt };
}

/**
 * Whether the browser reached us over HTTPS: directly, or through a TLS-terminating proxy that
 * says so. Trusting the header here is safe: it can only add `Secure`, which at worst keeps a
 * cookie from travelling over plain HTTP.
 */
function overHttps(request: FastifyRequest): boolean {
  const forwarded = request.headers['x-forwarded-proto'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase();
  return request.protocol === 'https' || first === 'https';
}

/**
 * The session cookie: not readable by scripts (httpOnly), not sent with cross-site subrequests
 * or form posts (SameSite=Lax), for the whole site, and HTTPS-only when served over HTTPS.
 */
export function sessionCookieOptions(request: FastifyRequest, expiresAt?: Date): CookieSerializeOptions {
  const options: CookieSerializeOptions = {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: overHttps(request),
  };
  if (expiresAt) {
    options.expires = expiresAt;
    options.maxAge = Math.round(SESSION_TTL_MS / 1000);
  }
  return options;
}

/** The session token the request's cookie carries, if any. */
export function sessionToken(request: FastifyRequest): string | undefined {
  const token = request.cookies[SESSION_COOKIE];
  return token && token.length <= 128 ? token : undefined;
}
