import { describe, expect, it } from 'vitest';
import { exampleMap } from '../../model/example-map.ts';
import type { StoredMap } from '../../store/store.ts';
import { personaKey } from '../sql/compile-filter.ts';
import { loadJourneyPlan, MAX_MEASURED_TOUCHPOINTS, planJourney } from './journey-plan.ts';

const stage = (id: string) => ({ id, name: id.toUpperCase() });
const bound = (id: string, stageId: string, event = 'E') => ({
  id,
  stageId,
  channel: 'web' as const,
  name: id,
  event: { event, where: [] },
});
const unbound = (id: string, stageId: string) => ({ id, stageId, channel: 'web' as const, name: id });

/** A MapRepo `get` over fixed documents. */
const repo = (docs: Record<string, unknown>) => ({
  get: async (_ws: string, id: string) =>
    id in docs ? ({ id, doc: docs[id] } as unknown as StoredMap) : null,
});

describe('planJourney', () => {
  it('ranks only measured stages and numbers bound touchpoints in map order', () => {
    const r = planJourney('m', {
      stages: [stage('a'), stage('b'), stage('c')],
      touchpoints: [bound('t1', 'c'), unbound('t2', 'b'), bound('t3', 'a'), bound('t4', 'c')],
    });
    if (!r.ok) throw new Error('plan failed');
    expect(r.plan.stages).toEqual([
      { id: 'a', name: 'A', rank: 1 },
      { id: 'b', name: 'B', rank: null },
      { id: 'c', name: 'C', rank: 2 },
    ]);
    expect(r.plan.touchpoints.map((t) => [t.id, t.index, t.rank])).toEqual([
      ['t1', 1, 2],
      ['t2', null, null],
      ['t3', 2, 1],
      ['t4', 3, 2],
    ]);
    expect(r.plan.measured.map((t) => t.id)).toEqual(['t1', 't3', 't4']);
    expect(r.plan.measuredStages).toBe(2);
  });

  it('plans a map without bindings as measuring nothing', () => {
    const r = planJourney('m', { stages: [stage('a')], touchpoints: [unbound('t', 'a')] });
    expect(r.ok && [r.plan.measured.length, r.plan.measuredStages]).toEqual([0, 0]);
  });

  it('refuses touchpoints on unknown stages and too many bound touchpoints', () => {
    expect(planJourney('m', { stages: [stage('a')], touchpoints: [bound('t', 'zzz')] })).toEqual({
      ok: false,
      errors: [
        { path: 'mapId', message: 'Journey map "m" has touchpoint "t" on a stage it does not have ("zzz")' },
      ],
    });
    const many = Array.from({ length: MAX_MEASURED_TOUCHPOINTS + 1 }, (_, i) => bound(`t${i}`, 'a'));
    const r = planJourney('m', { stages: [stage('a')], touchpoints: many });
    expect(!r.ok && r.errors[0]?.message).toBe(
      `Journey map "m" binds ${MAX_MEASURED_TOUCHPOINTS + 1} touchpoints to events; one query measures at most ${MAX_MEASURED_TOUCHPOINTS}`,
    );
  });
});

describe('loadJourneyPlan', () => {
  const maps = repo({ 'map-shop': exampleMap(), junk: { stages: 'none' } });

  it('plans a stored map and adds the rules of the spec’s personas', async () => {
    const r = await loadJourneyPlan(maps, 'ws', { mapId: 'map-shop', persona: 'p-young-pro' }, new Map());
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    // The example map binds the ad and checkout touchpoints; its reviews card is unbound.
    expect(r.plan.stages.map((s) => s.rank)).toEqual([1, null, 2]);
    expect(r.personas.get(personaKey('map-shop', 'p-young-pro'))).toEqual(exampleMap().personas[0]!.segment);
  });

  it('answers an unknown or unreadable map and unknown personas as spec errors', async () => {
    expect(await loadJourneyPlan(maps, 'ws', { mapId: 'nope' }, new Map())).toEqual({
      ok: false,
      errors: [{ path: 'mapId', message: 'No journey map "nope" in this workspace' }],
    });
    expect(await loadJourneyPlan(maps, 'ws', { mapId: 'junk' }, new Map())).toEqual({
      ok: false,
      errors: [{ path: 'mapId', message: 'Journey map "junk" has no readable stages and touchpoints' }],
    });
    expect(await loadJourneyPlan(maps, 'ws', { mapId: 'map-shop', persona: 'who' }, new Map())).toEqual({
      ok: false,
      errors: [{ path: 'persona', message: 'No persona "who" in map "map-shop"' }],
    });
  });

  it('refuses a persona without a segment rule', async () => {
    const map = exampleMap();
    delete map.personas[0]!.segment;
    const r = await loadJourneyPlan(
      repo({ m: map }),
      'ws',
      { mapId: 'm', persona: ['p-young-pro'] },
      new Map(),
    );
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          path: 'persona[0]',
          message: 'Persona "p-young-pro" has no segment rule, so its persons cannot be told apart',
        },
      ],
    });
  });
});
