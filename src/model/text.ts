import { z } from 'zod';

// Limits keep a single field from bloating a map (maps are shared, versioned and rendered whole)
// and are generous enough for real research notes. No `.trim()`: schemas here never transform,
// so parsing a valid map returns it unchanged and JSON round-trips are exact.

const notBlank = (s: string) => s.trim().length > 0;

/** A short, non-blank label: a stage, persona, touchpoint or map name. */
export const NameSchema = z
  .string()
  .max(200, 'Must be at most 200 characters')
  .refine(notBlank, 'Must not be blank');

/** A note on a lane card or a quote: non-blank, up to 2,000 characters. */
export const TextSchema = z
  .string()
  .max(2_000, 'Must be at most 2000 characters')
  .refine(notBlank, 'Must not be blank');

/** A longer free-text description (may be empty), up to 10,000 characters. */
export const DescriptionSchema = z.string().max(10_000, 'Must be at most 10000 characters');
