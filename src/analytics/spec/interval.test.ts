import { describe, expect, it } from 'vitest';
import { IntervalSchema, TimezoneSchema } from './interval.ts';

describe('IntervalSchema and TimezoneSchema', () => {
  it('starts weeks on Monday unless told otherwise', () => {
    expect(IntervalSchema.parse({ unit: 'week' })).toEqual({ unit: 'week', weekStart: 'monday' });
    expect(IntervalSchema.parse({ unit: 'week', weekStart: 'sunday' })).toEqual({
      unit: 'week',
      weekStart: 'sunday',
    });
    expect(IntervalSchema.safeParse({ unit: 'day', weekStart: 'sunday' }).success).toBe(false);
    expect(IntervalSchema.safeParse({ unit: 'fortnight' }).error?.issues[0]?.message).toBe(
      'Must be one of: hour, day, week, month',
    );
  });

  it('accepts IANA zones only', () => {
    expect(TimezoneSchema.safeParse('Europe/Warsaw').success).toBe(true);
    expect(TimezoneSchema.safeParse('UTC').success).toBe(true);
    expect(TimezoneSchema.safeParse("Europe/Warsaw'; --").success).toBe(false);
    expect(TimezoneSchema.safeParse('Mars/Olympus').error?.issues[0]?.message).toBe(
      'Must be an IANA time zone such as Europe/Warsaw or UTC',
    );
  });
});
