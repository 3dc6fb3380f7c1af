import { describe, expect, it } from 'vitest';
import { insightScope } from './insight-scope.ts';

const form = { mapId: 'm1', persona: '', from: '', to: '' };

describe('insightScope', () => {
  it('asks about the whole recorded time and everyone when nothing else is chosen', () => {
    expect(insightScope(form)).toEqual({ ok: true, scope: { mapId: 'm1' } });
  });

  it('narrows to one persona', () => {
    expect(insightScope({ ...form, persona: 'p1' })).toEqual({
      ok: true,
      scope: { mapId: 'm1', persona: 'p1' },
    });
  });

  it('counts the "to" day in full: March 1–31 ends at the start of April 1 (spec ranges end exclusive)', () => {
    expect(insightScope({ ...form, from: '2026-03-01', to: '2026-03-31' })).toEqual({
      ok: true,
      scope: { mapId: 'm1', range: { from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' } },
    });
  });

  it('takes a single day as a one-day range', () => {
    const result = insightScope({ ...form, from: '2026-02-28', to: '2026-02-28' });
    expect(result).toEqual({
      ok: true,
      scope: { mapId: 'm1', range: { from: '2026-02-28T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' } },
    });
  });

  it('says what is wrong instead of asking: no map, half a range, dates the wrong way round', () => {
    expect(insightScope({ ...form, mapId: '' })).toEqual({ ok: false, problems: ['noMap'] });
    expect(insightScope({ ...form, from: '2026-03-01' })).toEqual({
      ok: false,
      problems: ['rangeIncomplete'],
    });
    expect(insightScope({ ...form, from: '2026-03-02', to: '2026-03-01' })).toEqual({
      ok: false,
      problems: ['rangeOrder'],
    });
    expect(insightScope({ ...form, from: '2026-13-45', to: '2026-03-01' })).toEqual({
      ok: false,
      problems: ['badDate'],
    });
  });
});
