import { z } from 'zod';
import { AudienceDefinitionSchema } from '../../analytics/audiences/audience-definition.ts';
import { NameSchema } from '../../model/text.ts';

/** A new audience: a name and the drop-off its persons come from. */
export const NewAudienceSchema = z.strictObject({ name: NameSchema, definition: AudienceDefinitionSchema });
export type NewAudienceInput = z.infer<typeof NewAudienceSchema>;

/** A page of an audience's persons. */
export const MembersPageSchema = z.strictObject({
  offset: z.coerce.number().int('Must be a whole number').min(0, 'Must be at least 0').default(0),
  limit: z.coerce
    .number()
    .int('Must be a whole number')
    .min(1, 'Must be at least 1')
    .max(1_000, 'Must be at most 1000')
    .default(100),
});
