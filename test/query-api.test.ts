/**
 * `POST /api/v1/query` and `journeylens query`: the ways users reach the analytics engine. The
 * engine's semantics are tested by the scenario tables in test/analytics; here: the contract
 * (status codes, result shape, error shape), who may read, and that workspaces stay apart.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueKey } from '../src/server/auth.ts';
import { testApp, WRITE_KEY } from './helpers/test-app.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

let t: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  t = await testApp();
});
afterEach(() => t.dispose());

const at = (minutes: number) => new Date(Date.UTC(2026, 4, 1, 10, minutes)).toISOString();

/** alice views and buys; bob only views; carol views twice. 3 viewers, 1 buyer. */
async function ingestShop(): Promise<void> {
  const batch = [
    { type: 'track', event: 'Product Viewed', userId: 'alice', timestamp: at(0) },
    { type: 'track', event: 'Order Completed', userId: 'alice', timestamp: at(5) },
    { type: 'track', event: 'Product Viewed', userId: 'bob', timestamp: at(1) },
    { type: 'track', event: 'Product Viewed', userId: 'carol', timestamp: at(2) },
    { type: 'track', event: 'Product Viewed', userId: 'carol', timestamp: at(3) },
  ];
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/batch',
    headers: { authorization: t.basic },
    payload: { batch },
  });
  expect(res.statusCode).toBe(200);
}

const funnel = {
  type: 'funnel',
  steps: [{ event: 'Product Viewed' }, { event: 'Order Completed' }],
};

const query = (payload: unknown, authorization = t.bearer) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/query',
    headers: { authorization },
    payload: payload as object,
  });

