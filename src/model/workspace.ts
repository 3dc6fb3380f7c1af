import { z } from 'zod';
import { IdSchema } from './id.ts';
import { NameSchema } from './text.ts';
import { TimestampSchema } from './timestamp.ts';

/** Lower-case words joined by single hyphens, e.g. `acme-shop`; used in URLs, so kept DNS-label-like. */
export const SlugSchema = z
  .string()
  .min(1, 'Slug must not be empty')
  .max(63, 'Slug must be at most 63 characters')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Slug may contain lower-case letters, digits and single hyphens');

/** The unit of data isolation: every map, event and person belongs to exactly one workspace. */
export const WorkspaceSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  slug: SlugSchema,
  createdAt: TimestampSchema,
});
export type Workspace = z.infer<typeof WorkspaceSchema>;
