import { describe, expect, it } from 'vitest';
import { exampleMap } from '../../model/example-map.ts';
import type { StoredMap } from '../../store/store.ts';
import { resolvePathNodes } from './resolve-path-nodes.ts';

const repo = (docs: Record<string, unknown>) => ({
  get: async (_ws: string, id: string) =>
    id in docs ? ({ id, doc: docs[id] } as unknown as StoredMap) : null,
});

describe('resolvePathNodes', () => {
  it('needs no map for event and page paths', async () => {
    expect(await resolvePathNodes(repo({}), 'ws', { by: 'page' })).toEqual({ ok: true, rules: [] });
  });

  it('makes one node per bound touchpoint, in map order; unbound touchpoints are left out', async () => {
    const map = exampleMap();
    const touchpoints = await resolvePathNodes(repo({ m: map }), 'ws', { by: 'touchpoint', mapId: 'm' });
    expect(touchpoints).toEqual({
      ok: true,
      rules: [
        { name: 'Instagram ad', binding: map.touchpoints[0]?.event },
        { name: 'Checkout', binding: map.touchpoints[2]?.event },
      ],
    });
    const stages = await resolvePathNodes(repo({ m: map }), 'ws', { by: 'stage', mapId: 'm' });
    expect(stages.ok && stages.rules.map((r) => r.name)).toEqual(['Awareness', 'Purchase']);
  });

  it('answers a missing map, or one without bound touchpoints, as a problem at mapId', async () => {
    expect(await resolvePathNodes(repo({}), 'ws', { by: 'stage', mapId: 'nope' })).toEqual({
      ok: false,
      errors: [{ path: 'mapId', message: 'No journey map "nope" in this workspace' }],
    });
    const unbound = { ...exampleMap(), touchpoints: exampleMap().touchpoints.map(({ event: _, ...t }) => t) };
    expect(await resolvePathNodes(repo({ m: unbound }), 'ws', { by: 'touchpoint', mapId: 'm' })).toEqual({
      ok: false,
      errors: [
        {
          path: 'mapId',
          message: 'Journey map "m" has no touchpoint bound to an event, so no event can be placed on it',
        },
      ],
    });
  });
});
