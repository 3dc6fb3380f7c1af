/** The API keys page's backend, the binding picker's event names, and the workspace switcher's list. */
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

type Method = 'GET' | 'POST' | 'DELETE';
const call = (method: Method, url: string, headers: Record<string, string>, payload?: object) =>
  t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
const basic = (secret: string) => `Basic ${Buffer.from(`${secret}:`).toString('base64')}`;

describe('/api/v1/keys', () => {
  it('lists the workspace’s keys without their secrets', async () => {
    const res = await call('GET', '/api/v1/keys', { cookie: admin });
    expect(res.statusCode).toBe(200);
    // The two keys test-app registered from "environment" values.
    expect(res.json().keys).toHaveLength(2);
    expect(res.json().keys).toEqual(
      expect.arrayContaining([
        {
          id: expect.any(String),
          kind: 'write',
          name: 'write key from environment',
          prefix: 'test-wri',
          createdAt: expect.any(String),
          revokedAt: null,
        },
        {
          id: expect.any(String),
          kind: 'admin',
          name: 'admin key from environment',
          prefix: 'test-adm',
          createdAt: expect.any(String),
          revokedAt: null,
        },
      ]),
    );
    expect(res.body).not.toContain('test-write-key-0001');
  });

  it('creates a read token shown once, which works until revoked', async () => {
    const made = await call(
      'POST',
      '/api/v1/keys',
      { cookie: admin },
      { kind: 'read', name: 'BI dashboard' },
    );
    expect(made.statusCode).toBe(201);
    const { key, secret } = made.json();
    expect(secret).toMatch(/^jlr_[A-Za-z0-9_-]{32}$/);
    expect(key).toMatchObject({
      kind: 'read',
      name: 'BI dashboard',
      prefix: secret.slice(0, 8),
      revokedAt: null,
    });
    const bearer = { authorization: `Bearer ${secret}` };
    expect((await call('GET', '/api/v1/maps', bearer)).statusCode).toBe(200);

    expect((await call('DELETE', `/api/v1/keys/${key.id}`, { cookie: admin })).statusCode).toBe(204);
    expect((await call('GET', '/api/v1/maps', bearer)).statusCode).toBe(401);
    const listed = (await call('GET', '/api/v1/keys', { cookie: admin })).json().keys;
    expect(listed.find((k: { id: string }) => k.id === key.id).revokedAt).toEqual(expect.any(String));
    expect((await call('DELETE', `/api/v1/keys/${key.id}`, { cookie: admin })).statusCode).toBe(404);
  });

  it('creates a write key that ingests until revoked', async () => {
    const { key, secret } = (
      await call('POST', '/api/v1/keys', { cookie: admin }, { kind: 'write', name: 'web site' })
    ).json();
    expect(secret).toMatch(/^jlw_/);
    const track = () =>
      call('POST', '/v1/track', { authorization: basic(secret) }, { event: 'Signed Up', userId: 'u1' });
    expect((await track()).statusCode).toBe(200);
    await call('DELETE', `/api/v1/keys/${key.id}`, { cookie: admin });
    expect((await track()).statusCode).toBe(401);
  });

  it('makes only write keys and read tokens, for admins only', async () => {
    const adminKind = await call('POST', '/api/v1/keys', { cookie: admin }, { kind: 'admin', name: 'root' });
    expect(adminKind.statusCode).toBe(400);
    expect(adminKind.json().error.message).toMatch(/^kind: /);
    const editor = await userSession(t.app, t.store, 'editor');
    expect(
      (await call('POST', '/api/v1/keys', { cookie: editor }, { kind: 'read', name: 'x' })).statusCode,
    ).toBe(403);
    const id = (await t.store.keys.list('default'))[0]!.id;
    expect((await call('DELETE', `/api/v1/keys/${id}`, { cookie: editor })).statusCode).toBe(403);
    expect((await t.store.keys.list('default')).every((k) => k.revokedAt === null)).toBe(true);
  });
});

describe('GET /api/v1/event-names', () => {
  it('lists event names by count, each with its property keys by how often they occur', async () => {
    const at = (m: number) => new Date(Date.UTC(2026, 3, 1, 9, m)).toISOString();
    const batch = [
      {
        type: 'track',
        event: 'Product Viewed',
        userId: 'a',
        timestamp: at(0),
        properties: { sku: 'X', price: 10 },
      },
      {
        type: 'track',
        event: 'Product Viewed',
        userId: 'b',
        timestamp: at(1),
        properties: { sku: 'Y', price: 12, color: 'red' },
      },
      {
        type: 'track',
        event: 'Product Viewed',
        userId: 'a',
        timestamp: at(2),
        properties: { price: 10, sku: 'X' },
      },
      { type: 'track', event: 'Order Completed', userId: 'a', timestamp: at(3), properties: { revenue: 10 } },
      {
        type: 'track',
        event: 'Order Completed',
        userId: 'b',
        timestamp: at(4),
        properties: { revenue: 12, coupon: 'Z' },
      },
      { type: 'identify', userId: 'a', timestamp: at(5), traits: { plan: 'pro' } },
    ];
    await call('POST', '/v1/batch', { authorization: t.basic }, { batch });
    const res = await call('GET', '/api/v1/event-names', { cookie: admin });
    expect(res.statusCode).toBe(200);
    // Product Viewed: 3 events, price and sku in all 3 (ties by name), color in 1.
    // Order Completed: 2, revenue in both, coupon in 1. $identify: 1, no properties.
    expect(res.json()).toEqual({
      events: [
        { event: 'Product Viewed', count: 3, properties: ['price', 'sku', 'color'] },
        { event: 'Order Completed', count: 2, properties: ['revenue', 'coupon'] },
        { event: '$identify', count: 1, properties: [] },
      ],
    });
  });

  it('is readable by viewers', async () => {
    const viewer = await userSession(t.app, t.store, 'viewer');
    expect((await call('GET', '/api/v1/event-names', { cookie: viewer })).json()).toEqual({ events: [] });
  });
});

describe('workspaces', () => {
  it('lists the workspaces where the signed-in address has an account; signing in to one picks it', async () => {
    const mine = await call('GET', '/api/v1/workspaces', { cookie: admin });
    expect(mine.json()).toEqual({
      workspaces: [{ id: 'default', name: 'Default workspace', slug: 'default', current: true }],
    });

    await t.store.workspaces.create({ id: 'ws-pl', name: 'Sklep PL', slug: 'sklep-pl' });
    await userSession(t.app, t.store, 'viewer', 'ws-pl', 'ola@example.com');
    await userSession(t.app, t.store, 'editor', 'default', 'ola@example.com');
    // Without a workspace, the oldest workspace where the password matches.
    const first = await signIn(t.app, 'ola@example.com', PASSWORD);
    const listed = (await call('GET', '/api/v1/workspaces', { cookie: first })).json().workspaces;
    expect(listed).toEqual([
      { id: 'default', name: 'Default workspace', slug: 'default', current: true },
      { id: 'ws-pl', name: 'Sklep PL', slug: 'sklep-pl', current: false },
    ]);
    const switched = await call(
      'POST',
      '/api/v1/auth/login',
      {},
      { email: 'ola@example.com', password: PASSWORD, workspace: 'sklep-pl' },
    );
    expect(switched.json().user).toMatchObject({ workspaceId: 'ws-pl', role: 'viewer' });

    const byToken = await call('GET', '/api/v1/workspaces', { authorization: t.bearer });
    expect(byToken.json().workspaces).toEqual([
      { id: 'default', name: 'Default workspace', slug: 'default', current: true },
    ]);
  });
});
