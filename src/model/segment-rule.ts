import { z } from 'zod';
import { conditionSchema } from './condition.ts';

/** One test on a person trait, e.g. `{ trait: 'plan', op: 'in', value: ['pro', 'team'] }`. */
export const TraitConditionSchema = conditionSchema('trait');
export type TraitCondition = z.infer<typeof TraitConditionSchema>;

/**
 * Which persons a persona stands for: every condition must hold (`all`) or at least one (`any`).
 * Deliberately flat — personas are described by a handful of traits, and a flat list stays
 * editable in a form; nested groups can come later as a new `match` kind.
 */
export const SegmentRuleSchema = z.strictObject({
  match: z.enum(['all', 'any']),
  conditions: z
    .array(TraitConditionSchema)
    .min(1, 'A segment rule needs at least one condition')
    .max(50, 'A segment rule may have at most 50 conditions'),
});
export type SegmentRule = z.infer<typeof SegmentRuleSchema>;
