import { z } from 'zod';
import { BreakdownSchema } from './breakdown.ts';
import { IntervalSchema, TimezoneSchema } from './interval.ts';
import { TimeRangeSchema } from './time-range.ts';
import { WhereSchema } from './where-filter.ts';

const EventNameSchema = z.string().min(1, 'Must not be empty').max(200, 'Must be at most 200 characters');

const LabelSchema = z.string().min(1, 'Must not be empty').max(200, 'Must be at most 200 characters');

/** One funnel step: events named `event` that pass every condition of `where`. */
export const FunnelStepSchema = z.strictObject({
  event: EventNameSchema,
  where: WhereSchema.default([]),
  label: LabelSchema.optional(),
});
export type FunnelStep = z.infer<typeof FunnelStepSchema>;

export const WINDOW_UNIT_SECONDS = {
  second: 1,
  minute: 60,
  hour: 3_600,
  day: 86_400,
  week: 604_800,
} as const;
const WINDOW_UNITS = Object.keys(WINDOW_UNIT_SECONDS) as (keyof typeof WINDOW_UNIT_SECONDS)[];

/**
 * How long after the step-1 event the remaining steps may happen; an event exactly at the end
 * still counts. Fixed-length units only: a "month" would mean different windows for different
 * persons. At most a year: longer windows scan more than any funnel question needs.
 */
export const ConversionWindowSchema = z
  .strictObject({
    value: z.int('Must be a whole number').min(1, 'Must be at least 1'),
    unit: z.enum(WINDOW_UNITS, { error: `Must be one of: ${WINDOW_UNITS.join(', ')}` }),
  })
  .refine((w) => windowSeconds(w) <= 366 * 86_400, { message: 'Must be at most 366 days', path: ['value'] });
export type ConversionWindow = z.infer<typeof ConversionWindowSchema>;

export function windowSeconds(w: { value: number; unit: keyof typeof WINDOW_UNIT_SECONDS }): number {
  return w.value * WINDOW_UNIT_SECONDS[w.unit];
}

/**
 * Attempts in which the person does `event` after reaching step `from` and before step `to`
 * (0-based step indexes) do not convert past that point. Example: `{ "event": "Cart Emptied",
 * "from": 1, "to": 2 }`.
 */
export const FunnelExclusionSchema = z.strictObject({
  event: EventNameSchema,
  where: WhereSchema.default([]),
  from: z.int('Must be a whole number').min(0, 'Must be at least 0'),
  to: z.int('Must be a whole number').min(1, 'Must be at least 1'),
});
export type FunnelExclusion = z.infer<typeof FunnelExclusionSchema>;

export const FUNNEL_ORDERS = ['ordered', 'strict', 'unordered'] as const;

/**
 * A conversion funnel, with PostHog's semantics (users compare the two):
 * - `ordered` (default): steps in order, other events may come between; each step is a different
 *   event no earlier than the one before; all within `window` of the step-1 event.
 * - `strict`: as ordered, and no other event of the person between two consecutive steps.
 * - `unordered`: step k counts persons who did any k of the steps, in any order, in the window
 *   (the result's k-th row keeps the k-th listed step's event and label; times are between the
 *   k−1-th and k-th completed steps).
 * A person counts once, at the furthest step any of their attempts reached; conversion times
 * come from the earliest attempt that got that far.
 *
 * ```json
 * { "type": "funnel",
 *   "steps": [{ "event": "Product Viewed" }, { "event": "Order Completed", "label": "Bought" }],
 *   "window": { "value": 7, "unit": "day" }, "order": "ordered",
 *   "exclusions": [{ "event": "Cart Emptied", "from": 0, "to": 1 }],
 *   "range": { "from": "2026-03-01T00:00:00Z", "to": "2026-04-01T00:00:00Z" },
 *   "where": [{ "on": "field", "name": "channel", "op": "eq", "value": "web" }],
 *   "breakdown": { "on": "property", "name": "utm_source", "limit": 5 },
 *   "interval": { "unit": "week", "weekStart": "monday" }, "timezone": "Europe/Warsaw",
 *   "includePersons": true, "personLimit": 100 }
 * ```
 */
export const FunnelSpecSchema = z
  .strictObject({
    type: z.literal('funnel'),
    steps: z
      .array(FunnelStepSchema, { error: 'Must be a list of steps' })
      .min(2, 'A funnel needs at least 2 steps')
      .max(20, 'A funnel may have at most 20 steps'),
    window: ConversionWindowSchema.default({ value: 14, unit: 'day' }),
    order: z.enum(FUNNEL_ORDERS, { error: `Must be one of: ${FUNNEL_ORDERS.join(', ')}` }).default('ordered'),
    exclusions: z.array(FunnelExclusionSchema).max(10, 'At most 10 exclusions').default([]),
    range: TimeRangeSchema.optional(),
    where: WhereSchema.default([]),
    breakdown: BreakdownSchema.optional(),
    /**
     * With an interval: the funnel per time bucket too (`overTime`), each person in the bucket of
     * the entry of their best attempt, local to `timezone`.
     */
    interval: IntervalSchema.optional(),
    timezone: TimezoneSchema.default('UTC'),
    /** Return the ids of persons who reached, and who dropped off at, each step. */
    includePersons: z.boolean().default(false),
    /** Most ids per step and list (per breakdown group). */
    personLimit: z.int('Must be a whole number').min(1).max(10_000, 'Must be at most 10000').default(100),
  })
  .superRefine((spec, ctx) => {
    // "Between steps k and j" needs an order of steps; PostHog ignores exclusions in unordered
    // funnels, and silently ignoring part of a spec would mislead.
    if (spec.order === 'unordered' && spec.exclusions.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['exclusions'],
        message: 'Exclusions need steps in order: use an ordered or strict funnel',
      });
    }
    spec.exclusions.forEach((x, i) => {
      if (x.to >= spec.steps.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['exclusions', i, 'to'],
          message: `Must be a step index below ${spec.steps.length} (steps count from 0)`,
        });
      }
      if (x.from >= x.to) {
        ctx.addIssue({ code: 'custom', path: ['exclusions', i, 'from'], message: 'Must be less than to' });
      }
      // An exclusion matching a step it spans would cancel the very attempts it watches.
      const spanned = spec.steps.slice(x.from, x.to + 1);
      if (spanned.some((s) => s.event === x.event)) {
        ctx.addIssue({
          code: 'custom',
          path: ['exclusions', i, 'event'],
          message: `Must not be the event of a step it spans (${x.event})`,
        });
      }
    });
  });
export type FunnelSpec = z.infer<typeof FunnelSpecSchema>;
/** A funnel spec as written, before defaults are filled in. */
export type FunnelSpecInput = z.input<typeof FunnelSpecSchema>;
