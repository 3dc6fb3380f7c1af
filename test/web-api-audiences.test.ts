/**
 * Audiences (issue 5, "Activation hand-off"): from a funnel step's or a touchpoint's drop-off, a
 * saved audience of the persons concerned — listed, paged with their ids and traits, exported as
 * CSV; viewers read, editors write; membership is a snapshot taken at creation.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueKey } from '../src/server/auth.ts';
import { shopMap } from './analytics/journey-scenario.ts';
import { ingestScenario, personOf } from './analytics/run-scenario.ts';
import { at, identify, MINUTE, track } from './analytics/scenario-events.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, testApp } from './helpers/test-app.ts';
import { signIn, userSession } from './helpers/web-session.ts';

let t: Awaited<ReturnType<typeof testApp>>;
let admin: string;
beforeEach(async () => {
  t = await testApp();
  admin = await signIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
  // jan views and orders; ola (signed in from anonymous a1) and the anonymous a9 only view.
  await ingestScenario(
    t.store,
    t.ingestor,
    'default',
    [
      identify(null, 'jan', 0, { email: 'jan@example.com', name: 'Jan', plan: 'pro' }),
      track('jan', MINUTE, 'Product Viewed'),
      track('jan', 2 * MINUTE, 'Order Completed'),
      track('anon:a1', MINUTE, 'Product Viewed'),
      identify('a1', 'ola', 2 * MINUTE, { email: 'ola@example.com', name: '=2+2', plan: 'free' }),
      track('anon:a9', MINUTE, 'Product Viewed'),
    ],
    [{ id: 'shop', doc: shopMap() }],
  );
});
afterEach(() => t.dispose());

type Method = 'GET' | 'POST' | 'DELETE';
const call = (method: Method, url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

const FUNNEL = { type: 'funnel', steps: [{ event: 'Product Viewed' }, { event: 'Order Completed' }] };
const FUNNEL_DROP = { name: 'Viewed, did not buy', definition: { source: 'funnel', spec: FUNNEL, step: 1 } };
const VIEW_DROP = {
  name: 'Left after the product page',
  definition: { source: 'touchpoint', spec: { type: 'journey', mapId: 'shop' }, touchpointId: 't-view' },
};

describe('/api/v1/audiences', () => {
  it('saves a funnel step’s drop-off and lists its persons with their ids and traits', async () => {
    const made = await call('POST', '/api/v1/audiences', admin, FUNNEL_DROP);
    expect(made.statusCode).toBe(201);
    const { audience } = made.json();
    expect(audience).toMatchObject({
      name: 'Viewed, did not buy',
      membership: 'snapshot',
      memberCount: 2,
      truncated: false,
      createdBy: 'Admin',
      definition: { source: 'funnel', step: 1 },
    });
    expect(
      (await call('GET', '/api/v1/audiences', admin)).json().audiences.map((a: { id: string }) => a.id),
    ).toEqual([audience.id]);

    const ola = await personOf(t.store, 'default', 'ola');
    const a9 = await personOf(t.store, 'default', 'anon:a9');
    const page = (await call('GET', `/api/v1/audiences/${audience.id}/persons`, admin)).json();
    expect(page).toMatchObject({ total: 2, offset: 0, limit: 100 });
    const byId = new Map(page.persons.map((p: { id: string }) => [p.id, p]));
    expect(byId.get(ola)).toEqual({
      id: ola,
      ids: ['a1', 'ola'],
      traits: { email: 'ola@example.com', name: '=2+2', plan: 'free' },
    });
    expect(byId.get(a9)).toEqual({ id: a9, ids: ['a9'], traits: {} });
    // Pages in person-id order.
    const second = (
      await call('GET', `/api/v1/audiences/${audience.id}/persons?offset=1&limit=1`, admin)
    ).json();
    expect(second.persons.map((p: { id: string }) => p.id)).toEqual([[ola, a9].sort()[1]]);
  });

  it('exports the audience as CSV: person id, ids, key traits, the rest as JSON', async () => {
    const { audience } = (await call('POST', '/api/v1/audiences', admin, FUNNEL_DROP)).json();
    const res = await call('GET', `/api/v1/audiences/${audience.id}.csv`, admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('filename="Viewed-did-not-buy.csv"');
    const ola = await personOf(t.store, 'default', 'ola');
    const a9 = await personOf(t.store, 'default', 'anon:a9');
    const lines = res.body.split('\r\n');
    expect(lines[0]).toBe('person_id,ids,email,name,phone,traits');
    expect(lines.slice(1, 3).sort()).toEqual(
      // ola's name "=2+2" is written as text, never as a formula.
      [`${ola},a1 ola,ola@example.com,'=2+2,,"{""plan"":""free""}"`, `${a9},a9,,,,{}`].sort(),
    );
    expect(lines[3]).toBe('');
  });

  it('keeps the members it was created with (a snapshot), while a new audience sees the change', async () => {
    const { audience } = (await call('POST', '/api/v1/audiences', admin, FUNNEL_DROP)).json();
    const late = {
      type: 'track',
      userId: 'ola',
      event: 'Order Completed',
      messageId: 'late-order',
      timestamp: at(3 * MINUTE),
    };
    expect((await t.ingestor.ingest('default', [late], { receivedAt: new Date() })).rejected).toEqual([]);
    expect((await call('GET', `/api/v1/audiences/${audience.id}/persons`, admin)).json().total).toBe(2);
    const fresh = (await call('POST', '/api/v1/audiences', admin, FUNNEL_DROP)).json().audience;
    expect(fresh.memberCount).toBe(1);
  });

  it('saves a touchpoint’s drop-off: met it, never reached a later stage', async () => {
    const made = await call('POST', '/api/v1/audiences', admin, VIEW_DROP);
    expect(made.statusCode).toBe(201);
    const { audience } = made.json();
    expect(audience.memberCount).toBe(2);
    const ids = (await call('GET', `/api/v1/audiences/${audience.id}/persons`, admin))
      .json()
      .persons.map((p: { id: string }) => p.id);
    expect(ids.sort()).toEqual(
      [await personOf(t.store, 'default', 'ola'), await personOf(t.store, 'default', 'anon:a9')].sort(),
    );
  });

  it('refuses a bad definition with a 400 naming the field, and stores nothing', async () => {
    const cases: [object, string][] = [
      [{ ...FUNNEL_DROP, definition: { ...FUNNEL_DROP.definition, step: 0 } }, 'definition.step'],
      [{ ...FUNNEL_DROP, definition: { ...FUNNEL_DROP.definition, step: 2 } }, 'definition.step'],
      [
        { ...FUNNEL_DROP, definition: { ...FUNNEL_DROP.definition, spec: { type: 'funnel', steps: [] } } },
        'definition.spec.steps',
      ],
      [
        { ...VIEW_DROP, definition: { ...VIEW_DROP.definition, touchpointId: 't-order' } },
        'definition.touchpointId',
      ],
      [
        { ...VIEW_DROP, definition: { ...VIEW_DROP.definition, touchpointId: 'nope' } },
        'definition.touchpointId',
      ],
      [
        { ...VIEW_DROP, definition: { ...VIEW_DROP.definition, spec: { type: 'journey', mapId: 'gone' } } },
        'definition.spec.mapId',
      ],
      [{ name: 'x', definition: { source: 'segment' } }, 'definition.source'],
    ];
    for (const [body, path] of cases) {
      const res = await call('POST', '/api/v1/audiences', admin, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.details[0].path, JSON.stringify(body)).toBe(path);
    }
    expect((await call('GET', '/api/v1/audiences', admin)).json().audiences).toEqual([]);
  });

  it('lets viewers read and export but not create or delete; editors delete', async () => {
    const { audience } = (await call('POST', '/api/v1/audiences', admin, FUNNEL_DROP)).json();
    const viewer = await userSession(t.app, t.store, 'viewer');
    expect((await call('GET', '/api/v1/audiences', viewer)).statusCode).toBe(200);
    expect((await call('GET', `/api/v1/audiences/${audience.id}`, viewer)).json().audience.id).toBe(
      audience.id,
    );
    expect((await call('GET', `/api/v1/audiences/${audience.id}.csv`, viewer)).statusCode).toBe(200);
    for (const [method, url, body] of [
      ['POST', '/api/v1/audiences', FUNNEL_DROP],
      ['DELETE', `/api/v1/audiences/${audience.id}`, undefined],
    ] as const) {
      const res = await call(method, url, viewer, body);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().error.details.neededRole).toBe('editor');
    }
    const editor = await userSession(t.app, t.store, 'editor');
    expect((await call('DELETE', `/api/v1/audiences/${audience.id}`, editor)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/audiences/${audience.id}`, editor)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/audiences/${audience.id}.csv`, editor)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/audiences' })).statusCode).toBe(401);
  });

  it('keeps each workspace’s audiences to itself', async () => {
    await t.store.workspaces.create({ id: 'other', name: 'Other', slug: 'other' });
    const otherToken = await issueKey(t.store, 'other', 'read', 'other reader');
    const { audience } = (await call('POST', '/api/v1/audiences', admin, FUNNEL_DROP)).json();
    const asOther = (url: string) =>
      t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${otherToken.secret}` } });
    expect((await asOther('/api/v1/audiences')).json().audiences).toEqual([]);
    expect((await asOther(`/api/v1/audiences/${audience.id}/persons`)).statusCode).toBe(404);
    expect((await asOther(`/api/v1/audiences/${audience.id}.csv`)).statusCode).toBe(404);
  });
});
