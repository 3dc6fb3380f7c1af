import { describe, expect, it } from 'vitest';
import { exampleMap } from './example-map.ts';
import { formatIssues } from './format-issue.ts';
import { type JourneyMap, JourneyMapSchema } from './journey-map.ts';

const issuesOf = (input: unknown) => formatIssues(JourneyMapSchema.safeParse(input).error?.issues ?? []);

describe('JourneyMapSchema', () => {
  it('accepts the example map unchanged', () => {
    const map = exampleMap();
    expect(JourneyMapSchema.parse(map)).toStrictEqual(map);
  });

  it('accepts an empty future-state map in Polish', () => {
    const map: JourneyMap = {
      ...exampleMap(),
      kind: 'future_state',
      locale: 'pl',
      personas: [],
      stages: [],
      touchpoints: [],
      laneItems: [],
    };
    expect(JourneyMapSchema.safeParse(map).success).toBe(true);
  });

  it('rejects unknown versions, kinds, locales and revisions, naming each field', () => {
    const bad = { ...exampleMap(), schemaVersion: 0, kind: 'ideal', locale: 'de', revision: 0 };
    expect(issuesOf(bad).map((i) => i.path)).toEqual(['schemaVersion', 'kind', 'locale', 'revision']);
    expect(issuesOf(bad)[0]?.message).toBe('Unsupported schema version: expected 1');
  });

  it('names the nested path of an invalid lane item', () => {
    const map = exampleMap();
    const bad = {
      ...map,
      laneItems: [...map.laneItems, { id: 'x', lane: 'emotion', stageId: 's-purchase', score: 5 }],
    };
    expect(issuesOf(bad).map((i) => i.path)).toEqual([`laneItems[${map.laneItems.length}].score`]);
  });

  it('rejects a touchpoint in a stage that does not exist', () => {
    const map = exampleMap();
    map.touchpoints[1] = { ...map.touchpoints[1]!, stageId: 's-gone' };
    expect(issuesOf(map)).toEqual([
      { path: 'touchpoints[1].stageId', message: 'Unknown stage "s-gone": no entry in stages has this id' },
    ]);
  });

  it('rejects duplicate stage ids, pointing at the second use', () => {
    const map = exampleMap();
    map.stages.push({ id: 's-awareness', name: 'Awareness again' });
    expect(issuesOf(map)).toEqual([
      { path: 'stages[3].id', message: 'Duplicate stage id "s-awareness": stages[0] already uses it' },
    ]);
  });

  it('reports cross-reference problems together with unknown fields', () => {
    const map = exampleMap();
    const bad = { ...map, stages: [{ ...map.stages[0]!, colour: 'red' }, ...map.stages.slice(1)] };
    bad.laneItems = [{ id: 'q', lane: 'goal', stageId: 'nowhere', text: 'Lost' }];
    expect(issuesOf(bad).map((i) => i.path)).toEqual(['stages[0].colour', 'laneItems[0].stageId']);
  });
});
