import { describe, expect, it } from 'vitest';
import { PathsSpecSchema } from '../../../src/analytics/spec/paths-spec.ts';
import { buildPathsSpec, initialPathsForm, type PathsForm } from './paths-form.ts';

const form = (over: Partial<PathsForm> = {}): PathsForm => ({ ...initialPathsForm(['Signed Up']), ...over });

describe('buildPathsSpec', () => {
  it('starts from the first event name, 5 steps, repeats collapsed', () => {
    expect(form()).toEqual({ by: 'event', anchor: 'start', event: 'Signed Up', steps: 5, collapse: true });
    expect(initialPathsForm([]).event).toBe('');
  });

  it('builds a spec from a start event that the API accepts', () => {
    const built = buildPathsSpec(form({ steps: 4 }));
    expect(built).toEqual({
      ok: true,
      spec: {
        type: 'paths',
        by: 'event',
        start: { event: 'Signed Up' },
        steps: 4,
        collapse: true,
        pathLimit: 20,
        maxNodesPerStep: 10,
      },
    });
    if (built.ok) expect(PathsSpecSchema.safeParse(built.spec).success).toBe(true);
  });

  it('anchors at an end event, or nowhere (then the event is ignored)', () => {
    const end = buildPathsSpec(
      form({ anchor: 'end', event: ' Order Completed ', by: 'page', collapse: false }),
    );
    expect(end.ok && end.spec).toMatchObject({
      by: 'page',
      end: { event: 'Order Completed' },
      collapse: false,
    });
    expect(end.ok && 'start' in end.spec).toBe(false);
    const free = buildPathsSpec(form({ anchor: 'none', event: '' }));
    expect(free.ok && free.spec.start === undefined && free.spec.end === undefined).toBe(true);
    for (const b of [end, free]) if (b.ok) expect(PathsSpecSchema.safeParse(b.spec).success).toBe(true);
  });

  it('says what is missing instead of sending a spec', () => {
    expect(buildPathsSpec(form({ event: '' }))).toEqual({ ok: false, problems: ['eventMissing'] });
    expect(buildPathsSpec(form({ anchor: 'end', event: '', steps: 9 }))).toEqual({
      ok: false,
      problems: ['eventMissing', 'stepsInvalid'],
    });
    expect(buildPathsSpec(form({ steps: 1 })).ok).toBe(false);
    expect(buildPathsSpec(form({ steps: 2.5 })).ok).toBe(false);
    expect(buildPathsSpec(form({ steps: Number.NaN })).ok).toBe(false);
    expect(buildPathsSpec(form({ steps: 8 })).ok).toBe(true);
  });
});
