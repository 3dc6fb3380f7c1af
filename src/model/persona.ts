import { z } from 'zod';
import { ChannelSchema } from './channel.ts';
import { IdSchema } from './id.ts';
import { SegmentRuleSchema } from './segment-rule.ts';
import { NameSchema, TextSchema } from './text.ts';

/** Age bracket in whole years; either end may be open (`{ min: 65 }` = 65 and over). */
export const AgeRangeSchema = z
  .strictObject({
    min: z.int().min(0).max(150).optional(),
    max: z.int().min(0).max(150).optional(),
  })
  .refine((r) => r.min !== undefined || r.max !== undefined, 'Give at least one of min and max')
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
    message: 'min must not be greater than max',
    path: ['max'],
  });
export type AgeRange = z.infer<typeof AgeRangeSchema>;

/**
 * Who the persona is. Common fields are typed so the UI can lay them out and filter on them;
 * `extra` holds anything else research produced (family status, device, …) as label → value.
 */
export const DemographicsSchema = z.strictObject({
  ageRange: AgeRangeSchema.optional(),
  occupation: NameSchema.optional(),
  location: NameSchema.optional(),
  // A string, not a number: research states income as brackets in a currency ("4–6k PLN/month").
  income: NameSchema.optional(),
  // zod drops a `__proto__` key here rather than copying it, so JSON input cannot swap prototypes.
  extra: z.record(NameSchema, TextSchema).optional(),
});
export type Demographics = z.infer<typeof DemographicsSchema>;

/**
 * A semi-fictional customer type built from research and data. Shown with a photo or, when there
 * is none, an emoji; `segment` says which real persons it stands for, so its numbers can be measured.
 */
export const PersonaSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  photoUrl: z
    .url({ protocol: /^https?$/, message: 'Must be an http(s) URL' })
    .max(2_000)
    .optional(),
  emoji: z.string().min(1).max(16, 'Must be a short emoji (at most 16 characters)').optional(),
  quote: TextSchema.optional(),
  demographics: DemographicsSchema,
  goals: z.array(TextSchema).max(50),
  frustrations: z.array(TextSchema).max(50),
  preferredChannels: z
    .array(ChannelSchema)
    .refine((list) => new Set(list).size === list.length, 'Channels must not repeat'),
  segment: SegmentRuleSchema.optional(),
});
export type Persona = z.infer<typeof PersonaSchema>;
