import { describe, expect, it } from 'vitest';
import { exampleMap } from '../model/example-map.ts';
import type { StoredMap } from '../store/store.ts';
import { personaRefs, resolvePersonas } from './resolve-personas.ts';
import { personaKey } from './sql/compile-filter.ts';

const map = exampleMap();
map.personas.push({ ...map.personas[0]!, id: 'p-unsegmented', segment: undefined });
const maps = {
  get: async (workspaceId: string, id: string): Promise<StoredMap | null> =>
    workspaceId === 'ws' && id === 'map-shop'
      ? {
          id,
          workspaceId,
          name: map.name,
          revision: 1,
          doc: map,
          createdAt: new Date(),
          updatedAt: new Date(),
        }
      : null,
};

const spec = (where: unknown[]) => ({ type: 'funnel', steps: [{ event: 'A', where }, { event: 'B' }] });

describe('resolvePersonas', () => {
  it('finds persona conditions anywhere in a spec, with their paths', () => {
    expect(personaRefs(spec([{ on: 'persona', map: 'm', op: 'in', value: ['a', 'b'] }]))).toEqual([
      { map: 'm', persona: 'a', path: ['steps', 0, 'where', 0, 'value', 0] },
      { map: 'm', persona: 'b', path: ['steps', 0, 'where', 0, 'value', 1] },
    ]);
  });

  it('returns the segment rules of the named personas', async () => {
    const r = await resolvePersonas(
      maps,
      'ws',
      spec([{ on: 'persona', map: 'map-shop', op: 'eq', value: 'p-young-pro' }]),
    );
    expect(r.ok && r.personas.get(personaKey('map-shop', 'p-young-pro'))).toEqual(map.personas[0]!.segment);
  });

  it('reports unknown maps and personas, and personas that cannot be measured, at their field', async () => {
    const r = await resolvePersonas(
      maps,
      'ws',
      spec([
        { on: 'persona', map: 'map-other', op: 'eq', value: 'p-young-pro' },
        { on: 'persona', map: 'map-shop', op: 'in', value: ['p-nobody', 'p-unsegmented'] },
      ]),
    );
    expect(r).toEqual({
      ok: false,
      errors: [
        { path: 'steps[0].where[0].value', message: 'No journey map "map-other" in this workspace' },
        { path: 'steps[0].where[1].value[0]', message: 'No persona "p-nobody" in map "map-shop"' },
        {
          path: 'steps[0].where[1].value[1]',
          message: 'Persona "p-unsegmented" has no segment rule, so its persons cannot be told apart',
        },
      ],
    });
  });

  it('does not look up maps of other workspaces', async () => {
    const r = await resolvePersonas(
      maps,
      'ws-2',
      spec([{ on: 'persona', map: 'map-shop', op: 'eq', value: 'p-young-pro' }]),
    );
    expect(r.ok).toBe(false);
  });
});
