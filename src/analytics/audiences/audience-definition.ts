import { z } from 'zod';
import { IdSchema } from '../../model/id.ts';
import { FunnelSpecSchema } from '../spec/funnel-spec.ts';
import { JourneySpecSchema } from '../spec/journey-spec.ts';

/**
 * The persons who dropped off at funnel step `step` (counting from 0): they reached step
 * `step − 1` and not step `step` — exactly the persons counted in the funnel result's
 * `steps[step].dropOff`. `spec` is the funnel as the query API takes it; its breakdown and
 * interval do not matter here (every group together).
 */
export const FunnelDropOffSchema = z
  .strictObject({
    source: z.literal('funnel'),
    spec: FunnelSpecSchema,
    step: z.int('Must be a whole number').min(1, 'Must be at least 1: step 0 has no drop-off before it'),
  })
  .superRefine((d, ctx) => {
    if (d.step >= d.spec.steps.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['step'],
        message: `Must be a step index below ${d.spec.steps.length} (steps count from 0)`,
      });
    }
  });

/**
 * The persons who met a touchpoint of a journey map and never reached a later stage (within the
 * spec's window): the touchpoint's `dropOff` in the journey result for `spec`.
 */
export const TouchpointDropOffSchema = z.strictObject({
  source: z.literal('touchpoint'),
  spec: JourneySpecSchema,
  touchpointId: IdSchema,
});

/** How an audience's persons are found: a drop-off of a funnel step or of a touchpoint. */
export const AudienceDefinitionSchema = z.discriminatedUnion(
  'source',
  [FunnelDropOffSchema, TouchpointDropOffSchema],
  {
    error: 'Must be one of: funnel, touchpoint',
  },
);
export type AudienceDefinition = z.infer<typeof AudienceDefinitionSchema>;
