import { z } from 'zod';
import { IdSchema } from '../../model/id.ts';
import { purchaseValueShape } from './journey-scope.ts';
import { TimeRangeSchema } from './time-range.ts';
import { WhereSchema } from './where-filter.ts';

/** A top-level trait key a segment rule can name (letters, digits, `_`, `$`, `-`). */
const TraitKeySchema = z
  .string()
  .max(200, 'Must be at most 200 characters')
  .regex(/^[\p{L}\p{N}_$-]+$/u, 'Must be a top-level trait name of letters, digits, "_", "$" and "-"');

/**
 * Suggested personas from data: persons clustered (k-means on standardised features) by how they
 * meet the brand — channels used, the furthest stage reached on `mapId` (when given), orders and
 * their value, days since last seen, share of device events on a phone, average NPS answer — each
 * suggestion with its size, the features that set it apart in words, and a segment rule over
 * person traits where one describes it well (insights/persona-suggestions.ts).
 *
 * - `k`: how many personas; without it, the k in 2..`maxK` with the best silhouette;
 * - `seed`: the same data and seed give the same suggestions;
 * - `traits`: trait names a rule may use (default: every top-level trait with a short list of
 *   values, or numbers);
 * - `sampleSize`: most persons the clustering is fitted on (a seeded sample; every person is then
 *   assigned to the nearest suggestion for the sizes).
 *
 * ```json
 * { "type": "personaSuggestions", "mapId": "map-shop", "k": 4, "seed": 7,
 *   "range": { "from": "2026-01-01T00:00:00Z", "to": "2026-04-01T00:00:00Z" } }
 * ```
 */
export const PersonaSuggestionsSpecSchema = z.strictObject({
  type: z.literal('personaSuggestions'),
  mapId: IdSchema.optional(),
  range: TimeRangeSchema.optional(),
  where: WhereSchema.default([]),
  ...purchaseValueShape,
  k: z.int('Must be a whole number').min(2, 'Must be at least 2').max(12, 'Must be at most 12').optional(),
  maxK: z.int('Must be a whole number').min(2, 'Must be at least 2').max(12, 'Must be at most 12').default(6),
  seed: z
    .int('Must be a whole number')
    .min(0)
    .max(2 ** 31 - 1)
    .default(42),
  traits: z.array(TraitKeySchema).max(50, 'At most 50 traits').optional(),
  sampleSize: z
    .int('Must be a whole number')
    .min(10, 'Must be at least 10')
    .max(200_000, 'Must be at most 200000')
    .default(20_000),
});
export type PersonaSuggestionsSpec = z.infer<typeof PersonaSuggestionsSpecSchema>;
export type PersonaSuggestionsSpecInput = z.input<typeof PersonaSuggestionsSpecSchema>;
