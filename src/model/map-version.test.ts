import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { exampleMap } from './example-map.ts';
import { formatIssues } from './format-issue.ts';
import { sequentialIds } from './id.ts';
import { createMapVersion, MapVersionSchema } from './map-version.ts';

const author = { id: 'u-ola', name: 'Ola Nowak' };

describe('createMapVersion', () => {
  it('snapshots the map with the given number, author and time', () => {
    const map = exampleMap();
    const version = createMapVersion({
      map,
      number: 4,
      author,
      message: 'Added checkout pain points',
      now: new Date(Date.UTC(2025, 3, 1, 12)),
      idGenerator: sequentialIds('v'),
    });
    expect(version).toEqual({
      id: 'v-1',
      mapId: 'map-shop',
      number: 4,
      author: { id: 'u-ola', name: 'Ola Nowak' },
      createdAt: '2025-04-01T12:00:00.000Z',
      message: 'Added checkout pain points',
      map: exampleMap(),
    });
  });

  it('is unaffected by later edits to the live map and cannot itself be changed', () => {
    const map = exampleMap();
    const version = createMapVersion({ map, number: 1, author });
    map.stages[0]!.name = 'Renamed';
    expect(version.map.stages[0]!.name).toBe('Awareness');
    expect(Object.isFrozen(version.map.stages[0])).toBe(true);
    expect(() => {
      version.map.stages.push({ id: 's-new', name: 'New' });
    }).toThrow(TypeError);
    expect(version.message).toBe('');
  });

  it('refuses to snapshot an invalid map', () => {
    const map = exampleMap();
    map.touchpoints[0]!.stageId = 's-gone';
    expect(() => createMapVersion({ map, number: 1, author })).toThrow(ZodError);
    const error = (() => {
      try {
        createMapVersion({ map, number: 1, author });
      } catch (err) {
        return err as ZodError;
      }
    })();
    expect(formatIssues(error?.issues ?? [])).toEqual([
      {
        path: 'map.touchpoints[0].stageId',
        message: 'Unknown stage "s-gone": no entry in stages has this id',
      },
    ]);
  });
});

describe('MapVersionSchema', () => {
  const version = {
    id: 'v1',
    mapId: 'map-shop',
    number: 1,
    author,
    createdAt: '2025-04-01T12:00:00.000Z',
    message: '',
    map: exampleMap(),
  };

  it('accepts a stored version', () => {
    expect(MapVersionSchema.parse(version)).toEqual(version);
  });

  it('requires the snapshot to be of the same map', () => {
    const issues = formatIssues(
      MapVersionSchema.safeParse({ ...version, mapId: 'other' }).error?.issues ?? [],
    );
    expect(issues).toEqual([
      { path: 'map.id', message: 'Snapshot is of map "map-shop" but the version belongs to map "other"' },
    ]);
  });

  it('names nested map errors under map', () => {
    const bad = { ...version, number: 0, map: { ...version.map, revision: 'x' } };
    expect(formatIssues(MapVersionSchema.safeParse(bad).error?.issues ?? []).map((i) => i.path)).toEqual([
      'number',
      'map.revision',
    ]);
  });
});
