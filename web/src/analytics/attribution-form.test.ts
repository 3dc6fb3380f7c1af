import { describe, expect, it } from 'vitest';
import { AttributionSpecSchema } from '../../../src/analytics/spec/attribution-spec.ts';
import type { EventNameStat } from '../api/types.ts';
import {
  type AttributionForm,
  buildAttributionSpec,
  initialAttributionForm,
  touchPropertyChoices,
} from './attribution-form.ts';

const EVENTS: EventNameStat[] = [
  { event: '$page', count: 2000, properties: ['path', 'utm_source', 'referrer'] },
  { event: 'Order Completed', count: 148, properties: ['order_id', 'revenue', 'products'] },
  { event: 'Ad Clicked', count: 111, properties: ['utm_campaign', 'ad_platform'] },
];

const form = (patch: Partial<AttributionForm>): AttributionForm => ({
  ...initialAttributionForm(EVENTS),
  ...patch,
});

describe('initialAttributionForm', () => {
  it('starts on Order Completed with its revenue, touches by channel over 30 days, every model', () => {
    const f = initialAttributionForm(EVENTS);
    expect(f.conversion).toBe('Order Completed');
    expect(f.valueProperty).toBe('revenue');
    expect(f.touch).toBe('channel');
    expect([f.lookbackValue, f.lookbackUnit]).toEqual([30, 'day']);
    expect(f.models).toHaveLength(8);
    expect(f.bootstrap).toBe(true);
  });

  it('falls back to the commonest event, with the API default value, when there is no Order Completed', () => {
    const f = initialAttributionForm([EVENTS[0]!, EVENTS[2]!]);
    expect(f.conversion).toBe('$page');
    expect(f.valueProperty).toBe('');
  });
});

describe('buildAttributionSpec', () => {
  it('turns the default form into a spec the API accepts', () => {
    const built = buildAttributionSpec(form({}));
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.spec).toMatchObject({
      type: 'attribution',
      conversion: { event: 'Order Completed' },
      touch: { by: 'channel' },
      lookback: { value: 30, unit: 'day' },
      valueProperties: ['revenue'],
      order: 1,
      bootstrap: { iterations: 100 },
    });
    expect(AttributionSpecSchema.safeParse(built.spec).success).toBe(true);
  });

  it('asks for a campaign field as a campaign touch, which the API accepts', () => {
    const built = buildAttributionSpec(form({ touch: 'campaign', campaignField: 'medium' }));
    expect(built.ok && built.spec.touch).toEqual({ by: 'campaign', field: 'medium' });
    expect(built.ok && AttributionSpecSchema.safeParse(built.spec).success).toBe(true);
  });

  it('names the touch property, keeps models in the API order and turns bootstrap off', () => {
    const built = buildAttributionSpec(
      form({
        touch: 'property',
        touchProperty: ' utm_source ',
        models: ['shapley', 'markov', 'last_touch'],
        order: 3,
        bootstrap: false,
        lookbackValue: 2,
        lookbackUnit: 'week',
      }),
    );
    expect(built).toEqual({
      ok: true,
      spec: {
        type: 'attribution',
        conversion: { event: 'Order Completed' },
        touch: { by: 'property', name: 'utm_source' },
        lookback: { value: 2, unit: 'week' },
        models: ['last_touch', 'markov', 'shapley'],
        valueProperties: ['revenue'],
        order: 3,
        bootstrap: { iterations: 0 },
      },
    });
  });

  it('leaves Markov order and bootstrap out when no data-driven model is compared', () => {
    const built = buildAttributionSpec(form({ models: ['linear'], valueProperty: '' }));
    expect(built.ok && built.spec).toEqual({
      type: 'attribution',
      conversion: { event: 'Order Completed' },
      touch: { by: 'channel' },
      lookback: { value: 30, unit: 'day' },
      models: ['linear'],
    });
  });

  it('binds touchpoints to the chosen map', () => {
    const built = buildAttributionSpec(form({ touch: 'touchpoint', mapId: 'demo-11-en' }));
    expect(built.ok && built.spec.touch).toEqual({ by: 'touchpoint', mapId: 'demo-11-en' });
  });

  it('says everything that is missing at once', () => {
    expect(
      buildAttributionSpec(form({ conversion: '', touch: 'property', touchProperty: ' ', models: [] })),
    ).toEqual({ ok: false, problems: ['conversionMissing', 'propertyMissing', 'modelsMissing'] });
    expect(buildAttributionSpec(form({ touch: 'touchpoint', mapId: '' }))).toEqual({
      ok: false,
      problems: ['mapMissing'],
    });
  });

  it('refuses a lookback that is empty, fractional, zero or longer than the API allows (366 days)', () => {
    for (const [value, unit] of [
      [Number.NaN, 'day'],
      [1.5, 'day'],
      [0, 'hour'],
      [367, 'day'],
      [53, 'week'], // 371 days
    ] as const) {
      expect(
        buildAttributionSpec(form({ lookbackValue: value, lookbackUnit: unit })),
        `${value} ${unit}`,
      ).toEqual({
        ok: false,
        problems: ['lookbackInvalid'],
      });
    }
    expect(buildAttributionSpec(form({ lookbackValue: 366, lookbackUnit: 'day' })).ok).toBe(true);
    expect(buildAttributionSpec(form({ lookbackValue: 8784, lookbackUnit: 'hour' })).ok).toBe(true);
  });
});

describe('touchPropertyChoices', () => {
  it('offers campaign properties first, then the rest alphabetically, each once', () => {
    expect(touchPropertyChoices(EVENTS)).toEqual([
      'utm_source',
      'utm_campaign',
      'ad_platform',
      'order_id',
      'path',
      'products',
      'referrer',
      'revenue',
    ]);
  });
});
