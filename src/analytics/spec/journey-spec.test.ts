import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../model/format-issue.ts';
import { JourneySpecSchema, specPersonas } from './journey-spec.ts';
import { parseQuerySpec } from './query-spec.ts';

const errors = (input: Record<string, unknown>) => {
  const r = JourneySpecSchema.safeParse({ type: 'journey', mapId: 'map-shop', ...input });
  return r.success ? [] : formatIssues(r.error.issues);
};

describe('JourneySpecSchema', () => {
  it('needs only the map; no window means no time limit', () => {
    expect(JourneySpecSchema.parse({ type: 'journey', mapId: 'map-shop' })).toEqual({
      type: 'journey',
      mapId: 'map-shop',
      where: [],
    });
  });

  it('is part of the query spec union', () => {
    const r = parseQuerySpec({ type: 'journey', mapId: 'map-shop', window: { value: 30, unit: 'day' } });
    expect(r.ok && r.spec).toEqual({
      type: 'journey',
      mapId: 'map-shop',
      window: { value: 30, unit: 'day' },
      where: [],
    });
    expect(parseQuerySpec({ type: 'journey' })).toEqual({
      ok: false,
      errors: [{ path: 'mapId', message: 'Is required' }],
    });
  });

  it('checks the map id, range, window and persona', () => {
    expect(errors({ mapId: "x'; DROP TABLE maps; --" })).toEqual([
      { path: 'mapId', message: 'Id may contain only letters, digits, "_" and "-"' },
    ]);
    expect(errors({ range: { from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' } })).toEqual([
      { path: 'range.to', message: 'Must be later than from' },
    ]);
    expect(errors({ window: { value: 2, unit: 'month' } })).toEqual([
      { path: 'window.unit', message: 'Must be one of: second, minute, hour, day, week' },
    ]);
    expect(errors({ persona: [] })).toEqual([{ path: 'persona', message: 'List must not be empty' }]);
    expect(errors({ persona: 7 })).toEqual([
      { path: 'persona', message: 'Must be a persona id of the map, or a list of them' },
    ]);
    expect(errors({ steps: [] })).toEqual([{ path: 'steps', message: 'Unknown field "steps"' }]);
  });

  it('lists the personas a spec names', () => {
    expect(specPersonas({})).toEqual([]);
    expect(specPersonas({ persona: 'p-1' })).toEqual(['p-1']);
    expect(specPersonas({ persona: ['p-1', 'p-2'] })).toEqual(['p-1', 'p-2']);
  });
});
