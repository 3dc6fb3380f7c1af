import { z } from 'zod';
import { WhereSchema } from './where-filter.ts';

export const EventNameSchema = z
  .string({ error: 'Must be an event name' })
  .min(1, 'Must not be empty')
  .max(200, 'Must be at most 200 characters');

/**
 * Which events count for one role in an analysis (a retention start, a KPI's purchase): events
 * named `event` that pass every condition of `where`.
 * Example: `{ "event": "Order Completed", "where": [{ "name": "currency", "op": "eq", "value": "EUR" }] }`.
 */
export const EventMatchSchema = z.strictObject({
  event: EventNameSchema,
  where: WhereSchema.default([]),
});
export type EventMatch = z.infer<typeof EventMatchSchema>;

/** Whether two matches select the same events (same name and the same conditions). */
export function sameMatch(a: EventMatch, b: EventMatch): boolean {
  return a.event === b.event && JSON.stringify(a.where) === JSON.stringify(b.where);
}
