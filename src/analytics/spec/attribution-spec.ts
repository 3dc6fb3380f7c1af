import { z } from 'zod';
import { IdSchema } from '../../model/id.ts';
import { ATTRIBUTION_MODELS, DEFAULT_ATTRIBUTION_OPTIONS, MARKOV_ORDERS } from '../attribution/attribute.ts';
import { splitPath } from '../attribution/split-path.ts';
import { EventMatchSchema, EventNameSchema } from './event-match.ts';
import { ConversionWindowSchema, WINDOW_UNIT_SECONDS } from './funnel-spec.ts';
import { TimeRangeSchema } from './time-range.ts';
import { PropertyNameSchema, WhereSchema } from './where-filter.ts';

const ModelSchema = z.enum(ATTRIBUTION_MODELS, { error: `Must be one of: ${ATTRIBUTION_MODELS.join(', ')}` });
const share = () =>
  z.number({ error: 'Must be a number' }).min(0, 'Must be at least 0').max(1, 'Must be at most 1');
const D = DEFAULT_ATTRIBUTION_OPTIONS;
const DECAY_UNITS = [
  'touch',
  ...(Object.keys(WINDOW_UNIT_SECONDS) as (keyof typeof WINDOW_UNIT_SECONDS)[]),
] as const;

/**
 * How the models run — shared by the query spec and `journeylens attribution`, so both accept
 * and refuse exactly the same settings.
 */
export const AttributionSettingsSchema = z.strictObject({
  models: z
    .array(ModelSchema, { error: 'Must be a list of model names' })
    .min(1, 'List must not be empty')
    .refine((m) => new Set(m).size === m.length, 'Must not name a model twice')
    .default([...ATTRIBUTION_MODELS]),
  /** Markov chain order: how many past channels a state remembers. */
  order: z
    .int('Must be a whole number')
    .min(MARKOV_ORDERS.min, `Must be at least ${MARKOV_ORDERS.min}`)
    .max(MARKOV_ORDERS.max, `Must be at most ${MARKOV_ORDERS.max}`)
    .default(D.order),
  /** Shares of the first and last touch; the middle touches share the rest. */
  positionBased: z
    .strictObject({ first: share().default(0.4), last: share().default(0.4) })
    .refine((p) => p.first + p.last <= 1, { message: 'first + last must be at most 1', path: ['last'] })
    .default(D.positionBased),
  /**
   * The half-life: in touches counted back from the conversion (`touch`, the only unit a path
   * table has), or, for paths from events, in time before the conversion (Google Analytics'
   * time decay: `{ "halfLife": 7, "unit": "day" }`).
   */
  timeDecay: z
    .strictObject({
      halfLife: z
        .number({ error: 'Must be a number' })
        .gt(0, 'Must be more than 0')
        .max(1_000, 'Must be at most 1000')
        .default(D.timeDecay.halfLife),
      unit: z.enum(DECAY_UNITS, { error: `Must be one of: ${DECAY_UNITS.join(', ')}` }).default('touch'),
    })
    .default({ ...D.timeDecay, unit: 'touch' }),
  shapley: z
    .strictObject({
      maxExactChannels: z
        .int('Must be a whole number')
        .min(1, 'Must be at least 1')
        .max(20, 'Must be at most 20')
        .default(D.shapley.maxExactChannels),
      samples: z
        .int('Must be a whole number')
        .min(100, 'Must be at least 100')
        .max(1_000_000, 'Must be at most 1000000')
        .default(D.shapley.samples),
    })
    .default(D.shapley),
  /** Bootstrap intervals of markov and shapley; 0 iterations turns them off. */
  bootstrap: z
    .strictObject({
      iterations: z
        .int('Must be a whole number')
        .min(0, 'Must be at least 0')
        .max(10_000, 'Must be at most 10000')
        .default(D.bootstrap.iterations),
      confidence: z
        .number({ error: 'Must be a number' })
        .gt(0, 'Must be more than 0')
        .lt(1, 'Must be less than 1')
        .default(D.bootstrap.confidence),
      seed: z.int('Must be a whole number').default(D.bootstrap.seed),
    })
    .default(D.bootstrap),
});
export type AttributionSettings = z.infer<typeof AttributionSettingsSchema>;

const count = () => z.number({ error: 'Must be a number' }).min(0, 'Must not be negative');

/** One row of an inline path table: `{ "path": "search > email", "conversions": 3, "value": 120, "nulls": 40 }`. */
const PathRowSchema = z
  .strictObject({
    path: z.union(
      [z.string().max(10_000, 'Must be at most 10000 characters'), z.array(z.string()).max(1_000)],
      {
        error: 'Must be a path like "search > email", or a list of channel names',
      },
    ),
    conversions: count(),
    value: count().default(0),
    nulls: count().default(0),
  })
  .superRefine((row, ctx) => {
    const problem =
      typeof row.path === 'string'
        ? (() => {
            const split = splitPath(row.path);
            return 'error' in split ? split.error : null;
          })()
        : row.path.length === 0
          ? 'empty path'
          : row.path.some((c) => c.trim() === '')
            ? 'empty channel name'
            : null;
    if (problem) ctx.addIssue({ code: 'custom', path: ['path'], message: `Is not a path: ${problem}` });
  });

