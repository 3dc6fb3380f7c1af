import { describe, expect, it } from 'vitest';
import { buildFunnelSpec, type FunnelForm } from '../analytics/funnel-form.ts';
import { buildRetentionSpec, type RetentionForm } from '../analytics/retention-form.ts';
import { funnelFormOf, retentionFormOf } from './saved-view-forms.ts';

describe('funnelFormOf', () => {
  it('gives back the form a funnel spec was built from', () => {
    const form: FunnelForm = {
      steps: ['Viewed', 'Added', 'Bought'],
      windowValue: 3,
      windowUnit: 'hour',
      order: 'strict',
      breakdown: { on: 'channel' },
      interval: 'week',
      timezone: 'Europe/Warsaw',
    };
    const built = buildFunnelSpec(form);
    expect(built.ok && funnelFormOf(built.spec)).toEqual(form);
  });

  it('fills in the API defaults (14 days, ordered, UTC) where a spec leaves them out', () => {
    expect(funnelFormOf({ type: 'funnel', steps: [{ event: 'A' }, { event: 'B' }] })).toEqual({
      steps: ['A', 'B'],
      windowValue: 14,
      windowUnit: 'day',
      order: 'ordered',
      breakdown: { on: 'none' },
      interval: 'none',
      timezone: 'UTC',
    });
  });
});

describe('retentionFormOf', () => {
  it('gives back the form a retention spec was built from', () => {
    const form: RetentionForm = {
      start: 'Signed Up',
      returnEvent: 'Order Completed',
      period: 'month',
      periods: 6,
      kind: 'recurring',
      timezone: 'UTC',
    };
    const built = buildRetentionSpec(form);
    expect(built.ok && retentionFormOf(built.spec)).toEqual(form);
  });
});
