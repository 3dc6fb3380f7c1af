/** Managing users: admins create, change and delete them; nobody else may. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, testApp } from './helpers/test-app.ts';
import { PASSWORD, signIn, userSession } from './helpers/web-session.ts';

let t: Awaited<ReturnType<typeof testApp>>;
let admin: string;
beforeEach(async () => {
  t = await testApp();
  admin = await signIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
});
afterEach(() => t.dispose());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (method: Method, url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
const me = (cookie: string) => call('GET', '/api/v1/auth/me', cookie);

describe('/api/v1/users', () => {
  it('lets an admin create a user who can then sign in with that role', async () => {
    const created = await call('POST', '/api/v1/users', admin, {
      email: 'Ola@Example.com',
      name: 'Ola Nowak',
      role: 'editor',
      password: 'ola-password-1',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().user).toMatchObject({
      email: 'ola@example.com',
      name: 'Ola Nowak',
      role: 'editor',
      workspaceId: 'default',
    });
    const ola = await signIn(t.app, 'ola@example.com', 'ola-password-1');
    expect((await me(ola)).json().user.role).toBe('editor');

    const list = await call('GET', '/api/v1/users', admin);
    expect(list.statusCode).toBe(200);
    expect(list.json().users.map((u: { email: string; role: string }) => [u.email, u.role])).toEqual([
      [ADMIN_EMAIL, 'admin'],
      ['ola@example.com', 'editor'],
    ]);
    expect(JSON.stringify(list.json())).not.toMatch(/scrypt|password/i);
  });

  it('refuses a second account with the same address (any case), and a short password', async () => {
    const dup = await call('POST', '/api/v1/users', admin, {
      email: 'ADMIN@example.com',
      name: 'Again',
      role: 'viewer',
      password: 'long-enough-1',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('email_taken');
    const short = await call('POST', '/api/v1/users', admin, {
      email: 'new@example.com',
      name: 'New',
      role: 'viewer',
      password: 'short',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toBe('password: Must be at least 10 characters');
    const badRole = await call('POST', '/api/v1/users', admin, {
      email: 'new@example.com',
      name: 'New',
      role: 'owner',
      password: 'long-enough-1',
    });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().error.message).toMatch(/^role: /);
  });

  it('changes a role at once, and a new password ends the user’s sessions', async () => {
    const viewer = await userSession(t.app, t.store, 'viewer');
    const id = (await me(viewer)).json().user.id;

    const promoted = await call('PATCH', `/api/v1/users/${id}`, admin, { role: 'editor', name: 'Vera' });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json().user).toMatchObject({ role: 'editor', name: 'Vera' });
    expect((await me(viewer)).json().user).toMatchObject({ role: 'editor', name: 'Vera' });

    const reset = await call('PATCH', `/api/v1/users/${id}`, admin, { password: 'a-brand-new-password' });
    expect(reset.statusCode).toBe(200);
    expect((await me(viewer)).statusCode).toBe(401);
    expect((await me(admin)).statusCode).toBe(200); // the admin's own session is not touched
    const old = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'viewer@default.example.com', password: PASSWORD },
    });
    expect(old.statusCode).toBe(401);
    await signIn(t.app, 'viewer@default.example.com', 'a-brand-new-password');

    expect((await call('PATCH', `/api/v1/users/${id}`, admin, {})).statusCode).toBe(400);
    expect((await call('PATCH', '/api/v1/users/no-such-user', admin, { name: 'X' })).statusCode).toBe(404);
  });

  it('deletes a user: their session stops working and they cannot sign in', async () => {
    const editor = await userSession(t.app, t.store, 'editor');
    const id = (await me(editor)).json().user.id;
    expect((await call('DELETE', `/api/v1/users/${id}`, admin)).statusCode).toBe(204);
    expect((await me(editor)).statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'editor@default.example.com', password: PASSWORD },
    });
    expect(again.statusCode).toBe(401);
    expect((await call('DELETE', `/api/v1/users/${id}`, admin)).statusCode).toBe(404);
  });

  it('never leaves the workspace without an admin', async () => {
    const adminId = (await me(admin)).json().user.id;
    const demote = await call('PATCH', `/api/v1/users/${adminId}`, admin, { role: 'editor' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.code).toBe('last_admin');
    expect((await call('DELETE', `/api/v1/users/${adminId}`, admin)).statusCode).toBe(409);
    // With a second admin, the first may step down.
    await userSession(t.app, t.store, 'admin');
    expect((await call('PATCH', `/api/v1/users/${adminId}`, admin, { role: 'editor' })).statusCode).toBe(200);
  });

  it('is for admins only, also through the API (editors and viewers get 403 naming the role)', async () => {
    const editor = await userSession(t.app, t.store, 'editor');
    const res = await call('GET', '/api/v1/users', editor);
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({
      code: 'forbidden',
      message: 'This needs the admin role; you are an editor.',
    });
    const create = await call('POST', '/api/v1/users', editor, {
      email: 'sneaky@example.com',
      name: 'Sneaky',
      role: 'admin',
      password: 'long-enough-1',
    });
    expect(create.statusCode).toBe(403);
    expect((await t.store.users.list('default')).map((u) => u.email)).not.toContain('sneaky@example.com');
    // An admin token manages users too.
    const viaToken = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users',
      headers: { authorization: t.bearer },
    });
    expect(viaToken.statusCode).toBe(200);
  });
});
