import { z } from 'zod';
import { IdSchema } from '../../model/id.ts';
import { ConversionWindowSchema } from './funnel-spec.ts';
import { TimeRangeSchema } from './time-range.ts';
import { WhereSchema } from './where-filter.ts';

/**
 * The live numbers of a journey map: per touchpoint, per stage, and the moves between stages,
 * measured on the stitched events that match the touchpoints' event bindings.
 *
 * - `mapId`: a journey map of the workspace; its stages give the order, its touchpoints (those
 *   with an event binding) say which events are evidence of which stage.
 * - `range`: the touchpoint events counted (reach, volume, stage entries, the origin of a move)
 *   fall inside it; reaching a later stage may happen after `to` (as a funnel's later steps may).
 * - `window`: how long after the first event at a touchpoint (or stage) reaching a later stage
 *   still counts as converting, and the longest gap a stage-to-stage move may span. Without it,
 *   any later time counts: "never reached a later stage" means never.
 * - `where`: which events are seen at all (as in funnels); `persona`: only persons of these
 *   personas of the same map (their segment rules), a shortcut for a persona condition.
 *
 * ```json
 * { "type": "journey", "mapId": "map-shop",
 *   "range": { "from": "2026-03-01T00:00:00Z", "to": "2026-04-01T00:00:00Z" },
 *   "window": { "value": 30, "unit": "day" },
 *   "where": [{ "on": "field", "name": "channel", "op": "neq", "value": "email" }],
 *   "persona": "p-young-pro" }
 * ```
 */
export const JourneySpecSchema = z.strictObject({
  type: z.literal('journey'),
  mapId: IdSchema,
  range: TimeRangeSchema.optional(),
  window: ConversionWindowSchema.optional(),
  where: WhereSchema.default([]),
  persona: z
    .union(
      [
        IdSchema,
        z.array(IdSchema).min(1, 'List must not be empty').max(100, 'List must have at most 100 personas'),
      ],
      { error: 'Must be a persona id of the map, or a list of them' },
    )
    .optional(),
});
export type JourneySpec = z.infer<typeof JourneySpecSchema>;
/** A journey spec as written, before defaults are filled in. */
export type JourneySpecInput = z.input<typeof JourneySpecSchema>;

/** The persona ids a spec's `persona` names, as a list (empty without one). */
export function specPersonas(spec: Pick<JourneySpec, 'persona'>): string[] {
  if (spec.persona === undefined) return [];
  return typeof spec.persona === 'string' ? [spec.persona] : spec.persona;
}
