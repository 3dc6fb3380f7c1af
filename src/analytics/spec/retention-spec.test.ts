import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../model/format-issue.ts';
import { RetentionSpecSchema, retentionInterval } from './retention-spec.ts';

const errors = (input: Record<string, unknown>) => {
  const r = RetentionSpecSchema.safeParse({ type: 'retention', start: { event: 'Signed Up' }, ...input });
  return r.success ? [] : formatIssues(r.error.issues);
};

describe('RetentionSpecSchema', () => {
  it('fills in the defaults of PostHog’s retention insight: weekly, 8 periods, first time', () => {
    expect(RetentionSpecSchema.parse({ type: 'retention', start: { event: 'Signed Up' } })).toEqual({
      type: 'retention',
      start: { event: 'Signed Up', where: [] },
      period: 'week',
      periods: 8,
      kind: 'first_time',
      weekStart: 'monday',
      timezone: 'UTC',
      where: [],
    });
  });

  it('names the field of each mistake', () => {
    expect(errors({ period: 'year' })).toEqual([
      { path: 'period', message: 'Must be one of: day, week, month' },
    ]);
    expect(errors({ periods: 0 })).toEqual([{ path: 'periods', message: 'Must be at least 1' }]);
    expect(errors({ periods: 2.5 })).toEqual([{ path: 'periods', message: 'Must be a whole number' }]);
    expect(errors({ kind: 'returning' })).toEqual([
      { path: 'kind', message: 'Must be one of: recurring, first_time' },
    ]);
    expect(errors({ weekStart: 'saturday' })).toEqual([
      { path: 'weekStart', message: 'Must be one of: monday, sunday' },
    ]);
    expect(errors({ return: { event: '' } })).toEqual([
      { path: 'return.event', message: 'Must not be empty' },
    ]);
    expect(errors({ timezone: 'Mars/Olympus' })).toEqual([
      { path: 'timezone', message: 'Must be an IANA time zone such as Europe/Warsaw or UTC' },
    ]);
    expect(errors({ start: { event: 'A', label: 'x' } })).toEqual([
      { path: 'start.label', message: 'Unknown field "label"' },
    ]);
  });

  it('turns the period and week start into a time bucket', () => {
    expect(retentionInterval({ period: 'week', weekStart: 'sunday' })).toEqual({
      unit: 'week',
      weekStart: 'sunday',
    });
    // The week start matters for weeks only.
    expect(retentionInterval({ period: 'month', weekStart: 'sunday' })).toEqual({ unit: 'month' });
  });
});
