import { z } from 'zod';

/**
 * An ISO 8601 date-time with `Z` or an offset, e.g. `2025-03-01T09:30:00.000Z`. Stored as a
 * string, not a `Date`, so a map survives JSON exactly and compares with `===`.
 */
export const TimestampSchema = z.iso.datetime({
  offset: true,
  message: 'Must be an ISO 8601 date-time such as 2025-03-01T09:30:00.000Z',
});

export type Timestamp = z.infer<typeof TimestampSchema>;

/** `toTimestamp(new Date(0)) === '1970-01-01T00:00:00.000Z'`. */
export function toTimestamp(date: Date): Timestamp {
  return date.toISOString();
}
