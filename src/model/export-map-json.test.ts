import { describe, expect, it } from 'vitest';
import { createMapFromTemplate } from './create-map-from-template.ts';
import { exampleMap } from './example-map.ts';
import { exportMapJson } from './export-map-json.ts';
import { sequentialIds } from './id.ts';

/** Same content, every object's keys inserted in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}

describe('exportMapJson', () => {
  it('writes pretty JSON with schemaVersion first and a trailing newline', () => {
    const map = createMapFromTemplate({
      template: 'path_to_purchase',
      locale: 'pl',
      workspaceId: 'ws-1',
      name: 'Sklep',
      now: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)),
      idGenerator: sequentialIds('m'),
    });
    map.stages = map.stages.slice(2, 3); // keep the expected text short
    expect(exportMapJson(map)).toBe(`{
  "schemaVersion": 1,
  "id": "m-1",
  "workspaceId": "ws-1",
  "name": "Sklep",
  "kind": "current_state",
  "locale": "pl",
  "personas": [],
  "stages": [
    {
      "id": "m-4",
      "name": "Zakup",
      "description": "Klient podejmuje decyzję i kupuje: koszyk, płatność i dostawa, online lub w sklepie.",
      "templateKey": "purchase"
    }
  ],
  "touchpoints": [],
  "laneItems": [],
  "createdAt": "2025-01-02T03:04:05.000Z",
  "updatedAt": "2025-01-02T03:04:05.000Z",
  "revision": 1
}
`);
  });

  it('gives the same text whatever order the keys were added in', () => {
    const map = exampleMap();
    const shuffled = reverseKeys(map) as typeof map;
    expect(Object.keys(shuffled)[0]).toBe('revision');
    expect(exportMapJson(shuffled)).toBe(exportMapJson(map));
  });

  it('sorts free-form demographic labels', () => {
    const map = exampleMap();
    map.personas[0]!.demographics.extra = { zodiac: 'Leo', device: 'Android', budget: 'low' };
    const text = exportMapJson(map);
    expect(text.indexOf('"budget"')).toBeLessThan(text.indexOf('"device"'));
    expect(text.indexOf('"device"')).toBeLessThan(text.indexOf('"zodiac"'));
  });

  it('refuses to export a map that could not be imported again', () => {
    const map = exampleMap();
    map.laneItems[0]!.stageId = 's-gone';
    expect(() => exportMapJson(map)).toThrow(
      'Cannot export an invalid map: laneItems[0].stageId: Unknown stage "s-gone": no entry in stages has this id',
    );
  });
});

describe('a future-state map’s link to its current state', () => {
  it('survives export and import, and must be an id', async () => {
    const { importMapJson } = await import('./import-map-json.ts');
    const future = { ...exampleMap(), kind: 'future_state' as const, currentStateMapId: 'map-shop-today' };
    const back = importMapJson(exportMapJson(future));
    expect(back.ok && back.map.currentStateMapId).toBe('map-shop-today');
    const bad = importMapJson(JSON.stringify({ ...future, currentStateMapId: 'not an id!' }));
    expect(!bad.ok && bad.error.path).toBe('currentStateMapId');
  });
});
