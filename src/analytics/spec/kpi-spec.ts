import { z } from 'zod';
import { BreakdownSchema } from './breakdown.ts';
import { IntervalSchema, TimezoneSchema } from './interval.ts';
import { KpiMetricSchema } from './kpi-metric.ts';
import { TimeRangeSchema } from './time-range.ts';
import { WhereSchema } from './where-filter.ts';

/**
 * A key performance indicator: one number (`value`) over what it counts (`count`), for the
 * `range`, split by `breakdown` and over time by `interval` on request. Each unit a KPI counts
 * (a person, a cart, a session, an order, a response) belongs to the range and the time bucket
 * of the event that makes it (the entry event, the first cart event, the landing page view…),
 * and takes its breakdown value from that event.
 *
 * ```json
 * { "type": "kpi",
 *   "metric": { "kind": "nps", "survey": "nps", "scoreProperty": "score" },
 *   "range": { "from": "2026-03-01T00:00:00Z", "to": "2026-04-01T00:00:00Z" },
 *   "where": [{ "on": "field", "name": "channel", "op": "eq", "value": "web" }],
 *   "breakdown": { "on": "property", "name": "touchpoint", "limit": 10 },
 *   "interval": { "unit": "week", "weekStart": "monday" }, "timezone": "Europe/Warsaw" }
 * ```
 */
export const KpiSpecSchema = z.strictObject({
  type: z.literal('kpi'),
  metric: KpiMetricSchema,
  range: TimeRangeSchema.optional(),
  /** Applies to every event the KPI looks at. */
  where: WhereSchema.default([]),
  breakdown: BreakdownSchema.optional(),
  /** With an interval: the KPI per local time bucket too (`overTime`). */
  interval: IntervalSchema.optional(),
  timezone: TimezoneSchema.default('UTC'),
});
export type KpiSpec = z.infer<typeof KpiSpecSchema>;
/** A KPI spec as written, before defaults are filled in. */
export type KpiSpecInput = z.input<typeof KpiSpecSchema>;
