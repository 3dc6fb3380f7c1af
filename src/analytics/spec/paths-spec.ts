import { z } from 'zod';
import { IdSchema } from '../../model/id.ts';
import { WINDOW_UNIT_SECONDS, windowSeconds } from './funnel-spec.ts';
import { TimeRangeSchema } from './time-range.ts';
import { WhereSchema } from './where-filter.ts';

const EventNameSchema = z.string().min(1, 'Must not be empty').max(200, 'Must be at most 200 characters');

const EventNameListSchema = z
  .array(EventNameSchema, { error: 'Must be a list of event names' })
  .max(100, 'At most 100 event names');

/**
 * What a node of a path is:
 * - `event`: the event's name (`Product Viewed`; pages are `$page`, screens `$screen`);
 * - `page`: page events only, named by their `properties.path`, else their `name`;
 * - `touchpoint` / `stage`: the touchpoint (or its stage) of the journey map `mapId` whose event
 *   binding the event matches; events that match none are not nodes.
 */
export const PATH_NODE_KINDS = ['event', 'page', 'touchpoint', 'stage'] as const;
export type PathNodeKind = (typeof PATH_NODE_KINDS)[number];

/** Events named `event` that pass every condition of `where`, e.g. `{ "event": "Signed Up" }`. */
export const PathAnchorSchema = z.strictObject({ event: EventNameSchema, where: WhereSchema.default([]) });
export type PathAnchor = z.infer<typeof PathAnchorSchema>;

const UNITS = Object.keys(WINDOW_UNIT_SECONDS) as (keyof typeof WINDOW_UNIT_SECONDS)[];

/**
 * Inactivity that ends a session: a gap this long or longer between two consecutive events of a
 * person starts a new one. 30 minutes by default, as in Google Analytics and PostHog.
 */
export const SessionGapSchema = z
  .strictObject({
    value: z.int('Must be a whole number').min(1, 'Must be at least 1'),
    unit: z.enum(UNITS, { error: `Must be one of: ${UNITS.join(', ')}` }),
  })
  .refine((g) => windowSeconds(g) <= 86_400, { message: 'Must be at most 1 day', path: ['value'] });
export type SessionGap = z.infer<typeof SessionGapSchema>;

/** The node that stands for nodes cut from the middle of a path between a start and an end. */
export const ELIDED_NODE = '…';
/**
 * The node that stands for the rare nodes of a step (see `minNodeShare`, `maxNodesPerStep`); a
 * real node with this very name shares its box in the diagram, as PostHog's groupings do.
 */
export const OTHER_NODE = 'other';

/**
 * The paths persons take, for a Sankey diagram and a list of the most common full paths.
 * Semantics follow PostHog's Paths (users compare the two), see compile-paths.ts for the exact
 * definition of a person's path; splitting into sessions and collapsing repeats are options here,
 * where PostHog always does both.
 *
 * ```json
 * { "type": "paths", "by": "page", "steps": 4,
 *   "start": { "event": "$page", "where": [{ "name": "path", "op": "eq", "value": "/pricing" }] },
 *   "end": { "event": "Order Completed" },
 *   "sessions": true, "sessionGap": { "value": 30, "unit": "minute" },
 *   "include": ["$page", "Order Completed"], "exclude": [], "collapse": true,
 *   "minNodeShare": 0.01, "maxNodesPerStep": 10, "pathLimit": 20,
 *   "range": { "from": "2026-03-01T00:00:00Z", "to": "2026-04-01T00:00:00Z" },
 *   "where": [{ "on": "field", "name": "channel", "op": "eq", "value": "web" }] }
 * ```
 * Touchpoint and stage paths name the journey map: `{ "type": "paths", "by": "stage", "mapId": "map-shop" }`.
 */
export const PathsSpecSchema = z
  .strictObject({
    type: z.literal('paths'),
    by: z.enum(PATH_NODE_KINDS, { error: `Must be one of: ${PATH_NODE_KINDS.join(', ')}` }).default('event'),
    /** The journey map whose touchpoints (or stages) are the nodes; only with `by` touchpoint or stage. */
    mapId: IdSchema.optional(),
    /** Paths after a start event: each begins at its sequence's first start event. */
    start: PathAnchorSchema.optional(),
    /** Paths leading to an end event: each ends at its sequence's first end event (after the start). */
    end: PathAnchorSchema.optional(),
    /** The most nodes a path has. */
    steps: z
      .int('Must be a whole number')
      .min(2, 'Must be at least 2')
      .max(20, 'Must be at most 20')
      .default(5),
    /** One path per session instead of one per person. */
    sessions: z.boolean().default(false),
    sessionGap: SessionGapSchema.default({ value: 30, unit: 'minute' }),
    /** Only events with these names are nodes (anchor events always are). */
    include: EventNameListSchema.min(1, 'List must not be empty').optional(),
    /** Events with these names are never nodes. */
    exclude: EventNameListSchema.default([]),
    /** Consecutive equal nodes count as one (A, A, B → A, B). */
    collapse: z.boolean().default(false),
    /** Nodes of a step reached by a smaller share (0..1) of all paths are grouped as "other". */
    minNodeShare: z.number().min(0, 'Must be at least 0').max(1, 'Must be at most 1').default(0),
    /** Beyond this many most common nodes of a step, the rest are grouped as "other". */
    maxNodesPerStep: z.int('Must be a whole number').min(1).max(1_000, 'Must be at most 1000').optional(),
    /** How many of the most common full paths to list. */
    pathLimit: z.int('Must be a whole number').min(1).max(1_000, 'Must be at most 1000').default(20),
    range: TimeRangeSchema.optional(),
    where: WhereSchema.default([]),
  })
  .superRefine((spec, ctx) => {
    const needsMap = spec.by === 'touchpoint' || spec.by === 'stage';
    if (needsMap && spec.mapId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['mapId'],
        message: `Is required with by "${spec.by}": name the journey map`,
      });
    }
    if (!needsMap && spec.mapId !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['mapId'],
        message: 'Is only used with by "touchpoint" or "stage"',
      });
    }
    // Both anchors need room for the start, the "…" of a cut middle and the end.
    if (spec.start && spec.end && spec.steps < 3) {
      ctx.addIssue({
        code: 'custom',
        path: ['steps'],
        message: 'Must be at least 3 with both start and end',
      });
    }
    for (const key of ['start', 'end'] as const) {
      const anchor = spec[key];
      if (anchor && spec.exclude.includes(anchor.event)) {
        ctx.addIssue({
          code: 'custom',
          path: [key, 'event'],
          message: `Must not be an excluded event (${anchor.event})`,
        });
      }
    }
    spec.exclude.forEach((name, i) => {
      if (spec.include?.includes(name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['exclude', i],
          message: `Must not also be included (${name})`,
        });
      }
    });
  });
export type PathsSpec = z.infer<typeof PathsSpecSchema>;
/** A paths spec as written, before defaults are filled in. */
export type PathsSpecInput = z.input<typeof PathsSpecSchema>;

/** Seconds of inactivity that start a new session. */
export function sessionGapSeconds(spec: Pick<PathsSpec, 'sessionGap'>): number {
  return windowSeconds(spec.sessionGap);
}
