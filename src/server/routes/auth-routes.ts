import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../api-context.ts';
import { hashSecret } from '../auth.ts';
import { HttpError } from '../errors.ts';
import { parseInput } from '../parse-input.ts';
import { LoginSchema } from '../services/user-input.ts';
import { checkCredentials, publicUser } from '../services/user-service.ts';
import { SESSION_COOKIE, sessionCookieOptions, sessionToken, startSession } from '../session.ts';

/** Sign-in with e-mail and password, sign-out, and who is signed in. */
export function authRoutes(app: FastifyInstance, { store, access, clock, throttle }: ApiContext): void {
  app.post('/api/v1/auth/login', async (request, reply) => {
    const input = parseInput(LoginSchema, request.body);
    const verdict = throttle.check(input.email, request.ip);
    if (!verdict.allowed) {
      throw new HttpError(
        429,
        'too_many_attempts',
        `Too many failed sign-ins; try again in ${Math.ceil(verdict.retryAfterSeconds / 60)} min.`,
        { retryAfterSeconds: verdict.retryAfterSeconds },
      );
    }
    const user = await checkCredentials(store, input);
    if (!user) {
      throttle.fail(input.email, request.ip);
      // One message whether the address is unknown or the password wrong: no account discovery.
      throw new HttpError(401, 'invalid_credentials', 'The e-mail address or password is not right.');
    }
    throttle.succeed(input.email, request.ip);
    // A session cookie the browser already had is ended: a sign-in always starts a new session.
    const previous = sessionToken(request);
    if (previous !== undefined) await store.sessions.revoke(hashSecret(previous));
    const { token, expiresAt } = await startSession(store, user, clock());
    reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(request, expiresAt));
    return { user: publicUser(user) };
  });

  app.post('/api/v1/auth/logout', async (request, reply) => {
    const token = sessionToken(request);
    if (token !== undefined) await store.sessions.revoke(hashSecret(token));
    reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(request));
    return reply.status(204).send();
  });

  app.get('/api/v1/auth/me', async (request) => {
    const who = await access.authenticateSession(request);
    return { user: publicUser(who.user!) };
  });
}
