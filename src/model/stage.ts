import { z } from 'zod';
import { IdSchema } from './id.ts';
import { DescriptionSchema, NameSchema } from './text.ts';

/**
 * A column of the map. Order is the position in `JourneyMap.stages`, not a field, so reordering
 * is one array move and two stages can never claim the same place.
 */
export const StageSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  description: DescriptionSchema.optional(),
  // Which template stage this came from (e.g. `awareness`), so its name and description can be
  // re-translated when the map's locale changes. Free-form so maps from newer templates still load.
  templateKey: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/, 'Template key must be snake_case')
    .max(64)
    .optional(),
});
export type Stage = z.infer<typeof StageSchema>;
