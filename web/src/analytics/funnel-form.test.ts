import { describe, expect, it } from 'vitest';
import { FunnelSpecSchema } from '../../../src/analytics/spec/funnel-spec.ts';
import {
  addStep,
  buildFunnelSpec,
  type FunnelForm,
  initialFunnelForm,
  MAX_STEPS,
  moveStep,
  removeStep,
  setStep,
} from './funnel-form.ts';

const form = (over: Partial<FunnelForm> = {}): FunnelForm => ({
  ...initialFunnelForm(['Product Viewed', 'Order Completed'], 'Europe/Warsaw'),
  ...over,
});

describe('funnel form operations', () => {
  it('starts from the first two event names and the API defaults', () => {
    expect(form()).toEqual({
      steps: ['Product Viewed', 'Order Completed'],
      windowValue: 14,
      windowUnit: 'day',
      order: 'ordered',
      breakdown: { on: 'none' },
      interval: 'none',
      timezone: 'Europe/Warsaw',
    });
    expect(initialFunnelForm([], 'UTC').steps).toEqual(['', '']);
  });

  it('adds, sets, moves and removes steps within 2..20', () => {
    let f = addStep(form());
    expect(f.steps).toEqual(['Product Viewed', 'Order Completed', '']);
    f = setStep(f, 2, 'Order Delivered');
    f = moveStep(f, 2, -1);
    expect(f.steps).toEqual(['Product Viewed', 'Order Delivered', 'Order Completed']);
    expect(moveStep(f, 0, -1)).toBe(f);
    expect(moveStep(f, 2, 1)).toBe(f);
    f = removeStep(f, 0);
    expect(f.steps).toEqual(['Order Delivered', 'Order Completed']);
    expect(removeStep(f, 0)).toBe(f); // a funnel needs two steps
    let full = form();
    while (full.steps.length < MAX_STEPS) full = addStep(full);
    expect(addStep(full)).toBe(full);
  });
});

describe('buildFunnelSpec', () => {
  it('builds the spec the API accepts, with persons asked for', () => {
    const built = buildFunnelSpec(form({ windowValue: 7, order: 'strict' }));
    expect(built).toEqual({
      ok: true,
      spec: {
        type: 'funnel',
        steps: [{ event: 'Product Viewed' }, { event: 'Order Completed' }],
        window: { value: 7, unit: 'day' },
        order: 'strict',
        timezone: 'Europe/Warsaw',
        includePersons: true,
        personLimit: 50,
      },
    });
    if (built.ok) expect(FunnelSpecSchema.safeParse(built.spec).success).toBe(true);
  });

  it('adds a channel or property breakdown and an interval', () => {
    const channel = buildFunnelSpec(form({ breakdown: { on: 'channel' }, interval: 'week' }));
    expect(channel.ok && channel.spec.breakdown).toEqual({ on: 'field', name: 'channel' });
    expect(channel.ok && channel.spec.interval).toEqual({ unit: 'week' });
    const property = buildFunnelSpec(form({ breakdown: { on: 'property', name: ' utm_source ' } }));
    expect(property.ok && property.spec.breakdown).toEqual({ on: 'property', name: 'utm_source' });
    for (const b of [channel, property])
      if (b.ok) expect(FunnelSpecSchema.safeParse(b.spec).success).toBe(true);
  });

  it('says what is missing instead of sending a spec the API would refuse', () => {
    expect(buildFunnelSpec(form({ steps: ['Product Viewed', ''] }))).toEqual({
      ok: false,
      problems: ['stepMissing'],
    });
    expect(buildFunnelSpec(form({ windowValue: 0, breakdown: { on: 'property', name: '' } }))).toEqual({
      ok: false,
      problems: ['windowInvalid', 'propertyMissing'],
    });
    // 53 weeks is 371 days: over the API's 366-day limit; 52 weeks is fine.
    expect(buildFunnelSpec(form({ windowValue: 53, windowUnit: 'week' })).ok).toBe(false);
    expect(buildFunnelSpec(form({ windowValue: 52, windowUnit: 'week' })).ok).toBe(true);
    expect(buildFunnelSpec(form({ windowValue: 1.5 })).ok).toBe(false);
  });
});