const TouchEventsSchema = z
  .array(EventNameSchema, { error: 'Must be a list of event names' })
  .min(1, 'List must not be empty')
  .max(100, 'At most 100 event names')
  .optional();

/** The UTM fields of Segment's `context.campaign` (`utm_source` arrives as `source`, …). */
export const CAMPAIGN_FIELDS = ['source', 'medium', 'name', 'term', 'content'] as const;

/**
 * What a touch is, in events: the event's normalised `channel`; its event name; the value of a
 * property such as `utm_source` (events without it are no touch); a campaign field — where
 * analytics.js and the other Segment SDKs put UTM parameters, `context.campaign.source` etc.,
 * else the `utm_source` … property; or the touchpoint of journey map `mapId` whose binding it
 * matches. `events` limits touches to events of those names.
 */
export const TouchSchema = z.discriminatedUnion(
  'by',
  [
    z.strictObject({ by: z.literal('channel'), events: TouchEventsSchema }),
    z.strictObject({ by: z.literal('event'), events: TouchEventsSchema }),
    z.strictObject({ by: z.literal('property'), name: PropertyNameSchema, events: TouchEventsSchema }),
    z.strictObject({
      by: z.literal('campaign'),
      field: z
        .enum(CAMPAIGN_FIELDS, { error: `Must be one of: ${CAMPAIGN_FIELDS.join(', ')}` })
        .default('source'),
      events: TouchEventsSchema,
    }),
    z.strictObject({ by: z.literal('touchpoint'), mapId: IdSchema, events: TouchEventsSchema }),
  ],
  { error: 'Must be one of: channel, event, property, campaign, touchpoint' },
);
export type Touch = z.infer<typeof TouchSchema>;

export const ATTRIBUTION_SOURCES = ['events', 'paths'] as const;

/**
 * Multi-touch attribution: which channels earn the conversions, by several models side by side
 * (see attribute.ts). The paths come from the workspace's events or from a path table given
 * inline (the format attribution tools export).
 *
 * ```json
 * { "type": "attribution", "source": "events",
 *   "conversion": { "event": "Order Completed" }, "touch": { "by": "property", "name": "utm_source" },
 *   "lookback": { "value": 30, "unit": "day" }, "valueProperties": ["revenue"],
 *   "models": ["last_touch", "linear", "markov", "shapley"], "order": 2 }
 * { "type": "attribution", "source": "paths",
 *   "paths": [{ "path": "search > email", "conversions": 3, "value": 120, "nulls": 40 }] }
 * ```
 * A conversion's path is the person's touches in the `lookback` window before it and after
 * their previous conversion, oldest first, consecutive repeats collapsed (`collapse`), the last
 * `maxTouches` kept. Touches after a person's last conversion form one path that did not convert.
 */
export const AttributionSpecSchema = z
  .strictObject({
    type: z.literal('attribution'),
    ...AttributionSettingsSchema.shape,
    source: z.enum(ATTRIBUTION_SOURCES, { error: 'Must be one of: events, paths' }).default('events'),
    /** source paths: the table. */
    paths: z
      .array(PathRowSchema, { error: 'Must be a list of path rows' })
      .min(1, 'List must not be empty')
      .max(100_000, 'At most 100000 rows; use the CLI for larger files')
      .optional(),
    /** source events: the conversion event. */
    conversion: EventMatchSchema.optional(),
    touch: TouchSchema.default({ by: 'channel' }),
    lookback: ConversionWindowSchema.default({ value: 30, unit: 'day' }),
    /** Properties of the conversion holding its value; the first one with a number wins. */
    valueProperties: z
      .array(PropertyNameSchema, { error: 'Must be a list of property names' })
      .min(1, 'List must not be empty')
      .max(10, 'At most 10 properties')
      .default(['revenue', 'total']),
    maxTouches: z
      .int('Must be a whole number')
      .min(1, 'Must be at least 1')
      .max(20, 'Must be at most 20')
      .default(10),
    collapse: z.boolean().default(true),
    /** Conversions (and paths that did not convert) inside this range; touches may precede it by `lookback`. */
    range: TimeRangeSchema.optional(),
    where: WhereSchema.default([]),
  })
  .superRefine((spec, ctx) => {
    if (spec.source === 'events') {
      if (!spec.conversion) {
        ctx.addIssue({ code: 'custom', path: ['conversion'], message: 'Is required with source "events"' });
      }
      if (spec.paths) {
        ctx.addIssue({ code: 'custom', path: ['paths'], message: 'Is only used with source "paths"' });
      }
    } else {
      if (!spec.paths) {
        ctx.addIssue({ code: 'custom', path: ['paths'], message: 'Is required with source "paths"' });
      }
      if (spec.conversion) {
        ctx.addIssue({ code: 'custom', path: ['conversion'], message: 'Is only used with source "events"' });
      }
      if (spec.timeDecay.unit !== 'touch') {
        ctx.addIssue({
          code: 'custom',
          path: ['timeDecay', 'unit'],
          message: 'Must be "touch" with source "paths": a path table has no times',
        });
      }
    }
  });
export type AttributionSpec = z.infer<typeof AttributionSpecSchema>;
export type AttributionSpecInput = z.input<typeof AttributionSpecSchema>;
