/**
 * Insights through the HTTP API (issue 5): pain points, moments of truth and persona suggestions
 * as query specs (bad specs → 400 naming the field), a moment of truth added to the map's lanes
 * and a suggested persona added to a map, whose segment rule then filters analyses.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shopMap } from './analytics/journey-scenario.ts';
import { ingestScenario } from './analytics/run-scenario.ts';
import { identify, MINUTE, track } from './analytics/scenario-events.ts';
import { testApp } from './helpers/test-app.ts';
import { userSession } from './helpers/web-session.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  t = await testApp();
  // Two pro e-mail buyers and three free web browsers.
  const buyer = (who: string) => [
    identify(null, who, 0, { plan: 'pro' }),
    track(who, MINUTE, 'Ad Clicked', { channel: 'email' }),
    track(who, 2 * MINUTE, 'Product Viewed', { channel: 'email' }),
    track(who, 3 * MINUTE, 'Order Completed', { channel: 'email', properties: { revenue: 80 } }),
  ];
  const browser = (who: string) => [
    identify(null, who, 0, { plan: 'free' }),
    track(who, MINUTE, 'Ad Clicked', { channel: 'web' }),
    track(who, 3 * MINUTE, 'Product Viewed', { channel: 'web' }),
  ];
  await ingestScenario(
    t.store,
    t.ingestor,
    'default',
    [...['b1', 'b2'].flatMap(buyer), ...['w1', 'w2', 'w3'].flatMap(browser)],
    [{ id: 'shop', doc: shopMap() }],
  );
});
afterEach(() => t.dispose());

const query = (spec: object) =>
  t.app.inject({ method: 'POST', url: '/api/v1/query', headers: { authorization: t.bearer }, payload: spec });
const post = (url: string, payload: object, auth = t.bearer) =>
  t.app.inject({ method: 'POST', url, headers: { authorization: auth }, payload });
const map = async () =>
  (
    await t.app.inject({ method: 'GET', url: '/api/v1/maps/shop', headers: { authorization: t.bearer } })
  ).json();

describe('insight specs at POST /api/v1/query', () => {
  it('ranks pain points: the product view loses 3 of 5, the ad none', async () => {
    const res = await query({ type: 'painPoints', mapId: 'shop' });
    expect(res.statusCode).toBe(200);
    const [first, second] = res.json().painPoints;
    // View: reach 5, converted 2 (the buyers), dropped 3, value 160/2 = 80 each → 240 at risk.
    expect(first).toMatchObject({ touchpointId: 't-view', dropped: 3, reach: 5 });
    expect(first.factors.revenueAtRisk.raw).toBe(240);
    // Ad: everyone viewed afterwards, so nobody dropped off: score 0.
    expect(second).toMatchObject({ touchpointId: 't-ad', dropped: 0, score: 0 });
  });

  it('answers a bad spec with a 400 naming the field', async () => {
    const cases: [object, string][] = [
      [{ type: 'painPoints', mapId: 'shop', weights: { dropOff: -1 } }, 'weights.dropOff'],
      [{ type: 'painPoints' }, 'mapId'],
      [{ type: 'momentsOfTruth', mapId: 'shop', minPersons: 0 }, 'minPersons'],
      [
        {
          type: 'momentsOfTruth',
          mapId: 'shop',
          outcome: { kind: 'retention', after: { value: 0, unit: 'day' } },
        },
        'outcome.after.value',
      ],
      [{ type: 'personaSuggestions', k: 1 }, 'k'],
      [{ type: 'personaSuggestions', traits: ['a.b'] }, 'traits[0]'],
      [{ type: 'personaSuggestions', mapId: 'nope' }, 'mapId'],
    ];
    for (const [spec, path] of cases) {
      const res = await query(spec);
      expect(res.statusCode, JSON.stringify(spec)).toBe(400);
      expect(res.json().error.code).toBe('invalid_spec');
      expect(res.json().error.details[0].path, JSON.stringify(spec)).toBe(path);
    }
  });
});

describe('adding findings to a map', () => {
  const CARD = {
    id: 'mot-t-view',
    lane: 'moment_of_truth',
    stageId: 'consider',
    touchpointId: 't-view',
    text: 'Product view: +40 pp conversion',
  };

  it('adds a moment-of-truth card to the lanes once, checking stage, touchpoint and revision', async () => {
    const before = await map();
    const added = await post('/api/v1/maps/shop/lane-items', { item: CARD, revision: before.revision });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ id: 'shop', revision: before.revision + 1, item: CARD });
    expect((await map()).doc.laneItems).toEqual([CARD]);

    const again = await post('/api/v1/maps/shop/lane-items', { item: CARD });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('duplicate_id');
    const stale = await post('/api/v1/maps/shop/lane-items', {
      item: { ...CARD, id: 'x' },
      revision: before.revision,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    const wrongStage = await post('/api/v1/maps/shop/lane-items', {
      item: { ...CARD, id: 'y', stageId: 'buy' },
    });
    expect(wrongStage.statusCode).toBe(400);
    const badLane = await post('/api/v1/maps/shop/lane-items', { item: { ...CARD, lane: 'mood' } });
    expect(badLane.json().error.details[0].path).toBe('item.lane');
    expect((await map()).doc.laneItems).toEqual([CARD]);

    const viewer = await userSession(t.app, t.store, 'viewer');
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/maps/shop/lane-items',
      headers: { cookie: viewer },
      payload: { item: { ...CARD, id: 'z' } },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('turns a persona suggestion into a persona whose segment rule filters analyses', async () => {
    const suggested = (await query({ type: 'personaSuggestions', k: 2, seed: 3 })).json();
    const buyers = suggested.suggestions.find((s: { size: number }) => s.size === 2);
    expect(buyers.segmentRule).toEqual({
      match: 'all',
      conditions: [{ trait: 'plan', op: 'eq', value: 'pro' }],
    });

    const added = await post('/api/v1/maps/shop/personas', { persona: buyers.persona });
    expect(added.statusCode).toBe(201);
    const { personaId } = added.json();
    expect((await map()).doc.personas.map((p: { id: string }) => p.id)).toContain(personaId);

    // The journey of that persona only: the two buyers, and neither drops off at the view.
    const journey = (await query({ type: 'journey', mapId: 'shop', persona: personaId })).json();
    expect(journey.persons).toBe(2);
    expect(journey.touchpoints.find((tp: { id: string }) => tp.id === 't-view')).toMatchObject({
      reach: 2,
      dropOff: 0,
    });
  });
});
