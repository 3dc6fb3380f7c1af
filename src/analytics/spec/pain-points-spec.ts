import { z } from 'zod';
import { journeyScopeShape, purchaseValueShape } from './journey-scope.ts';

/** The factors a pain point is ranked by, in the order they are shown. */
export const PAIN_FACTORS = ['dropOff', 'peopleAffected', 'revenueAtRisk', 'negativeFeedback'] as const;
export type PainFactor = (typeof PAIN_FACTORS)[number];

const WeightSchema = z.number().min(0, 'Must be at least 0').max(5, 'Must be at most 5');

/**
 * A ranking of a journey map's touchpoints as pain points: drop-off after the touchpoint ×
 * people affected × revenue at risk × negative feedback, each factor shown raw and scaled, so a
 * marketer sees why a touchpoint ranks where it does (see insights/rank-pain-points.ts).
 *
 * - `mapId`, `range`, `window`, `where`, `persona`: as in a journey spec (same persons, same
 *   conversions as the map's live numbers);
 * - `purchase` + `valueProperties`: where order values are (revenue at risk);
 * - `weights`: the exponent of each factor in the product (default 1; 0 leaves a factor out).
 *
 * ```json
 * { "type": "painPoints", "mapId": "map-shop", "window": { "value": 30, "unit": "day" },
 *   "purchase": { "event": "Order Completed" }, "valueProperties": ["revenue"],
 *   "weights": { "negativeFeedback": 2 } }
 * ```
 */
export const PainPointsSpecSchema = z.strictObject({
  type: z.literal('painPoints'),
  ...journeyScopeShape,
  ...purchaseValueShape,
  weights: z
    .strictObject({
      dropOff: WeightSchema.default(1),
      peopleAffected: WeightSchema.default(1),
      revenueAtRisk: WeightSchema.default(1),
      negativeFeedback: WeightSchema.default(1),
    })
    .default({ dropOff: 1, peopleAffected: 1, revenueAtRisk: 1, negativeFeedback: 1 }),
});
export type PainPointsSpec = z.infer<typeof PainPointsSpecSchema>;
export type PainPointsSpecInput = z.input<typeof PainPointsSpecSchema>;
