/**
 * Signing in to the web API: e-mail and password, the session cookie, its expiry, sign-out, and
 * the brute-force lock. Real DuckDB store, app driven in-process; the clock is ours to move.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, testApp } from './helpers/test-app.ts';
import { sessionCookie, signIn } from './helpers/web-session.ts';

const START = new Date('2026-05-01T10:00:00.000Z');
let now: Date;
let t: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  now = START;
  t = await testApp({ clock: () => now });
});
afterEach(() => t.dispose());

const login = (payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers, payload: payload as object });
const me = (cookie?: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: cookie ? { cookie, ...headers } : headers });
const later = (ms: number) => {
  now = new Date(START.getTime() + ms);
};
const DAY = 24 * 60 * 60 * 1000;

describe('POST /api/v1/auth/login', () => {
  it('signs in with e-mail and password: the user, and a 14-day httpOnly, SameSite=Lax cookie', async () => {
    // The address is matched whatever its case and surrounding spaces.
    const res = await login({ email: '  Admin@Example.COM ', password: ADMIN_PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({
      email: ADMIN_EMAIL,
      name: 'Admin',
      role: 'admin',
      workspaceId: 'default',
    });
    expect(Object.keys(res.json().user)).not.toContain('passwordHash');
    const cookie = String(res.headers['set-cookie']);
    // 32 random bytes in base64url are 43 characters; 14 days are 1,209,600 s, from 1 May 10:00.
    expect(cookie).toMatch(
      /^jl_session=[A-Za-z0-9_-]{43}; Max-Age=1209600; Path=\/; Expires=Fri, 15 May 2026 10:00:00 GMT; HttpOnly; SameSite=Lax$/,
    );
    expect(res.headers['cache-control']).toBe('no-store');

    const who = await me(sessionCookie(res));
    expect(who.statusCode).toBe(200);
    expect(who.json().user).toEqual(res.json().user);
  });

  it('marks the cookie Secure when the browser came over HTTPS (here through a proxy)', async () => {
    const res = await login(
      { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
      { 'x-forwarded-proto': 'https' },
    );
    expect(String(res.headers['set-cookie'])).toMatch(/; Secure/);
  });

  it('answers a wrong password and an unknown address alike: 401, same words, no cookie', async () => {
    const wrong = await login({ email: ADMIN_EMAIL, password: 'not-the-password' });
    const unknown = await login({ email: 'nobody@example.com', password: ADMIN_PASSWORD });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(res.json().error).toEqual({
        code: 'invalid_credentials',
        message: 'The e-mail address or password is not right.',
      });
    }
  });

  it('refuses a body without the fields with 400 naming the field', async () => {
    const res = await login({ email: ADMIN_EMAIL });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'invalid_request',
      message: expect.stringMatching(/^password: /),
    });
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login' })).statusCode).toBe(400);
  });

  it('locks an address for 5 minutes after 5 failures from one IP, even for the right password', async () => {
    for (let i = 1; i <= 5; i++) {
      later(i * 1000);
      expect((await login({ email: ADMIN_EMAIL, password: `guess-number-${i}` })).statusCode).toBe(401);
    }
    // Locked at 10:00:05 until 10:05:05.
    later(6_000);
    const locked = await login({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('too_many_attempts');
    expect(locked.headers['retry-after']).toBe('299');
    // Another client (IP) is not locked out by the guesser.
    const elsewhere = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '10.9.8.7',
      payload: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
    });
    expect(elsewhere.statusCode).toBe(200);
    // An address without an account locks the same way, so a lock tells nothing.
    for (let i = 0; i < 5; i++) await login({ email: 'ghost@example.com', password: 'whatever-123' });
    expect((await login({ email: 'ghost@example.com', password: 'whatever-123' })).statusCode).toBe(429);

    later(5_000 + 5 * 60_000);
    expect((await login({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD })).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('GET /api/v1/auth/me is 401 without a session, also for a bearer token', async () => {
    const none = await me();
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('unauthorized');
    expect((await me(undefined, { authorization: t.bearer })).statusCode).toBe(401);
    expect((await me('jl_session=made-up-token')).statusCode).toBe(401);
  });

  it('lasts 14 days from sign-in', async () => {
    const cookie = await signIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
    later(14 * DAY - 1000);
    expect((await me(cookie)).statusCode).toBe(200);
    later(14 * DAY);
    const expired = await me(cookie);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.message).toBe('Your session has ended; sign in again.');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/maps', headers: { cookie } })).statusCode).toBe(
      401,
    );
  });

  it('POST /api/v1/auth/logout ends the session and clears the cookie; other sessions live on', async () => {
    const cookie = await signIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
    const other = await signIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
    // A bodiless POST with a JSON content type, as fetch wrappers send it, is fine.
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie, 'content-type': 'application/json' },
    });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(
      /^jl_session=; Max-Age=0; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax$/,
    );
    expect((await me(cookie)).statusCode).toBe(401);
    expect((await me(other)).statusCode).toBe(200);
    // Signing out without a session is harmless.
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
  });
});

describe('what the web API reads', () => {
  it('refuses the bodies a cross-site form can send, with 415', async () => {
    const cookie = await signIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/maps',
        headers: { cookie, 'content-type': contentType },
        payload: 'template=blank&locale=en&name=x',
      });
      expect(res.statusCode).toBe(415);
    }
    expect(await t.store.maps.list('default')).toEqual([]);
  });

  it('ends the session a browser already had when it signs in again', async () => {
    const first = await signIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
    const again = await login({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }, { cookie: first });
    expect(again.statusCode).toBe(200);
    expect((await me(first)).statusCode).toBe(401);
    expect((await me(sessionCookie(again))).statusCode).toBe(200);
  });
});