describe('POST /api/v1/query', () => {
  it('answers a funnel with counts and rates', async () => {
    await ingestShop();
    const res = await query(funnel);
    expect(res.statusCode).toBe(200);
    const steps = res.json().steps;
    expect(steps.map((s: { count: number }) => s.count)).toEqual([3, 1]);
    // 1 of 3 viewers bought: conversion 1/3, drop-off 2 (2/3); alice took 300 s.
    expect(steps[1]).toMatchObject({ event: 'Order Completed', dropOff: 2, avgSecondsFromPrevious: 300 });
    expect(steps[1].conversionRate).toBeCloseTo(1 / 3, 12);
    expect(steps[1].dropOffRate).toBeCloseTo(2 / 3, 12);
  });

  it('lists converted and dropped persons whose ids open their profile and timeline', async () => {
    await ingestShop();
    const res = await query({ ...funnel, includePersons: true });
    const [dropped] = res.json().steps[1].persons.dropped as string[];
    expect(res.json().steps[1].persons.dropped).toHaveLength(2);
    const person = await t.app.inject({
      method: 'GET',
      url: `/api/v1/persons/${dropped}`,
      headers: { authorization: t.bearer },
    });
    expect(person.statusCode).toBe(200);
    // bob and carol dropped: whichever this is, the person's own id and user id come back.
    expect(person.json().id).toBe(dropped);
    expect(['bob', 'carol']).toContain(person.json().ids[0]);
    const events = await t.app.inject({
      method: 'GET',
      url: `/api/v1/events?person=${dropped}`,
      headers: { authorization: t.bearer },
    });
    expect(events.json().events.length).toBe(person.json().eventCount);
  });

  it('says which field of an invalid spec is wrong, with status 400', async () => {
    const res = await query({ type: 'funnel', steps: [{ event: 'Only one' }] });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('invalid_spec');
    expect(error.message).toMatch(/^Invalid query spec: steps: /);
    expect(error.details).toEqual([expect.objectContaining({ path: 'steps' })]);

    const unknownType = await query({ type: 'cohort-magic' });
    expect(unknownType.statusCode).toBe(400);
    expect(unknownType.json().error.message).toMatch(/type/);

    const notJsonObject = await query([1, 2]);
    expect(notJsonObject.statusCode).toBe(400);
  });

  it('treats property names and values in filters as data, never as SQL', async () => {
    await ingestShop();
    const hostile = "x') OR 1=1; DROP TABLE events; --";
    const res = await query({
      ...funnel,
      where: [{ on: 'property', name: hostile, op: 'eq', value: hostile }],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().steps.map((s: { count: number }) => s.count)).toEqual([0, 0]);
    // The events are still there.
    expect((await query(funnel)).json().steps[0].count).toBe(3);
  });

  it('needs a read token: no key is 401, a write key is 403', async () => {
    expect((await query(funnel, '')).statusCode).toBe(401);
    const writeKey = await query(funnel, `Bearer ${WRITE_KEY}`);
    expect(writeKey.statusCode).toBe(403);
    expect(writeKey.json().error.message).toMatch(/Write keys can only send events/);
  });

  it('answers from the token’s own workspace only', async () => {
    await ingestShop();
    await t.store.workspaces.create({ id: 'other', name: 'Other', slug: 'other' });
    const { secret } = await issueKey(t.store, 'other', 'read', 'other reader');
    const res = await query(funnel, `Bearer ${secret}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().steps.map((s: { count: number }) => s.count)).toEqual([0, 0]);
  });
});

describe('workspace settings: where survey answers are', () => {
  it('an admin points NPS at the workspace’s own survey event; specs then use it by default', async () => {
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/settings',
      headers: { authorization: t.bearer },
      payload: { surveys: { event: 'feedback_given', scoreProperty: 'rating' } },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().surveys).toEqual({
      event: 'feedback_given',
      surveyProperty: 'survey',
      scoreProperty: 'rating',
      touchpointProperty: 'touchpoint',
      commentProperty: 'comment',
    });
    const answers = [10, 9, 3].map((rating, i) => ({
      type: 'track',
      event: 'feedback_given',
      userId: `voter-${i}`,
      timestamp: at(i),
      properties: { survey: 'nps', rating },
    }));
    const ingest = await t.app.inject({
      method: 'POST',
      url: '/v1/batch',
      headers: { authorization: t.basic },
      payload: { batch: answers },
    });
    expect(ingest.statusCode).toBe(200);
    // Two promoters (10, 9) and one detractor (3) of three: 2/3 − 1/3 = +33.3 NPS.
    const nps = await query({ type: 'kpi', metric: 'nps' });
    expect(nps.statusCode).toBe(200);
    expect(nps.json().value).toBeCloseTo(100 / 3, 9);
    expect(nps.json().count).toBe(3);
  });

  it('lets viewers read the settings but only admins change them, and says what is wrong', async () => {
    const { secret } = await issueKey(t.store, 'default', 'read', 'reader');
    const read = await t.app.inject({
      method: 'GET',
      url: '/api/v1/settings',
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(read.statusCode).toBe(200);
    expect(read.json().surveys.event).toBe('survey_response');
    const denied = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/settings',
      headers: { authorization: `Bearer ${secret}` },
      payload: { surveys: {} },
    });
    expect(denied.statusCode).toBe(403);
    const invalid = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/settings',
      headers: { authorization: t.bearer },
      payload: { surveys: { event: '' } },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.message).toMatch(/event/);
  });
});

describe('journeylens query (the CLI)', () => {
  const cli = (args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> =>
    new Promise((resolve) => {
      execFile(process.execPath, ['bin/journeylens.js', ...args], { cwd: ROOT }, (err, stdout, stderr) => {
        resolve({ code: err === null ? 0 : typeof err.code === 'number' ? err.code : null, stdout, stderr });
      });
    });

  it('prints the result JSON of a spec file, and explains an invalid one', async () => {
    await ingestShop();
    await t.ingestor.flush();
    const dir = (t.store.description.match(/^duckdb:(.*)\/[^/]+$/) ?? [])[1]!;
    const storeUrl = t.store.description;
    await t.app.close();
    await t.store.close(); // DuckDB lets one process hold the file

    const specPath = join(dir, 'funnel.json');
    await writeFile(specPath, JSON.stringify(funnel));
    const run = await cli(['query', specPath, '--store', storeUrl]);
    expect(run.stderr).not.toMatch(/journeylens:/);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).steps.map((s: { count: number }) => s.count)).toEqual([3, 1]);

    const badPath = join(dir, 'bad.json');
    await writeFile(badPath, JSON.stringify({ type: 'funnel', steps: [] }));
    const bad = await cli(['query', badPath, '--store', storeUrl]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Invalid query spec .*bad\.json:\n {2}steps: /);
  });
});
