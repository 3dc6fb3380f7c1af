import { describe, expect, it } from 'vitest';
import { parseQuerySpec } from './query-spec.ts';

describe('parseQuerySpec', () => {
  it('returns the spec with defaults', () => {
    const r = parseQuerySpec({ type: 'funnel', steps: [{ event: 'A' }, { event: 'B' }] });
    expect(r.ok && r.spec.type).toBe('funnel');
  });

  it('names every problem’s field in words', () => {
    expect(parseQuerySpec({ type: 'funnnel' })).toEqual({
      ok: false,
      errors: [
        {
          path: 'type',
          message:
            'Must be one of: funnel, paths, retention, kpi, journey, basket, attribution, painPoints, momentsOfTruth, personaSuggestions, voc',
        },
      ],
    });
    expect(parseQuerySpec([1])).toEqual({
      ok: false,
      errors: [{ path: '(root)', message: 'Must be a JSON object with a "type"' }],
    });
    expect(
      parseQuerySpec({ type: 'funnel', steps: [{ event: 'A' }, { evnt: 'B' }], includePersons: 'yes' }),
    ).toEqual({
      ok: false,
      errors: [
        { path: 'steps[1].event', message: 'Is required' },
        { path: 'steps[1].evnt', message: 'Unknown field "evnt"' },
        { path: 'includePersons', message: 'Must be a boolean' },
      ],
    });
  });
});
