import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../model/format-issue.ts';
import { PathsSpecSchema, sessionGapSeconds } from './paths-spec.ts';
import { parseQuerySpec } from './query-spec.ts';

const errors = (input: Record<string, unknown>) => {
  const r = PathsSpecSchema.safeParse({ type: 'paths', ...input });
  return r.success ? [] : formatIssues(r.error.issues);
};

describe('PathsSpecSchema', () => {
  it('fills in the defaults: events, 5 steps, per person, nothing collapsed or grouped, top 20', () => {
    expect(PathsSpecSchema.parse({ type: 'paths' })).toEqual({
      type: 'paths',
      by: 'event',
      steps: 5,
      sessions: false,
      sessionGap: { value: 30, unit: 'minute' },
      exclude: [],
      collapse: false,
      minNodeShare: 0,
      pathLimit: 20,
      where: [],
    });
    expect(sessionGapSeconds(PathsSpecSchema.parse({ type: 'paths' }))).toBe(1_800);
  });

  it('gives anchors an empty where', () => {
    expect(PathsSpecSchema.parse({ type: 'paths', start: { event: 'Signed Up' } }).start).toEqual({
      event: 'Signed Up',
      where: [],
    });
  });

  it('checks by, steps and the limits', () => {
    expect(errors({ by: 'url' })).toEqual([
      { path: 'by', message: 'Must be one of: event, page, touchpoint, stage' },
    ]);
    expect(errors({ steps: 1 })).toEqual([{ path: 'steps', message: 'Must be at least 2' }]);
    expect(errors({ steps: 21 })).toEqual([{ path: 'steps', message: 'Must be at most 20' }]);
    expect(errors({ steps: 2.5 })).toEqual([{ path: 'steps', message: 'Must be a whole number' }]);
    expect(errors({ minNodeShare: 1.5 })).toEqual([{ path: 'minNodeShare', message: 'Must be at most 1' }]);
    expect(errors({ pathLimit: 1001 })).toEqual([{ path: 'pathLimit', message: 'Must be at most 1000' }]);
    expect(errors({ sessionGap: { value: 2, unit: 'day' } })).toEqual([
      { path: 'sessionGap.value', message: 'Must be at most 1 day' },
    ]);
    expect(errors({ include: [] })).toEqual([{ path: 'include', message: 'List must not be empty' }]);
    expect(errors({ colapse: true })).toEqual([{ path: 'colapse', message: 'Unknown field "colapse"' }]);
  });

  it('needs a map for touchpoint and stage paths, and only for them', () => {
    expect(errors({ by: 'touchpoint' })).toEqual([
      { path: 'mapId', message: 'Is required with by "touchpoint": name the journey map' },
    ]);
    expect(errors({ by: 'stage', mapId: 'map-shop' })).toEqual([]);
    expect(errors({ by: 'page', mapId: 'map-shop' })).toEqual([
      { path: 'mapId', message: 'Is only used with by "touchpoint" or "stage"' },
    ]);
  });

  it('refuses contradictions between anchors, steps, include and exclude', () => {
    expect(errors({ start: { event: 'A' }, end: { event: 'B' }, steps: 2 })).toEqual([
      { path: 'steps', message: 'Must be at least 3 with both start and end' },
    ]);
    expect(errors({ end: { event: 'X' }, exclude: ['X'] })).toEqual([
      { path: 'end.event', message: 'Must not be an excluded event (X)' },
    ]);
    expect(errors({ include: ['A', 'B'], exclude: ['C', 'B'] })).toEqual([
      { path: 'exclude[1]', message: 'Must not also be included (B)' },
    ]);
  });

  it('is part of the query spec union', () => {
    const parsed = parseQuerySpec({ type: 'paths', by: 'page', steps: 4 });
    expect(parsed.ok && parsed.spec.type === 'paths' && parsed.spec.steps).toBe(4);
    expect(parseQuerySpec({ type: 'paths', steps: 'four' })).toEqual({
      ok: false,
      errors: [{ path: 'steps', message: 'Must be a whole number' }],
    });
  });
});
