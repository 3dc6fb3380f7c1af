import { describe, expect, it } from 'vitest';
import {
  buildKpiSpec,
  initialKpiForm,
  KPI_KINDS,
  KPI_VALUE_KIND,
  type KpiForm,
  kpiKindOf,
} from './kpi-form.ts';

const form = (patch: Partial<KpiForm>): KpiForm => ({
  ...initialKpiForm(['Viewed', 'Bought'], 'UTC'),
  ...patch,
});

describe('buildKpiSpec', () => {
  it('asks for a bare metric when it needs no settings', () => {
    expect(buildKpiSpec(form({ metric: 'nps' }))).toEqual({
      ok: true,
      spec: { type: 'kpi', metric: 'nps', timezone: 'UTC' },
    });
  });

  it('gives the conversion rate its two events, a channel breakdown and weekly buckets', () => {
    const result = buildKpiSpec(
      form({
        metric: 'conversion_rate',
        breakdown: { on: 'channel' },
        interval: 'week',
        timezone: 'Europe/Warsaw',
      }),
    );
    expect(result).toEqual({
      ok: true,
      spec: {
        type: 'kpi',
        metric: { kind: 'conversion_rate', from: { event: 'Viewed' }, to: { event: 'Bought' } },
        breakdown: { on: 'field', name: 'channel' },
        interval: { unit: 'week' },
        timezone: 'Europe/Warsaw',
      },
    });
  });

  it('breaks down by the personas of a chosen map', () => {
    const result = buildKpiSpec(form({ breakdown: { on: 'persona', mapId: 'm1' } }));
    expect(result.ok && result.spec.breakdown).toEqual({ on: 'persona', map: 'm1' });
  });

  it('says what is missing instead of asking the API', () => {
    expect(buildKpiSpec(form({ metric: 'conversion_rate', to: '' }))).toEqual({
      ok: false,
      problems: ['eventsMissing'],
    });
    expect(buildKpiSpec(form({ metric: 'conversion_rate', to: 'Viewed' }))).toEqual({
      ok: false,
      problems: ['sameEvents'],
    });
    expect(buildKpiSpec(form({ breakdown: { on: 'persona', mapId: '' } }))).toEqual({
      ok: false,
      problems: ['mapMissing'],
    });
  });
});

describe('KPI value kinds', () => {
  it('covers every metric the API has', () => {
    for (const kind of KPI_KINDS) expect(KPI_VALUE_KIND[kind], kind).toBeDefined();
  });

  it('reads the kind of a bare or configured metric', () => {
    expect(kpiKindOf('revenue')).toBe('revenue');
    expect(kpiKindOf({ kind: 'conversion_rate', from: { event: 'a' }, to: { event: 'b' } })).toBe(
      'conversion_rate',
    );
  });
});
