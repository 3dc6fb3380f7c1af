/**
 * The maps REST API: create from a template or an imported document, read, save with a
 * revision check, delete, export. Imports that are invalid, too big or from a newer schema
 * version are refused with a reason and store nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleMap } from '../src/model/example-map.ts';
import { importMapJson } from '../src/model/import-map-json.ts';
import type { JourneyMap } from '../src/model/journey-map.ts';
import { testApp } from './helpers/test-app.ts';
import { userSession } from './helpers/web-session.ts';

const NOW = new Date('2026-05-01T10:00:00.000Z');
let t: Awaited<ReturnType<typeof testApp>>;
let editor: string;
beforeEach(async () => {
  t = await testApp({ clock: () => NOW });
  editor = await userSession(t.app, t.store, 'editor');
});
afterEach(() => t.dispose());

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const call = (method: Method, url: string, payload?: unknown, cookie = editor) =>
  t.app.inject({
    method,
    url,
    headers: { cookie },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
const mapCount = async () => (await t.store.maps.list('default')).length;

describe('creating maps', () => {
  it('creates a map from a template in Polish, with the stages named in Polish', async () => {
    const res = await call('POST', '/api/v1/maps', {
      template: 'five_stage',
      locale: 'pl',
      name: 'Ścieżka klienta',
    });
    expect(res.statusCode).toBe(201);
    const { id, revision, doc } = res.json();
    expect(revision).toBe(1);
    expect(doc).toMatchObject({
      id,
      workspaceId: 'default',
      name: 'Ścieżka klienta',
      kind: 'current_state',
      locale: 'pl',
      revision: 1,
      createdAt: '2026-05-01T10:00:00.000Z',
    });
    expect(doc.stages.map((s: { name: string }) => s.name)).toEqual([
      'Świadomość',
      'Rozważanie',
      'Zakup',
      'Utrzymanie',
      'Rekomendacja',
    ]);

    const fiveA = await call('POST', '/api/v1/maps', {
      template: 'five_a',
      locale: 'pl',
      name: '5A',
      kind: 'future_state',
    });
    expect(fiveA.json().doc.stages.map((s: { name: string }) => s.name)).toEqual([
      'Świadomość',
      'Atrakcyjność',
      'Pytanie',
      'Działanie',
      'Orędownictwo',
    ]);

    const list = await call('GET', '/api/v1/maps');
    expect(list.statusCode).toBe(200);
    expect(list.json().maps).toHaveLength(2);
    expect(list.json().maps).toContainEqual({
      id,
      name: 'Ścieżka klienta',
      kind: 'current_state',
      currentStateMapId: null,
      locale: 'pl',
      revision: 1,
      updatedAt: expect.any(String),
    });
    expect(list.json().maps).toContainEqual(expect.objectContaining({ name: '5A', kind: 'future_state' }));
  });

  it('keeps a future-state copy linked to its current-state map, and lists the link', async () => {
    const current = (await call('POST', '/api/v1/maps', { template: 'five_stage', locale: 'en' })).json();
    const copy = { ...current.doc, kind: 'future_state', currentStateMapId: current.id };
    const future = await call('POST', '/api/v1/maps', { doc: copy, name: 'Shop journey, future state' });
    expect(future.statusCode).toBe(201);
    expect(future.json().doc).toMatchObject({ kind: 'future_state', currentStateMapId: current.id });
    // The copy keeps its stages' ids, so its columns line up with the current-state map's.
    expect(future.json().doc.stages.map((s: { id: string }) => s.id)).toEqual(
      current.doc.stages.map((s: { id: string }) => s.id),
    );
    const maps = (await call('GET', '/api/v1/maps')).json().maps;
    expect(maps).toContainEqual(
      expect.objectContaining({ id: future.json().id, kind: 'future_state', currentStateMapId: current.id }),
    );
  });

  it('refuses an unknown template with 400 naming the field', async () => {
    const res = await call('POST', '/api/v1/maps', { template: 'six_stage', locale: 'en', name: 'X' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^template: /);
    expect(await mapCount()).toBe(0);
  });

  it('imports a map document under a new id in the caller’s workspace', async () => {
    const source = exampleMap(); // id map-shop of workspace ws-acme
    const res = await call('POST', '/api/v1/maps', { doc: source });
    expect(res.statusCode).toBe(201);
    const { id, doc } = res.json();
    expect(id).not.toBe('map-shop');
    expect(doc).toMatchObject({ id, workspaceId: 'default', revision: 1, name: source.name });
    expect(doc.touchpoints).toEqual(source.touchpoints);
    expect(doc.stages).toEqual(source.stages);
  });

  it('refuses an invalid document, saying where, and stores nothing', async () => {
    const doc = exampleMap();
    doc.touchpoints[0]!.stageId = 's-nowhere';
    const res = await call('POST', '/api/v1/maps', { doc });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_map');
    expect(res.json().error.details.path).toBe('touchpoints[0].stageId');
    expect(res.json().error.message).toMatch(/^touchpoints\[0\]\.stageId: /);
    expect((await call('POST', '/api/v1/maps', { doc: 'not a map' })).json().error.code).toBe('not_a_map');
    expect(await mapCount()).toBe(0);
  });

  it('refuses a document from a newer schema version, and stores nothing', async () => {
    const res = await call('POST', '/api/v1/maps', {
      doc: { ...exampleMap(), schemaVersion: 2, newField: true },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('newer_schema_version');
    expect(res.json().error.message).toMatch(/newer version of Journeylens \(schema version 2\)/);
    expect(await mapCount()).toBe(0);
  });

  it('refuses a document over 2 MB with 400, and stores nothing', async () => {
    // 2 MiB + 1 KiB of description alone (the schema would refuse it too, but size comes first).
    const doc = { ...exampleMap(), description: 'x'.repeat(2 * 1024 * 1024 + 1024) };
    const res = await call('POST', '/api/v1/maps', { doc });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'too_large',
      message: 'The map is larger than the limit of 2 MB.',
    });
    expect(await mapCount()).toBe(0);
  });
});

describe('reading, saving and deleting maps', () => {
  async function created(): Promise<{ id: string; doc: JourneyMap }> {
    const res = await call('POST', '/api/v1/maps', {
      template: 'path_to_purchase',
      locale: 'en',
      name: 'Shop',
    });
    return res.json();
  }

  it('saves a new state naming the revision it started from, and bumps the revision', async () => {
    const { id, doc } = await created();
    const got = await call('GET', `/api/v1/maps/${id}`);
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual({ id, revision: 1, doc, updatedAt: expect.any(String) });

    const edited = { ...doc, name: 'Shop, renamed', stages: doc.stages.slice(0, 2) };
    const saved = await call('PUT', `/api/v1/maps/${id}`, { doc: edited, revision: 1 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ id, revision: 2 });

    const after = (await call('GET', `/api/v1/maps/${id}`)).json();
    expect(after.revision).toBe(2);
    expect(after.doc).toMatchObject({ name: 'Shop, renamed', revision: 2 });
    expect(after.doc.stages).toHaveLength(2);
    expect((await call('GET', '/api/v1/maps')).json().maps[0]).toMatchObject({
      name: 'Shop, renamed',
      revision: 2,
    });
  });

  it('refuses a save from a stale revision with 409 and the current revision; nothing is overwritten', async () => {
    const { id, doc } = await created();
    expect(
      (await call('PUT', `/api/v1/maps/${id}`, { doc: { ...doc, name: 'First editor' }, revision: 1 }))
        .statusCode,
    ).toBe(200);
    // The second editor also started from revision 1.
    const late = await call('PUT', `/api/v1/maps/${id}`, {
      doc: { ...doc, name: 'Second editor' },
      revision: 1,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toEqual({
      code: 'conflict',
      message: expect.stringContaining('revision 2'),
      details: { currentRevision: 2 },
    });
    const stored = (await call('GET', `/api/v1/maps/${id}`)).json();
    expect(stored).toMatchObject({ revision: 2, doc: { name: 'First editor' } });
  });

  it('refuses an invalid save, or a document of another map, and keeps the stored one', async () => {
    const { id, doc } = await created();
    const blank = await call('PUT', `/api/v1/maps/${id}`, { doc: { ...doc, name: '   ' }, revision: 1 });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.message).toBe('name: Must not be blank');
    const other = await call('PUT', `/api/v1/maps/${id}`, {
      doc: { ...doc, id: 'another-map' },
      revision: 1,
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.code).toBe('id_mismatch');
    expect((await call('PUT', `/api/v1/maps/${id}`, { doc })).statusCode).toBe(400); // no revision
    expect((await call('GET', `/api/v1/maps/${id}`)).json()).toMatchObject({
      revision: 1,
      doc: { name: 'Shop' },
    });
    expect((await call('PUT', '/api/v1/maps/nope', { doc, revision: 1 })).statusCode).toBe(400); // id_mismatch first
  });

  it('deletes a map: then it is gone', async () => {
    const { id } = await created();
    expect((await call('DELETE', `/api/v1/maps/${id}`)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/maps/${id}`)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/maps/${id}/versions`)).statusCode).toBe(404);
    expect((await call('DELETE', `/api/v1/maps/${id}`)).statusCode).toBe(404);
    expect((await call('GET', '/api/v1/maps')).json()).toEqual({ maps: [] });
  });

  it('exports the map as a JSON attachment that imports back to the same map', async () => {
    const { id, doc } = await created();
    await call('PUT', `/api/v1/maps/${id}`, { doc: { ...doc, name: 'Zakupy: ścieżka' }, revision: 1 });
    const res = await call('GET', `/api/v1/maps/${id}/export.json`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Zakupy-sciezka.json"; filename*=UTF-8''Zakupy%3A%20%C5%9Bcie%C5%BCka.json`,
    );
    const back = importMapJson(res.body);
    expect(back.ok).toBe(true);
    expect(back.ok && back.map).toEqual((await call('GET', `/api/v1/maps/${id}`)).json().doc);
    expect((await call('GET', '/api/v1/maps/unknown/export.json')).statusCode).toBe(404);
  });
});
