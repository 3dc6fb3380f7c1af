/**
 * `{"type":"attribution"}` through `POST /api/v1/query`: the contract (status, result fields,
 * errors naming the field). The semantics are tested by test/analytics/attribution-scenarios.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from './helpers/test-app.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  t = await testApp();
});
afterEach(() => t.dispose());

const query = (payload: unknown) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/query',
    headers: { authorization: t.bearer },
    payload: payload as object,
  });

const bryl = {
  type: 'attribution',
  source: 'paths',
  // S. Bryl's three paths (analyzecore.com, 2016), worked by hand in markov.test.ts.
  paths: [
    { path: 'c1 > c2 > c3', conversions: 1, value: 100 },
    { path: 'c1', conversions: 0, nulls: 1 },
    { path: 'c2 > c3', conversions: 0, nulls: 1 },
  ],
  models: ['linear', 'markov', 'shapley'],
  bootstrap: { iterations: 20, seed: 3 },
};

describe('POST /api/v1/query with an attribution spec', () => {
  it('answers conversions, value, models, removal effects, transitions and intervals', async () => {
    const res = await query(bryl);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.conversions).toBe(1);
    expect(body.value).toBe(100);
    expect(Object.keys(body.models)).toEqual(['linear', 'markov', 'shapley']);
    expect(body.models.markov.c1).toBeCloseTo(0.2, 12);
    expect(body.removalEffects.c1).toBeCloseTo(0.5, 12);
    expect(body.transitions['(start)'].c1).toBeCloseTo(2 / 3, 12);
    expect(Object.keys(body.intervals)).toEqual(['markov', 'shapley']);
    expect(body.bootstrap).toEqual({ iterations: 20, confidence: 0.95, seed: 3 });
  });

  it.each([
    [{ models: ['markov', 'u_shaped'] }, 'models[1]'],
    [{ order: 7 }, 'order'],
    [{ paths: [{ path: '', conversions: 1 }] }, 'paths[0].path'],
    [{ paths: [{ path: 'a', conversions: -2 }] }, 'paths[0].conversions'],
    [{ source: 'events' }, 'conversion'],
  ])('answers 400 naming the field of %j', async (change, path) => {
    const res = await query({ ...bryl, ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_spec');
    expect(res.json().error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  });

  it('answers 400 at touch.mapId when the touchpoint map does not exist', async () => {
    const res = await query({
      type: 'attribution',
      conversion: { event: 'Order Completed' },
      touch: { by: 'touchpoint', mapId: 'no-such-map' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      { path: 'touch.mapId', message: 'No journey map "no-such-map" in this workspace' },
    ]);
  });
});
