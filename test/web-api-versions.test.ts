/** Named versions of a map (save, list, view, restore) and read-only share links. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleMap } from '../src/model/example-map.ts';
import type { JourneyMap } from '../src/model/journey-map.ts';
import { testApp } from './helpers/test-app.ts';
import { userSession } from './helpers/web-session.ts';

let t: Awaited<ReturnType<typeof testApp>>;
let editor: string;
let mapId: string;
let doc: JourneyMap;
beforeEach(async () => {
  t = await testApp();
  editor = await userSession(t.app, t.store, 'editor');
  const res = await call('POST', '/api/v1/maps', {
    template: 'five_stage',
    locale: 'en',
    name: 'Version one',
  });
  ({ id: mapId, doc } = res.json());
});
afterEach(() => t.dispose());

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
function call(method: Method, url: string, payload?: unknown, cookie: string | null = editor) {
  return t.app.inject({
    method,
    url,
    headers: cookie === null ? {} : { cookie },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

describe('versions', () => {
  it('saves, lists, shows and restores named versions', async () => {
    const v1 = await call('POST', `/api/v1/maps/${mapId}/versions`, { message: 'First draft' });
    expect(v1.statusCode).toBe(201);
    expect(v1.json()).toEqual({
      number: 1,
      author: 'Editor default',
      message: 'First draft',
      createdAt: expect.any(String),
      revision: 1,
    });
    await call('PUT', `/api/v1/maps/${mapId}`, { doc: { ...doc, name: 'Version two' }, revision: 1 });
    const v2 = await call('POST', `/api/v1/maps/${mapId}/versions`, { message: 'Renamed' });
    expect(v2.json()).toMatchObject({ number: 2, revision: 2 });

    const list = await call('GET', `/api/v1/maps/${mapId}/versions`);
    expect(list.statusCode).toBe(200);
    expect(
      list.json().versions.map((v: { number: number; message: string }) => [v.number, v.message]),
    ).toEqual([
      [2, 'Renamed'],
      [1, 'First draft'],
    ]);

    const old = await call('GET', `/api/v1/maps/${mapId}/versions/1`);
    expect(old.statusCode).toBe(200);
    expect(old.json()).toMatchObject({ number: 1, author: 'Editor default', message: 'First draft' });
    expect(old.json().doc).toMatchObject({ id: mapId, name: 'Version one', revision: 1 });

    // Restoring version 1 is a new revision (3) of the map with version 1's content.
    const restored = await call('POST', `/api/v1/maps/${mapId}/versions/1/restore`);
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({ id: mapId, revision: 3 });
    const now = (await call('GET', `/api/v1/maps/${mapId}`)).json();
    expect(now).toMatchObject({ revision: 3, doc: { name: 'Version one', revision: 3 } });
    expect(now.doc.stages).toEqual(doc.stages);
    // The history is unchanged by a restore.
    expect((await call('GET', `/api/v1/maps/${mapId}/versions`)).json().versions).toHaveLength(2);
  });

  it('refuses a restore over a newer edit when the editor names its revision', async () => {
    await call('POST', `/api/v1/maps/${mapId}/versions`, { message: 'v1' });
    await call('PUT', `/api/v1/maps/${mapId}`, { doc: { ...doc, name: 'Someone else' }, revision: 1 });
    const res = await call('POST', `/api/v1/maps/${mapId}/versions/1/restore`, { revision: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details).toEqual({ currentRevision: 2 });
    expect((await call('GET', `/api/v1/maps/${mapId}`)).json().doc.name).toBe('Someone else');
  });

  it('answers 404 for a missing version or map, and 400 for a version that is not a number', async () => {
    expect((await call('GET', `/api/v1/maps/${mapId}/versions/7`)).statusCode).toBe(404);
    expect((await call('POST', `/api/v1/maps/${mapId}/versions/7/restore`)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/maps/${mapId}/versions/first`)).statusCode).toBe(400);
    expect((await call('POST', '/api/v1/maps/no-map/versions', { message: 'x' })).statusCode).toBe(404);
  });

  it('lets viewers look at versions but not save or restore them', async () => {
    await call('POST', `/api/v1/maps/${mapId}/versions`, {});
    const viewer = await userSession(t.app, t.store, 'viewer');
    expect((await call('GET', `/api/v1/maps/${mapId}/versions`, undefined, viewer)).statusCode).toBe(200);
    expect((await call('GET', `/api/v1/maps/${mapId}/versions/1`, undefined, viewer)).statusCode).toBe(200);
    expect((await call('POST', `/api/v1/maps/${mapId}/versions`, {}, viewer)).statusCode).toBe(403);
    expect((await call('POST', `/api/v1/maps/${mapId}/versions/1/restore`, {}, viewer)).statusCode).toBe(403);
  });
});

describe('share links', () => {
  it('shows the map to anyone with the link, signed out, until the link is revoked', async () => {
    const made = await call('POST', `/api/v1/maps/${mapId}/shares`);
    expect(made.statusCode).toBe(201);
    const { token, url, prefix } = made.json();
    expect(token).toMatch(/^jls_[A-Za-z0-9_-]{43}$/);
    expect(url).toBe(`/share/${token}`);
    expect(prefix).toBe(token.slice(0, 12));

    const shared = await call('GET', `/api/v1/shared/${token}`, undefined, null);
    expect(shared.statusCode).toBe(200);
    expect(shared.json()).toEqual({ doc });
    expect(shared.headers['cache-control']).toBe('no-store');
    expect(shared.headers['referrer-policy']).toBe('no-referrer');
    // The token is stored only as a hash: the list shows its prefix.
    const list = (await call('GET', `/api/v1/maps/${mapId}/shares`)).json().shares;
    expect(list).toEqual([
      { prefix, live: false, createdBy: 'Editor default', createdAt: expect.any(String), revokedAt: null },
    ]);

    expect((await call('DELETE', `/api/v1/maps/${mapId}/shares/${prefix}`)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/shared/${token}`, undefined, null)).statusCode).toBe(404);
    expect((await call('DELETE', `/api/v1/maps/${mapId}/shares/${prefix}`)).statusCode).toBe(404);
  });

  it('can be revoked by the whole token as well as by its prefix', async () => {
    const { token } = (await call('POST', `/api/v1/maps/${mapId}/shares`)).json();
    expect((await call('DELETE', `/api/v1/maps/${mapId}/shares/${token}`)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/shared/${token}`, undefined, null)).statusCode).toBe(404);
  });

  it('stops working when the map is deleted; unknown tokens are 404', async () => {
    const { token } = (await call('POST', `/api/v1/maps/${mapId}/shares`, {})).json();
    await call('DELETE', `/api/v1/maps/${mapId}`);
    expect((await call('GET', `/api/v1/shared/${token}`, undefined, null)).statusCode).toBe(404);
    expect((await call('GET', '/api/v1/shared/jls_nope', undefined, null)).statusCode).toBe(404);
    const similar = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    expect((await call('GET', `/api/v1/shared/${similar}`, undefined, null)).statusCode).toBe(404);
  });

  it('with live: true, also shows the map’s measured numbers', async () => {
    // exampleMap's checkout touchpoint is bound to "Checkout Started": alice twice, bob once.
    const imported = (await call('POST', '/api/v1/maps', { doc: exampleMap() })).json();
    const batch = [
      ['alice', 0],
      ['alice', 5],
      ['bob', 9],
    ].map(([userId, minute]) => ({
      type: 'track',
      event: 'Checkout Started',
      userId,
      timestamp: new Date(Date.UTC(2026, 3, 1, 12, Number(minute))).toISOString(),
    }));
    const sent = await t.app.inject({
      method: 'POST',
      url: '/v1/batch',
      headers: { authorization: t.basic },
      payload: { batch },
    });
    expect(sent.statusCode).toBe(200);

    const { token } = (await call('POST', `/api/v1/maps/${imported.id}/shares`, { live: true })).json();
    const shared = (await call('GET', `/api/v1/shared/${token}`, undefined, null)).json();
    expect(shared.doc.id).toBe(imported.id);
    const checkout = shared.live.touchpoints.find((tp: { id: string }) => tp.id === 't-checkout');
    expect(checkout).toMatchObject({ measured: true, reach: 2, volume: 3 });
    expect(shared.live.touchpoints.find((tp: { id: string }) => tp.id === 't-reviews').measured).toBe(false);
  });

  it('is made and revoked by editors only', async () => {
    const viewer = await userSession(t.app, t.store, 'viewer');
    expect((await call('POST', `/api/v1/maps/${mapId}/shares`, {}, viewer)).statusCode).toBe(403);
    const { prefix } = (await call('POST', `/api/v1/maps/${mapId}/shares`, {})).json();
    expect(
      (await call('DELETE', `/api/v1/maps/${mapId}/shares/${prefix}`, undefined, viewer)).statusCode,
    ).toBe(403);
  });
});
