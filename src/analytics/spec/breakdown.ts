import { z } from 'zod';
import { IdSchema } from '../../model/id.ts';
import { EventFieldSchema, PropertyNameSchema } from './where-filter.ts';

const LimitSchema = z
  .int('Must be a whole number')
  .min(1, 'Must be at least 1')
  .max(100, 'Must be at most 100')
  .default(10);

/**
 * Splits a result by a value: an event property (of the entry event), a person trait, a typed
 * event column, or the persona of a journey map the person belongs to (the first, in the map's
 * order, whose segment rule their traits pass; personas without a rule cannot be told apart and
 * are left out). The `limit` most common values (by persons at the first step) get a group each;
 * the rest share one "other" group, so the groups always add up to the total.
 * Examples: `{ "on": "property", "name": "utm_source", "limit": 5 }`, `{ "on": "field", "name": "channel" }`,
 * `{ "on": "persona", "map": "shop-journey" }`.
 */
export const BreakdownSchema = z.discriminatedUnion(
  'on',
  [
    z.strictObject({ on: z.literal('property'), name: PropertyNameSchema, limit: LimitSchema }),
    z.strictObject({ on: z.literal('trait'), name: PropertyNameSchema, limit: LimitSchema }),
    z.strictObject({ on: z.literal('field'), name: EventFieldSchema, limit: LimitSchema }),
    z.strictObject({ on: z.literal('persona'), map: IdSchema, limit: LimitSchema }),
  ],
  { error: 'Must be one of: property, trait, field, persona' },
);
export type Breakdown = z.infer<typeof BreakdownSchema>;
