import { z } from 'zod';

/**
 * Operators shared by persona segment rules (over person traits) and touchpoint event filters
 * (over event properties), so one compiler in analytics/ can turn both into bound SQL predicates.
 */
export const CONDITION_OPS = [
  'eq',
  'neq',
  'in',
  'not_in',
  'contains',
  'gt',
  'gte',
  'lt',
  'lte',
  'is_set',
  'is_not_set',
] as const;

export const ConditionOpSchema = z.enum(CONDITION_OPS);
export type ConditionOp = z.infer<typeof ConditionOpSchema>;

/** A single comparable value. `null` is left out: "has no value" is spelled `is_not_set`. */
export const ScalarSchema = z.union([
  z.string().max(1_000, 'Must be at most 1000 characters'),
  z.number(),
  z.boolean(),
]);
export type Scalar = z.infer<typeof ScalarSchema>;

/**
 * A trait or property name, optionally a dotted path into nested JSON (`address.city`). Only
 * letters, digits, `_`, `$` and `-` per segment: analytics turns these into JSON paths, and a
 * whitelisted shape keeps that mapping trivial to audit.
 */
export const FieldPathSchema = z
  .string()
  .max(200, 'Must be at most 200 characters')
  .regex(
    /^[\p{L}\p{N}_$-]+(\.[\p{L}\p{N}_$-]+)*$/u,
    'Must be a name or dotted path of letters, digits, "_", "$" and "-" (e.g. address.city)',
  );

/**
 * Builds the condition schema `{ [field], op, value? }` for a field key (`'trait'` or
 * `'property'`). A discriminated union on `op` means each operator gets exactly the value it
 * needs — a list for `in`, none for `is_set` — and TypeScript narrows `value` by `op`.
 * Example: `conditionSchema('trait').parse({ trait: 'age', op: 'gte', value: 18 })`.
 */
export function conditionSchema<K extends string>(field: K) {
  const key = { [field]: FieldPathSchema } as { [P in K]: typeof FieldPathSchema };
  return z.discriminatedUnion('op', [
    z.strictObject({ ...key, op: z.enum(['eq', 'neq']), value: ScalarSchema }),
    z.strictObject({
      ...key,
      op: z.enum(['in', 'not_in']),
      value: z.array(ScalarSchema).min(1, 'List must not be empty').max(1_000, 'List is too long'),
    }),
    // Substring of a string, or element of an array-valued trait/property.
    z.strictObject({ ...key, op: z.literal('contains'), value: z.string().min(1).max(1_000) }),
    // Strings allowed so ISO dates compare (they sort lexically).
    z.strictObject({
      ...key,
      op: z.enum(['gt', 'gte', 'lt', 'lte']),
      value: z.union([z.number(), z.string()]),
    }),
    z.strictObject({ ...key, op: z.enum(['is_set', 'is_not_set']) }),
  ]);
}
