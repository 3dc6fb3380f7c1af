import { z } from 'zod';

/**
 * Identifier of any map object. Kept URL- and file-name-safe because ids end up in share links,
 * REST paths and DOM ids; 128 characters leaves room for prefixed UUIDs or ULIDs.
 */
export const IdSchema = z
  .string()
  .min(1, 'Id must not be empty')
  .max(128, 'Id must be at most 128 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'Id may contain only letters, digits, "_" and "-"');

export type Id = z.infer<typeof IdSchema>;

/** Produces a fresh id on each call; pass a fixed one to make map creation deterministic in tests. */
export type IdGenerator = () => Id;

/**
 * Random UUID v4 from Web Crypto, present in Node ≥ 19 and every browser, so the model stays free
 * of `node:` imports and can run in the web UI. Example: `randomId()` → `'3b241101-e2bb-4255-…'`.
 */
export const randomId: IdGenerator = () => globalThis.crypto.randomUUID();

/**
 * Deterministic ids `prefix-1`, `prefix-2`, …, for tests, fixtures and demo data.
 * Example: `const next = sequentialIds('s'); next() === 's-1'`.
 */
export function sequentialIds(prefix = 'id'): IdGenerator {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix}-${n}`;
  };
}
