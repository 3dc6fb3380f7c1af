import { z } from 'zod';
import { ChannelSchema } from './channel.ts';
import { EventBindingSchema } from './event-binding.ts';
import { IdSchema } from './id.ts';
import { DescriptionSchema, NameSchema } from './text.ts';

/**
 * A moment the customer meets the brand (an ad, the checkout page, a store visit) within one
 * stage. With `event` set, the platform measures it: reach, volume, conversion, drop-off.
 */
export const TouchpointSchema = z.strictObject({
  id: IdSchema,
  stageId: IdSchema,
  channel: ChannelSchema,
  name: NameSchema,
  description: DescriptionSchema.optional(),
  // The team or person answerable for this touchpoint, so findings reach someone who can act.
  owner: NameSchema.optional(),
  event: EventBindingSchema.optional(),
});
export type Touchpoint = z.infer<typeof TouchpointSchema>;
