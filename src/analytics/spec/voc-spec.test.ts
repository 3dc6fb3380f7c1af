import { describe, expect, it } from 'vitest';
import { parseQuerySpec } from './query-spec.ts';

const errorsOf = (input: unknown) => {
  const parsed = parseQuerySpec(input);
  return parsed.ok ? [] : parsed.errors;
};

describe('voc spec', () => {
  it('fills in every default', () => {
    const parsed = parseQuerySpec({ type: 'voc' });
    expect(parsed.ok && parsed.spec).toMatchObject({
      type: 'voc',
      metrics: ['nps', 'csat', 'ces'],
      limit: 20,
      timezone: 'UTC',
      ces: { min: 1, max: 7 },
      confidence: 0.95,
      textLimit: 5000,
      sentiment: true,
      themes: { max: 10, minSize: 2, examples: 3 },
    });
  });

  it('names the field of each mistake', () => {
    expect(errorsOf({ type: 'voc', metrics: ['nps', 'eNPS'] })).toEqual([
      { path: 'metrics[1]', message: 'Must be one of: nps, csat, ces' },
    ]);
    expect(errorsOf({ type: 'voc', metrics: ['nps', 'nps'] })).toEqual([
      { path: 'metrics', message: 'Must not name a metric twice' },
    ]);
    expect(errorsOf({ type: 'voc', by: 'region' })).toEqual([
      { path: 'by', message: 'Must be one of: touchpoint, stage, channel, persona' },
    ]);
    expect(errorsOf({ type: 'voc', by: 'persona' })).toEqual([
      { path: 'mapId', message: 'Is required to group by persona' },
    ]);
    expect(errorsOf({ type: 'voc', confidence: 1.5 })).toEqual([
      { path: 'confidence', message: 'Must be below 1' },
    ]);
    expect(errorsOf({ type: 'voc', ces: { min: 5, max: 1 } })).toEqual([
      { path: 'ces.max', message: 'Must have min below max' },
    ]);
    expect(errorsOf({ type: 'voc', textLimit: 0 })).toEqual([
      { path: 'textLimit', message: 'Must be at least 1' },
    ]);
    expect(errorsOf({ type: 'voc', texts: [{ event: 'Review Submitted' }] })).toEqual([
      {
        path: 'texts[0].property',
        message: 'Must be a key name or a list of keys (a path into nested objects)',
      },
    ]);
    expect(errorsOf({ type: 'voc', themes: { max: 0 } })).toEqual([
      { path: 'themes.max', message: 'Must be at least 1' },
    ]);
    expect(errorsOf({ type: 'voc', colour: 'red' }).map((e) => e.path)).toEqual(['colour']);
  });
});
