import { z } from 'zod';
import { BreakdownSchema } from './breakdown.ts';
import { EventMatchSchema } from './event-match.ts';
import type { Interval } from './interval.ts';
import { TimezoneSchema } from './interval.ts';
import { TimeRangeSchema } from './time-range.ts';
import { WhereSchema } from './where-filter.ts';

export const RETENTION_PERIODS = ['day', 'week', 'month'] as const;
export const RETENTION_KINDS = ['recurring', 'first_time'] as const;
export const WEEK_STARTS = ['monday', 'sunday'] as const;

/**
 * Cohort retention, with PostHog's semantics (users compare the two; see PostHog's
 * `retention_query_runner.py`):
 * - a cohort is one calendar `period` (local day, week from `weekStart`, month, in `timezone`);
 * - `recurring`: a person is in every cohort period in which they did the start event;
 *   `first_time` (default, as in PostHog's new insights): only in the period of their first-ever
 *   start event, which must fall inside `range`;
 * - `values[k]` counts the cohort's persons who did the return event in the k-th period after the
 *   cohort's (k = 0 … periods − 1). Period 0 is the cohort period itself and counts everyone in
 *   the cohort, whether or not they also did the return event (PostHog's "Day 0" is always 100%);
 * - `return` defaults to the start event ("did they come back and do it again").
 * Defaults are PostHog's new retention insight: weekly, 8 periods, first time.
 *
 * ```json
 * { "type": "retention",
 *   "start": { "event": "Signed Up" }, "return": { "event": "Order Completed" },
 *   "period": "week", "periods": 8, "kind": "first_time", "weekStart": "monday",
 *   "timezone": "Europe/Warsaw",
 *   "range": { "from": "2026-03-02T00:00:00+01:00", "to": "2026-04-27T00:00:00+02:00" },
 *   "where": [{ "on": "field", "name": "channel", "op": "eq", "value": "web" }],
 *   "breakdown": { "on": "property", "name": "utm_source", "limit": 5 } }
 * ```
 */
export const RetentionSpecSchema = z.strictObject({
  type: z.literal('retention'),
  start: EventMatchSchema,
  return: EventMatchSchema.optional(),
  period: z
    .enum(RETENTION_PERIODS, { error: `Must be one of: ${RETENTION_PERIODS.join(', ')}` })
    .default('week'),
  /** Periods per cohort, period 0 included: the length of each cohort's `values`. */
  periods: z
    .int('Must be a whole number')
    .min(1, 'Must be at least 1')
    .max(400, 'Must be at most 400')
    .default(8),
  kind: z
    .enum(RETENTION_KINDS, { error: `Must be one of: ${RETENTION_KINDS.join(', ')}` })
    .default('first_time'),
  /** First day of a week; used only when `period` is `week`. ISO 8601 weeks start on Monday. */
  weekStart: z.enum(WEEK_STARTS, { error: `Must be one of: ${WEEK_STARTS.join(', ')}` }).default('monday'),
  timezone: TimezoneSchema.default('UTC'),
  /** Bounds the start events that place persons in cohorts; return events may fall after `to`. */
  range: TimeRangeSchema.optional(),
  /** Applies to every event retention looks at, start and return alike. */
  where: WhereSchema.default([]),
  /**
   * Splits cohorts by a value of the event that placed the person in the cohort (the first
   * start event of the person in the cohort period), or by a trait.
   */
  breakdown: BreakdownSchema.optional(),
});
export type RetentionSpec = z.infer<typeof RetentionSpecSchema>;
/** A retention spec as written, before defaults are filled in. */
export type RetentionSpecInput = z.input<typeof RetentionSpecSchema>;

/** The calendar bucket of one retention period. */
export function retentionInterval(spec: Pick<RetentionSpec, 'period' | 'weekStart'>): Interval {
  return spec.period === 'week' ? { unit: 'week', weekStart: spec.weekStart } : { unit: spec.period };
}
