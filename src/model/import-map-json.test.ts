import { describe, expect, it } from 'vitest';
import { createMapFromTemplate } from './create-map-from-template.ts';
import { exampleMap } from './example-map.ts';
import { exportMapJson } from './export-map-json.ts';
import { importMapJson } from './import-map-json.ts';
import type { JourneyMap } from './journey-map.ts';

const exampleText = () => exportMapJson(exampleMap());

/** The example map's JSON with one change made to the parsed object. */
type MapData = Omit<JourneyMap, 'schemaVersion'> & { schemaVersion?: unknown; [field: string]: unknown };
function edited(change: (data: MapData) => void): string {
  const data = JSON.parse(exampleText());
  change(data);
  return JSON.stringify(data);
}

describe('importMapJson round-trip', () => {
  const maps = {
    example: exampleMap(),
    'five_stage pl': createMapFromTemplate({ template: 'five_stage', locale: 'pl', workspaceId: 'w' }),
    'five_a en': createMapFromTemplate({
      template: 'five_a',
      locale: 'en',
      workspaceId: 'w',
      kind: 'future_state',
    }),
  };

  it.each(Object.entries(maps))('import(export(m)) equals m: %s', (_name, map) => {
    const result = importMapJson(exportMapJson(map));
    expect(result).toStrictEqual({ ok: true, map });
  });

  it.each(Object.entries(maps))('export(import(text)) is the same text: %s', (_name, map) => {
    const text = exportMapJson(map);
    const result = importMapJson(text);
    if (!result.ok) throw new Error(result.error.message);
    expect(exportMapJson(result.map)).toBe(text);
  });
});

describe('importMapJson errors', () => {
  it('rejects text that is not JSON, saying why', () => {
    const result = importMapJson('{"schemaVersion": 1,');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_json');
    expect(result.error.message).toMatch(/^The file is not valid JSON: .+/);
  });

  it.each(['[]', 'null', '"map"', '42'])('rejects JSON that is not an object: %s', (text) => {
    expect(importMapJson(text)).toEqual({
      ok: false,
      error: { code: 'not_a_map', message: 'Expected a journey map: a JSON object with a schemaVersion' },
    });
  });

  it('rejects a map from a newer version before looking at its fields', () => {
    const text = edited((d) => {
      d.schemaVersion = 2;
      d.swimlanes = [];
    });
    expect(importMapJson(text)).toEqual({
      ok: false,
      error: {
        code: 'newer_schema_version',
        path: 'schemaVersion',
        message:
          'This map was made by a newer version of Journeylens (schema version 2); this version reads up to 1. ' +
          'Update Journeylens to import it.',
      },
    });
  });

  it('rejects a missing schemaVersion', () => {
    const result = importMapJson(
      edited((d) => {
        delete d.schemaVersion;
      }),
    );
    expect(result.ok || result.error).toMatchObject({ code: 'invalid_map', path: 'schemaVersion' });
  });

  it('rejects an unknown field, naming it', () => {
    const result = importMapJson(edited((d) => Object.assign(d.stages[1]!, { nmae: 'Consideration' })));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_map',
        path: 'stages[1].nmae',
        message: 'stages[1].nmae: Unknown field "nmae"',
        issues: [{ path: 'stages[1].nmae', message: 'Unknown field "nmae"' }],
      },
    });
  });

  it('rejects a lane item in a stage that does not exist', () => {
    const result = importMapJson(
      edited((d) => {
        d.laneItems[4]!.stageId = 's-retention';
      }),
    );
    expect(result.ok || result.error).toMatchObject({
      code: 'invalid_map',
      path: 'laneItems[4].stageId',
      message: 'laneItems[4].stageId: Unknown stage "s-retention": no entry in stages has this id',
    });
  });

  it('counts the further problems in the message and lists them all', () => {
    const result = importMapJson(
      edited((d) => {
        d.name = '';
        d.revision = -1;
        d.touchpoints[0]!.stageId = 'nope';
      }),
    );
    if (result.ok) throw new Error('expected failure');
    expect(result.error.message).toBe('name: Must not be blank (and 2 more)');
    expect(result.error.issues?.map((i) => i.path)).toEqual(['name', 'revision', 'touchpoints[0].stageId']);
  });

  it('rejects input over the byte limit, counting UTF-8 bytes', () => {
    const text = exampleText();
    expect(importMapJson(text, { maxBytes: text.length - 1 }).ok).toBe(false);
    expect(importMapJson(text, { maxBytes: text.length + 100 }).ok).toBe(true);
    // 2,000 characters of "ś" are 4,000 bytes in UTF-8.
    const polish = JSON.stringify({ schemaVersion: 1, name: 'ś'.repeat(2_000) });
    expect(importMapJson(polish, { maxBytes: 3_000 })).toEqual({
      ok: false,
      error: { code: 'too_large', message: 'The file is larger than the limit of 3000 bytes' },
    });
  });

  it('has a default limit of 5 MiB', () => {
    const huge = `{"schemaVersion": 1, "description": "${'x'.repeat(5 * 1024 * 1024)}"}`;
    const result = importMapJson(huge);
    expect(result.ok || result.error).toMatchObject({ code: 'too_large' });
  });

  it('drops a __proto__ label instead of letting it replace a prototype', () => {
    const text = exampleText().replace(
      '"device": "iPhone"',
      '"__proto__": {"polluted": "yes"}, "device": "iPhone"',
    );
    expect(text).toContain('__proto__');
    const result = importMapJson(text);
    if (!result.ok) throw new Error(result.error.message);
    const extra = result.map.personas[0]?.demographics.extra;
    expect(Object.getPrototypeOf(extra)).toBe(Object.prototype);
    expect(extra).toEqual({ device: 'iPhone', household: 'Lives with partner' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
