import { z } from 'zod';

const Instant = z.iso.datetime({
  offset: true,
  error: 'Must be an ISO 8601 date-time with a zone, e.g. 2026-03-01T00:00:00Z',
});

/**
 * The period an analysis covers: `from` inclusive, `to` exclusive, so consecutive ranges never
 * count an event twice. For funnels it bounds the entry (step 1) event; later steps may fall after
 * `to`, within the conversion window.
 * Example: `{ "from": "2026-03-01T00:00:00Z", "to": "2026-04-01T00:00:00Z" }`.
 */
export const TimeRangeSchema = z
  .strictObject({ from: Instant, to: Instant })
  .refine((r) => Date.parse(r.from) < Date.parse(r.to), {
    message: 'Must be later than from',
    path: ['to'],
  });
export type TimeRange = z.infer<typeof TimeRangeSchema>;
