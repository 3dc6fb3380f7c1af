import { describe, expect, it } from 'vitest';
import { VocSpecSchema } from '../../../src/analytics/spec/voc-spec.ts';
import { breakdownNeedsMap, buildVocSpec, initialVocForm, type VocForm } from './voc-form.ts';

const form = (patch: Partial<VocForm>): VocForm => ({ ...initialVocForm('Europe/Warsaw'), ...patch });

describe('buildVocSpec', () => {
  it('starts with every score, weekly, by channel (which needs no map)', () => {
    const built = buildVocSpec(form({}));
    expect(built).toEqual({
      ok: true,
      spec: { type: 'voc', by: 'channel', interval: { unit: 'week' }, timezone: 'Europe/Warsaw' },
    });
    expect(built.ok && VocSpecSchema.safeParse(built.spec).success).toBe(true);
  });

  it('asks for a map for stages and personas, and says so when none is chosen', () => {
    expect(buildVocSpec(form({ by: 'stage', mapId: '' }))).toEqual({ ok: false, problems: ['mapMissing'] });
    expect(buildVocSpec(form({ by: 'persona', mapId: 'm1', interval: 'none' }))).toEqual({
      ok: true,
      spec: { type: 'voc', by: 'persona', mapId: 'm1', timezone: 'Europe/Warsaw' },
    });
  });

  it('groups touchpoints by a map when one is chosen, else as sent', () => {
    expect(buildVocSpec(form({ by: 'touchpoint', mapId: '' }))).toMatchObject({
      ok: true,
      spec: { by: 'touchpoint' },
    });
    const withMap = buildVocSpec(form({ by: 'touchpoint', mapId: 'm1' }));
    expect(withMap.ok && withMap.spec.mapId).toBe('m1');
  });

  it('sends no map with a channel breakdown or none, even if one was picked before', () => {
    const built = buildVocSpec(form({ by: 'none', mapId: 'm1', interval: 'month' }));
    expect(built).toEqual({
      ok: true,
      spec: { type: 'voc', interval: { unit: 'month' }, timezone: 'Europe/Warsaw' },
    });
  });
});

describe('breakdownNeedsMap', () => {
  it('follows the spec: stage and persona need mapId, touchpoint may use it', () => {
    expect(
      ['none', 'touchpoint', 'stage', 'channel', 'persona'].map((b) => breakdownNeedsMap(b as VocForm['by'])),
    ).toEqual(['no', 'optional', 'required', 'no', 'required']);
  });
});
