/**
 * Who may do what, enforced by the API: viewers read, editors also change maps, admins also
 * manage users and keys. Bearer tokens: a read token is a viewer, an admin token an admin, a
 * write key only sends events. And a workspace's data stays in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueKey } from '../src/server/auth.ts';
import { testApp, WRITE_KEY } from './helpers/test-app.ts';
import { userSession } from './helpers/web-session.ts';

let t: Awaited<ReturnType<typeof testApp>>;

type Caller = 'viewer' | 'editor' | 'admin' | 'read token' | 'admin token' | 'write key' | 'nobody';
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

describe('role matrix', () => {
  // Expected status per caller: [viewer, editor, admin, read token, admin token]; a write key
  // always gets 403 and nobody 401.
  const ROWS: [string, Method, string, (ctx: Ctx) => unknown, number[]][] = [
    ['list maps', 'GET', '/api/v1/maps', () => undefined, [200, 200, 200, 200, 200]],
    ['read a map', 'GET', '/api/v1/maps/:id', () => undefined, [200, 200, 200, 200, 200]],
    ['export a map', 'GET', '/api/v1/maps/:id/export.json', () => undefined, [200, 200, 200, 200, 200]],
    ['list versions', 'GET', '/api/v1/maps/:id/versions', () => undefined, [200, 200, 200, 200, 200]],
    [
      'save a map',
      'PUT',
      '/api/v1/maps/:id',
      (c) => ({ doc: { ...c.doc, revision: c.revision }, revision: c.revision }),
      [403, 200, 200, 403, 200],
    ],
    [
      'create a map',
      'POST',
      '/api/v1/maps',
      () => ({ template: 'blank', locale: 'en', name: 'M' }),
      [403, 201, 201, 403, 201],
    ],
    [
      'save a version',
      'POST',
      '/api/v1/maps/:id/versions',
      () => ({ message: 'v' }),
      [403, 201, 201, 403, 201],
    ],
    ['make a share link', 'POST', '/api/v1/maps/:id/shares', () => ({}), [403, 201, 201, 403, 201]],
    ['list users', 'GET', '/api/v1/users', () => undefined, [403, 403, 200, 403, 200]],
    ['list keys', 'GET', '/api/v1/keys', () => undefined, [403, 403, 200, 403, 200]],
    ['create a key', 'POST', '/api/v1/keys', () => ({ kind: 'read', name: 'k' }), [403, 403, 201, 403, 201]],
    ['event names', 'GET', '/api/v1/event-names', () => undefined, [200, 200, 200, 200, 200]],
    ['workspaces', 'GET', '/api/v1/workspaces', () => undefined, [200, 200, 200, 200, 200]],
    [
      'run a query',
      'POST',
      '/api/v1/query',
      () => ({ type: 'funnel', steps: [{ event: 'A' }, { event: 'B' }] }),
      [200, 200, 200, 200, 200],
    ],
    ['read a person', 'GET', '/api/v1/persons/nobody', () => undefined, [404, 404, 404, 404, 404]],
  ];
  const CALLERS: Caller[] = ['viewer', 'editor', 'admin', 'read token', 'admin token', 'write key', 'nobody'];

  interface Ctx {
    mapId: string;
    doc: Record<string, unknown>;
    revision: number;
  }
  let auth: Record<Caller, Record<string, string>>;
  let ctx: Ctx;

  beforeAll(async () => {
    t = await testApp();
    const read = await issueKey(t.store, 'default', 'read', 'dashboard');
    auth = {
      viewer: { cookie: await userSession(t.app, t.store, 'viewer') },
      editor: { cookie: await userSession(t.app, t.store, 'editor') },
      admin: { cookie: await userSession(t.app, t.store, 'admin') },
      'read token': { authorization: `Bearer ${read.secret}` },
      'admin token': { authorization: t.bearer },
      'write key': { authorization: `Bearer ${WRITE_KEY}` },
      nobody: {},
    };
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/maps',
      headers: auth.editor,
      payload: { template: 'five_stage', locale: 'en', name: 'Matrix' },
    });
    ctx = { mapId: created.json().id, doc: created.json().doc, revision: 1 };
  });
  afterAll(() => t.dispose());

  for (const [what, method, path, body, statuses] of ROWS) {
    it(`${what}: ${method} ${path}`, async () => {
      const got: Record<string, number> = {};
      for (const caller of CALLERS) {
        const current = await t.app.inject({
          method: 'GET',
          url: `/api/v1/maps/${ctx.mapId}`,
          headers: auth.admin,
        });
        ctx.revision = current.json().revision;
        const payload = body(ctx);
        const res = await t.app.inject({
          method,
          url: path.replace(':id', ctx.mapId),
          headers: auth[caller],
          ...(payload === undefined ? {} : { payload: payload as object }),
        });
        got[caller] = res.statusCode;
        if (res.statusCode === 403) expect(res.json().error.code).toBe('forbidden');
      }
      expect(got).toEqual({
        viewer: statuses[0],
        editor: statuses[1],
        admin: statuses[2],
        'read token': statuses[3],
        'admin token': statuses[4],
        'write key': 403,
        nobody: 401,
      });
    });
  }

  it('names the role needed and the caller’s own in a 403', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/maps/${ctx.mapId}`,
      headers: auth.viewer,
      payload: { doc: ctx.doc, revision: 1 },
    });
    expect(res.json().error).toEqual({
      code: 'forbidden',
      message: 'This needs the editor role; you are a viewer.',
      details: { neededRole: 'editor', role: 'viewer' },
    });
    const token = await t.app.inject({ method: 'GET', url: '/api/v1/keys', headers: auth['read token'] });
    expect(token.json().error.message).toBe('This needs the admin role; this read token acts as a viewer.');
    const write = await t.app.inject({ method: 'GET', url: '/api/v1/maps', headers: auth['write key'] });
    expect(write.json().error.message).toMatch(/Write keys can only send events/);
  });

  it('deletes maps for editors only', async () => {
    const viewerDelete = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/maps/${ctx.mapId}`,
      headers: auth.viewer,
    });
    expect(viewerDelete.statusCode).toBe(403);
    const readDelete = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/maps/${ctx.mapId}`,
      headers: auth['read token'],
    });
    expect(readDelete.statusCode).toBe(403);
    const editorDelete = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/maps/${ctx.mapId}`,
      headers: auth.editor,
    });
    expect(editorDelete.statusCode).toBe(204);
  });
});

describe('workspace isolation', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(() => t.dispose());

  it('a user of workspace A never sees or changes B’s maps, users, keys or events', async () => {
    await t.store.workspaces.create({ id: 'ws-b', name: 'Workspace B', slug: 'b' });
    const a = await userSession(t.app, t.store, 'admin', 'default', 'boss@a.example.com');
    const b = await userSession(t.app, t.store, 'admin', 'ws-b', 'boss@b.example.com');
    const as = (cookie: string, method: Method, url: string, payload?: object) =>
      t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

    const bMap = (
      await as(b, 'POST', '/api/v1/maps', { template: 'five_a', locale: 'en', name: 'B secret' })
    ).json();
    await as(b, 'POST', `/api/v1/maps/${bMap.id}/versions`, { message: 'b1' });
    const bShare = (await as(b, 'POST', `/api/v1/maps/${bMap.id}/shares`, {})).json();
    const bKey = (await as(b, 'POST', '/api/v1/keys', { kind: 'write', name: 'b ingest' })).json();
    const bUser = (await as(b, 'GET', '/api/v1/users')).json().users[0];
    await t.app.inject({
      method: 'POST',
      url: '/v1/track',
      headers: { authorization: `Basic ${Buffer.from(`${bKey.secret}:`).toString('base64')}` },
      payload: { event: 'B Only', userId: 'b-person', properties: { secret: 1 } },
    });

    expect((await as(a, 'GET', '/api/v1/maps')).json()).toEqual({ maps: [] });
    for (const [method, url, payload] of [
      ['GET', `/api/v1/maps/${bMap.id}`],
      ['GET', `/api/v1/maps/${bMap.id}/export.json`],
      ['PUT', `/api/v1/maps/${bMap.id}`, { doc: { ...bMap.doc, workspaceId: 'default' }, revision: 1 }],
      ['DELETE', `/api/v1/maps/${bMap.id}`],
      ['GET', `/api/v1/maps/${bMap.id}/versions`],
      ['GET', `/api/v1/maps/${bMap.id}/versions/1`],
      ['POST', `/api/v1/maps/${bMap.id}/versions/1/restore`],
      ['POST', `/api/v1/maps/${bMap.id}/versions`, { message: 'x' }],
      ['POST', `/api/v1/maps/${bMap.id}/shares`, {}],
      ['DELETE', `/api/v1/maps/${bMap.id}/shares/${bShare.prefix}`],
      ['PATCH', `/api/v1/users/${bUser.id}`, { role: 'viewer' }],
      ['DELETE', `/api/v1/users/${bUser.id}`],
      ['DELETE', `/api/v1/keys/${bKey.key.id}`],
    ] as [Method, string, object?][]) {
      const res = await as(a, method, url, payload);
      expect([method, url, res.statusCode]).toEqual([method, url, 404]);
    }
    // A's document naming B's workspace is refused, not stored in B.
    const aMap = (await as(a, 'POST', '/api/v1/maps', { template: 'blank', locale: 'en', name: 'A' })).json();
    const cross = await as(a, 'PUT', `/api/v1/maps/${aMap.id}`, {
      doc: { ...aMap.doc, workspaceId: 'ws-b' },
      revision: 1,
    });
    expect(cross.statusCode).toBe(400);

    expect(
      (await as(a, 'GET', '/api/v1/users')).json().users.map((u: { email: string }) => u.email),
    ).not.toContain('boss@b.example.com');
    expect((await as(a, 'GET', '/api/v1/keys')).json().keys.map((k: { id: string }) => k.id)).not.toContain(
      bKey.key.id,
    );
    expect((await as(a, 'GET', '/api/v1/event-names')).json()).toEqual({ events: [] });
    expect((await as(b, 'GET', '/api/v1/event-names')).json()).toEqual({
      events: [{ event: 'B Only', count: 1, properties: ['secret'] }],
    });
    // B's things still work for B.
    expect((await as(b, 'GET', `/api/v1/maps/${bMap.id}`)).json().doc.name).toBe('B secret');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/shared/${bShare.token}` })).statusCode).toBe(
      200,
    );
  });
});
