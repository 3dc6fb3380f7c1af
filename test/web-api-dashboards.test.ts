/**
 * Dashboards of saved analytics views (issue 4, "every view can be saved to a dashboard"):
 * viewers read them, editors write them, every saved spec is one the query API would run, and a
 * workspace's dashboards stay in it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueKey } from '../src/server/auth.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, testApp } from './helpers/test-app.ts';
import { signIn, userSession } from './helpers/web-session.ts';

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

const FUNNEL = {
  type: 'funnel',
  steps: [{ event: 'Product Viewed' }, { event: 'Order Completed' }],
  window: { value: 7, unit: 'day' },
};
const KPI = { type: 'kpi', metric: 'revenue' };

describe('/api/v1/dashboards', () => {
  it('creates a dashboard with a view, lists it, and gives the view back as saved', async () => {
    const made = await call('POST', '/api/v1/dashboards', admin, {
      name: 'Weekly review',
      views: [{ title: 'Checkout funnel', spec: FUNNEL }],
    });
    expect(made.statusCode).toBe(201);
    const { dashboard } = made.json();
    expect(dashboard).toMatchObject({
      name: 'Weekly review',
      createdBy: 'Admin',
      views: [{ id: expect.any(String), title: 'Checkout funnel', spec: FUNNEL }],
    });

    const list = (await call('GET', '/api/v1/dashboards', admin)).json().dashboards;
    expect(list).toEqual([
      {
        id: dashboard.id,
        name: 'Weekly review',
        viewCount: 1,
        createdBy: 'Admin',
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    ]);
    const one = await call('GET', `/api/v1/dashboards/${dashboard.id}`, admin);
    expect(one.json().dashboard.views[0].spec).toEqual(FUNNEL); // as written, defaults not filled in
  });

  it('adds views at the end, renames, reorders and deletes', async () => {
    const { dashboard } = (await call('POST', '/api/v1/dashboards', admin, { name: 'D' })).json();
    expect(dashboard.views).toEqual([]);
    const first = await call('POST', `/api/v1/dashboards/${dashboard.id}/views`, admin, {
      title: 'Funnel',
      spec: FUNNEL,
    });
    expect(first.statusCode).toBe(201);
    const second = await call('POST', `/api/v1/dashboards/${dashboard.id}/views`, admin, {
      title: 'Conversion',
      spec: KPI,
    });
    const views = second.json().dashboard.views as { id: string; title: string }[];
    expect(views.map((v) => v.title)).toEqual(['Funnel', 'Conversion']);

    const patched = await call('PATCH', `/api/v1/dashboards/${dashboard.id}`, admin, {
      name: 'Renamed',
      views: [views[1], views[0]],
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().dashboard.name).toBe('Renamed');
    expect(patched.json().dashboard.views.map((v: { title: string }) => v.title)).toEqual([
      'Conversion',
      'Funnel',
    ]);

    expect((await call('DELETE', `/api/v1/dashboards/${dashboard.id}`, admin)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/dashboards/${dashboard.id}`, admin)).statusCode).toBe(404);
    expect((await call('DELETE', `/api/v1/dashboards/${dashboard.id}`, admin)).statusCode).toBe(404);
  });

  it('refuses a view whose spec the query API would refuse, naming the field, and stores nothing', async () => {
    const res = await call('POST', '/api/v1/dashboards', admin, {
      name: 'Bad',
      views: [{ title: 'One step', spec: { type: 'funnel', steps: [{ event: 'A' }] } }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_request');
    // The funnel schema's own message for a one-step funnel (src/analytics/spec/funnel-spec.ts).
    expect(res.json().error.details).toContainEqual({
      path: 'views[0].spec.steps',
      message: 'A funnel needs at least 2 steps',
    });
    expect((await call('GET', '/api/v1/dashboards', admin)).json().dashboards).toEqual([]);

    const { dashboard } = (await call('POST', '/api/v1/dashboards', admin, { name: 'D' })).json();
    const noType = await call('POST', `/api/v1/dashboards/${dashboard.id}/views`, admin, {
      title: 'x',
      spec: { steps: [] },
    });
    expect(noType.statusCode).toBe(400);
    expect(noType.json().error.message).toMatch(/^spec/);
    const blank = await call('POST', '/api/v1/dashboards', admin, { name: '  ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.message).toBe('name: Must not be blank');
    const empty = await call('PATCH', `/api/v1/dashboards/${dashboard.id}`, admin, {});
    expect(empty.statusCode).toBe(400);
    expect((await call('GET', `/api/v1/dashboards/${dashboard.id}`, admin)).json().dashboard.name).toBe('D');
  });

  it('lets viewers read but not write; editors write', async () => {
    const viewer = await userSession(t.app, t.store, 'viewer');
    const editor = await userSession(t.app, t.store, 'editor');
    const { dashboard } = (
      await call('POST', '/api/v1/dashboards', editor, {
        name: 'By editor',
        views: [{ title: 'K', spec: KPI }],
      })
    ).json();
    expect(dashboard.createdBy).toBe('Editor default');

    expect((await call('GET', '/api/v1/dashboards', viewer)).statusCode).toBe(200);
    expect((await call('GET', `/api/v1/dashboards/${dashboard.id}`, viewer)).statusCode).toBe(200);
    for (const [method, url, body] of [
      ['POST', '/api/v1/dashboards', { name: 'V' }],
      ['PATCH', `/api/v1/dashboards/${dashboard.id}`, { name: 'V' }],
      ['POST', `/api/v1/dashboards/${dashboard.id}/views`, { title: 'K', spec: KPI }],
      ['DELETE', `/api/v1/dashboards/${dashboard.id}`, undefined],
    ] as const) {
      const res = await call(method, url, viewer, body);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().error.details.neededRole).toBe('editor');
    }
    expect((await call('GET', `/api/v1/dashboards/${dashboard.id}`, viewer)).json().dashboard.name).toBe(
      'By editor',
    );
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/dashboards' })).statusCode).toBe(401);
  });

  it('keeps each workspace’s dashboards to itself', async () => {
    await t.store.workspaces.create({ id: 'other', name: 'Other', slug: 'other' });
    const otherToken = await issueKey(t.store, 'other', 'read', 'other reader');
    const { dashboard } = (await call('POST', '/api/v1/dashboards', admin, { name: 'Mine' })).json();
    const asOther = (url: string) =>
      t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${otherToken.secret}` } });
    expect((await asOther('/api/v1/dashboards')).json().dashboards).toEqual([]);
    expect((await asOther(`/api/v1/dashboards/${dashboard.id}`)).statusCode).toBe(404);
  });
});
