import { z } from 'zod';
import { IdSchema } from '../../model/id.ts';
import { EventNameSchema } from './event-match.ts';
import { IntervalSchema, TimezoneSchema } from './interval.ts';
import { TimeRangeSchema } from './time-range.ts';
import { PropertyNameSchema, WhereSchema } from './where-filter.ts';

export const VOC_METRICS = ['nps', 'csat', 'ces'] as const;
export type VocMetric = (typeof VOC_METRICS)[number];

export const VOC_GROUPINGS = ['touchpoint', 'stage', 'channel', 'persona'] as const;
export type VocGrouping = (typeof VOC_GROUPINGS)[number];

const Name = z.string().min(1, 'Must not be empty').max(200, 'Must be at most 200 characters');

/**
 * Where survey answers are, field by field; what a spec leaves out comes from the workspace's
 * settings (`GET /api/v1/settings`), then the defaults (`survey_response` with `survey`, `score`,
 * `touchpoint`, `comment`).
 */
const SurveysSchema = z.strictObject({
  event: EventNameSchema.optional(),
  surveyProperty: Name.optional(),
  scoreProperty: Name.optional(),
  touchpointProperty: Name.optional(),
  commentProperty: Name.optional(),
});

/** An event property that holds customer text, e.g. `{ "event": "Review Submitted", "property": "text" }`. */
export const TextSourceSchema = z.strictObject({
  event: EventNameSchema,
  property: PropertyNameSchema,
  where: WhereSchema.default([]),
});
export type TextSource = z.infer<typeof TextSourceSchema>;

const ThemesSchema = z.strictObject({
  max: z.int('Must be a whole number').min(1, 'Must be at least 1').max(30, 'Must be at most 30').default(10),
  minSize: z
    .int('Must be a whole number')
    .min(2, 'Must be at least 2')
    .max(10_000, 'Must be at most 10000')
    .default(2),
  examples: z
    .int('Must be a whole number')
    .min(0, 'Must be at least 0')
    .max(10, 'Must be at most 10')
    .default(3),
});

/**
 * Voice of the customer: NPS, CSAT and CES from survey answers with counts, confidence intervals
 * and trend, and the sentiment and themes of feedback texts (survey comments, tickets, reviews),
 * overall and `by` touchpoint, stage (of map `mapId`), channel or persona (of map `mapId`).
 *
 * - `metrics`: which scores [all three]; `ces`: the CES answer scale [1–7]; `confidence`: the
 *   level of every interval [0.95].
 * - `surveys`: where answers are (see above); `texts`: which event properties hold feedback text
 *   [the survey comment, then the workspace's `feedback.texts` settings]; `textLimit`: the most
 *   recent texts analysed [5,000]; `sentiment` [true] and `themes` [{ max 10, minSize 2,
 *   examples 3 }, or false].
 * - `by: "touchpoint"` without a map groups by the survey's touchpoint property as sent; with
 *   `mapId`, an answer or text belongs to the map touchpoint whose id its touchpoint property
 *   holds, else to the first touchpoint (map order) whose event binding its event matches.
 *   `stage` adds the touchpoints of each stage up; `limit` caps the groups [20], the rest share
 *   an "other" group.
 *
 * ```json
 * { "type": "voc", "metrics": ["nps", "csat"], "by": "stage", "mapId": "map-shop",
 *   "range": { "from": "2026-03-01T00:00:00Z", "to": "2026-04-01T00:00:00Z" },
 *   "interval": { "unit": "week" }, "timezone": "Europe/Warsaw",
 *   "texts": [{ "event": "Support Ticket Created", "property": "text" }] }
 * ```
 */
export const VocSpecSchema = z
  .strictObject({
    type: z.literal('voc'),
    metrics: z
      .array(z.enum(VOC_METRICS, { error: `Must be one of: ${VOC_METRICS.join(', ')}` }), {
        error: 'Must be a list of metrics',
      })
      .min(1, 'List must not be empty')
      .max(3, 'List must have at most 3 metrics')
      .refine((m) => new Set(m).size === m.length, 'Must not name a metric twice')
      .default([...VOC_METRICS]),
    range: TimeRangeSchema.optional(),
    where: WhereSchema.default([]),
    by: z.enum(VOC_GROUPINGS, { error: `Must be one of: ${VOC_GROUPINGS.join(', ')}` }).optional(),
    mapId: IdSchema.optional(),
    limit: z
      .int('Must be a whole number')
      .min(1, 'Must be at least 1')
      .max(100, 'Must be at most 100')
      .default(20),
    interval: IntervalSchema.optional(),
    timezone: TimezoneSchema.default('UTC'),
    surveys: SurveysSchema.default({}),
    ces: z
      .strictObject({ min: z.number(), max: z.number() })
      .refine((s) => s.min < s.max, { message: 'Must have min below max', path: ['max'] })
      .default({ min: 1, max: 7 }),
    confidence: z
      .number({ error: 'Must be a number' })
      .gt(0.5, 'Must be above 0.5')
      .lt(1, 'Must be below 1')
      .default(0.95),
    texts: z.array(TextSourceSchema).max(20, 'List must have at most 20 sources').optional(),
    textLimit: z
      .int('Must be a whole number')
      .min(1, 'Must be at least 1')
      .max(50_000, 'Must be at most 50000')
      .default(5_000),
    sentiment: z.boolean({ error: 'Must be true or false' }).default(true),
    themes: z
      .union([z.literal(false), ThemesSchema], { error: 'Must be false or an object' })
      .default(ThemesSchema.parse({})),
  })
  .superRefine((spec, ctx) => {
    if ((spec.by === 'stage' || spec.by === 'persona') && spec.mapId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['mapId'], message: `Is required to group by ${spec.by}` });
    }
  });
export type VocSpec = z.infer<typeof VocSpecSchema>;
/** A voc spec as written, before defaults are filled in. */
export type VocSpecInput = z.input<typeof VocSpecSchema>;
