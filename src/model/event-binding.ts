import { z } from 'zod';
import { ChannelSchema } from './channel.ts';
import { conditionSchema } from './condition.ts';

/** One test on an event property, e.g. `{ property: 'plan', op: 'eq', value: 'pro' }`. */
export const PropertyFilterSchema = conditionSchema('property');
export type PropertyFilter = z.infer<typeof PropertyFilterSchema>;

/**
 * Ties a map card to tracked events so the platform can measure it: events named `event`
 * (Segment `track` name, e.g. `Order Completed`) whose properties pass every filter in `where`,
 * optionally only on one normalised channel.
 */
export const EventBindingSchema = z.strictObject({
  event: z
    .string()
    .max(200, 'Must be at most 200 characters')
    .refine((s) => s.trim().length > 0, 'Event name must not be blank'),
  // Required (may be empty) rather than defaulted: schemas never fill values in, so a parsed
  // map equals its input and round-trips exactly.
  where: z.array(PropertyFilterSchema).max(50, 'At most 50 property filters'),
  channel: ChannelSchema.optional(),
});
export type EventBinding = z.infer<typeof EventBindingSchema>;
