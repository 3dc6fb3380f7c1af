import { describe, expect, it } from 'vitest';
import { RetentionSpecSchema } from '../../../src/analytics/spec/retention-spec.ts';
import { buildRetentionSpec, initialRetentionForm, type RetentionForm } from './retention-form.ts';

const form = (over: Partial<RetentionForm> = {}): RetentionForm => ({
  ...initialRetentionForm(['Signed Up', 'Order Completed'], 'Europe/Warsaw'),
  ...over,
});

describe('buildRetentionSpec', () => {
  it('starts from the first event, coming back to it, weekly for 8 periods, first time', () => {
    expect(form()).toEqual({
      start: 'Signed Up',
      returnEvent: '',
      period: 'week',
      periods: 8,
      kind: 'first_time',
      timezone: 'Europe/Warsaw',
    });
  });

  it('builds the spec the API accepts; no return event means the start event again', () => {
    const same = buildRetentionSpec(form());
    expect(same).toEqual({
      ok: true,
      spec: {
        type: 'retention',
        start: { event: 'Signed Up' },
        period: 'week',
        periods: 8,
        kind: 'first_time',
        weekStart: 'monday',
        timezone: 'Europe/Warsaw',
      },
    });
    const other = buildRetentionSpec(
      form({ returnEvent: 'Order Completed', period: 'month', periods: 3, kind: 'recurring' }),
    );
    expect(other.ok && other.spec).toMatchObject({
      return: { event: 'Order Completed' },
      period: 'month',
      periods: 3,
      kind: 'recurring',
    });
    for (const b of [same, other]) if (b.ok) expect(RetentionSpecSchema.safeParse(b.spec).success).toBe(true);
  });

  it('says what is missing instead of sending a spec', () => {
    expect(buildRetentionSpec(form({ start: ' ' }))).toEqual({ ok: false, problems: ['startMissing'] });
    expect(buildRetentionSpec(form({ start: '', periods: 0 }))).toEqual({
      ok: false,
      problems: ['startMissing', 'periodsInvalid'],
    });
    expect(buildRetentionSpec(form({ periods: 25 })).ok).toBe(false);
    expect(buildRetentionSpec(form({ periods: 1.5 })).ok).toBe(false);
    expect(buildRetentionSpec(form({ periods: 24 })).ok).toBe(true);
  });
});
