import { describe, expect, it } from 'vitest';
import { exportMapJson } from '../../../../src/model/index.ts';
import { threeStageMap } from '../edit/three-stage-map.fixture.ts';
import { checkImportFile, MAX_IMPORT_BYTES } from './check-import.ts';

const exported = exportMapJson(threeStageMap());

describe('checkImportFile', () => {
  it('accepts a file exported by Journeylens, giving back the same map', () => {
    const result = checkImportFile(exported, exported.length);
    expect(result).toEqual({ ok: true, map: threeStageMap() });
  });

  it('refuses a file over 2 MiB by its size alone, before reading it', () => {
    const result = checkImportFile(null, MAX_IMPORT_BYTES + 1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe('too_large');
    // 2 MiB exactly is still accepted as to size.
    expect(checkImportFile(exported, 2 * 1024 * 1024).ok).toBe(true);
  });

  it('says when the file is not JSON, or JSON that is not a map', () => {
    const notJson = checkImportFile('stage,lane\nAwareness,goal', 26);
    expect(!notJson.ok && notJson.problem.code).toBe('invalid_json');
    const notMap = checkImportFile('[1, 2, 3]', 9);
    expect(!notMap.ok && notMap.problem.code).toBe('not_a_map');
  });

  it('names a newer schema version as such, not as a broken file', () => {
    const newer = JSON.stringify({ ...JSON.parse(exported), schemaVersion: 2, somethingNew: true });
    const result = checkImportFile(newer, newer.length);
    expect(!result.ok && result.problem.code).toBe('newer_schema_version');
  });

  it('points at the first problem of an invalid map and counts them', () => {
    const map = JSON.parse(exported);
    map.stages[1].name = '   ';
    map.touchpoints[0].channel = 'carrier pigeon';
    const text = JSON.stringify(map);
    const result = checkImportFile(text, text.length);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe('invalid_map');
    expect(result.problem.count).toBe(2);
    expect(['stages[1].name', 'touchpoints[0].channel']).toContain(result.problem.path);
  });
});
