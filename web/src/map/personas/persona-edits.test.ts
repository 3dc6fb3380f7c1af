import { describe, expect, it } from 'vitest';
import type { Persona } from '../../../../src/model/index.ts';
import { threeStageMap } from '../edit/three-stage-map.fixture.ts';
import { addPersona, deletePersona, measurablePersonas, updatePersona } from './persona-edits.ts';

const persona = (id: string, withRule = false): Persona => ({
  id,
  name: `Persona ${id}`,
  emoji: '🙂',
  demographics: {},
  goals: [],
  frustrations: [],
  preferredChannels: [],
  ...(withRule && { segment: { match: 'all', conditions: [{ trait: 'hint', op: 'eq', value: id }] } }),
});

describe('persona edits', () => {
  it('adds at the end, replaces in place and deletes', () => {
    const one = addPersona(addPersona(threeStageMap(), persona('a')), persona('b'));
    expect(one.personas.map((p) => p.id)).toEqual(['a', 'b']);
    const renamed = updatePersona(one, { ...persona('a'), name: 'Renamed' });
    expect(renamed.personas.map((p) => p.name)).toEqual(['Renamed', 'Persona b']);
    expect(deletePersona(renamed, 'a').personas.map((p) => p.id)).toEqual(['b']);
  });

  it('leaves the map as it is (same object) when there is nothing to do', () => {
    const map = addPersona(threeStageMap(), persona('a'));
    expect(addPersona(map, persona('a'))).toBe(map); // id taken
    expect(updatePersona(map, persona('zz'))).toBe(map);
    expect(deletePersona(map, 'zz')).toBe(map);
  });

  it('offers only personas with a segment rule as live-number filters', () => {
    expect(measurablePersonas([persona('a'), persona('b', true)]).map((p) => p.id)).toEqual(['b']);
  });
});
