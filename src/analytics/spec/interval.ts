import { z } from 'zod';

/** Whether the engine's clock library knows a zone; Node's ICU and DuckDB's share the IANA names. */
function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * An IANA time zone (`Europe/Warsaw`, `UTC`). Buckets follow local midnight and daylight-saving
 * changes of this zone; a day bucket can therefore be 23 or 25 hours long.
 */
export const TimezoneSchema = z
  .string({ error: 'Must be an IANA time zone such as Europe/Warsaw' })
  .max(64, 'Must be at most 64 characters')
  .refine(isTimeZone, 'Must be an IANA time zone such as Europe/Warsaw or UTC');

/**
 * Size of the time buckets an over-time series uses. Weeks start on Monday (ISO 8601) unless
 * `weekStart` says Sunday (as in the US). Examples: `{ "unit": "day" }`,
 * `{ "unit": "week", "weekStart": "sunday" }`.
 */
export const IntervalSchema = z.discriminatedUnion(
  'unit',
  [
    z.strictObject({ unit: z.enum(['hour', 'day', 'month']) }),
    z.strictObject({ unit: z.literal('week'), weekStart: z.enum(['monday', 'sunday']).default('monday') }),
  ],
  { error: 'Must be one of: hour, day, week, month' },
);
export type Interval = z.infer<typeof IntervalSchema>;
