import { z } from 'zod';
import { CHANNEL_NAMES } from '../../model/channel.ts';
import { IdSchema } from '../../model/id.ts';

/**
 * A property or trait name. Names are data — users send whatever keys their SDK produces
 * (`$current_url`, `utm.source`, `Größe`, even `'); DROP TABLE`) — so any text is allowed and it
 * never reaches SQL text: the compiler turns it into a bound JSON path parameter.
 *
 * - a string is ONE top-level key, taken literally (`"utm.source"` is the key `utm.source`);
 * - an array is a path into nested objects (`["address", "city"]` → `properties.address.city`).
 *
 * NUL is refused because engines truncate or reject it in strings.
 */
const KeySchema = z
  .string()
  .min(1, 'Must not be empty')
  .max(200, 'Must be at most 200 characters')
  .refine((s) => !s.includes('\u0000'), 'Must not contain the NUL character');

export const PropertyNameSchema = z.union(
  [
    KeySchema,
    z.array(KeySchema).min(1, 'Must name at least one key').max(10, 'Must be at most 10 keys deep'),
  ],
  { error: 'Must be a key name or a list of keys (a path into nested objects)' },
);
export type PropertyName = z.infer<typeof PropertyNameSchema>;

/** The key path of a property name: `'plan'` → `['plan']`, `['a', 'b']` → `['a', 'b']`. */
export function propertyPath(name: PropertyName): readonly string[] {
  return typeof name === 'string' ? [name] : name;
}

/**
 * Typed event columns a filter or breakdown may name. A whitelist: these names are the only
 * column identifiers user input can select, and each maps to a fixed column in the compiler.
 */
export const EVENT_FIELDS = ['channel', 'type', 'name'] as const;
export const EventFieldSchema = z.enum(EVENT_FIELDS, {
  error: `Must be one of: ${EVENT_FIELDS.join(', ')}`,
});
export type EventField = z.infer<typeof EventFieldSchema>;

const ScalarSchema = z.union(
  [z.string().max(1_000, 'Must be at most 1000 characters'), z.number(), z.boolean()],
  {
    error: 'Must be a string, a finite number or a boolean',
  },
);
const ScalarListSchema = z
  .array(ScalarSchema, { error: 'Must be a list of values' })
  .min(1, 'List must not be empty')
  .max(1_000, 'List must have at most 1000 values');
const OrderedValueSchema = z.union([z.number(), z.string().max(1_000, 'Must be at most 1000 characters')], {
  error: 'Must be a number, or a string (compared as text, e.g. an ISO date)',
});
const NeedleSchema = z
  .string({ error: 'Must be a string' })
  .min(1, 'Must not be empty')
  .max(1_000, 'Must be at most 1000 characters');

const OP_LIST = 'eq, neq, in, not_in, contains, gt, gte, lt, lte, is_set, is_not_set';

/**
 * `{ on, name, op, value }` for a subject (`property`, `trait`), as a union on `op` so each
 * operator gets exactly the value it needs: one scalar for eq/neq, a list for in/not_in, a string
 * for contains, a number or string for comparisons, nothing for is_set/is_not_set.
 */
function conditionOn<On extends z.ZodType<string>, N extends z.ZodType>(on: On, name: N) {
  const base = { on, name };
  return z.discriminatedUnion(
    'op',
    [
      z.strictObject({ ...base, op: z.enum(['eq', 'neq']), value: ScalarSchema }),
      z.strictObject({ ...base, op: z.enum(['in', 'not_in']), value: ScalarListSchema }),
      z.strictObject({ ...base, op: z.literal('contains'), value: NeedleSchema }),
      z.strictObject({ ...base, op: z.enum(['gt', 'gte', 'lt', 'lte']), value: OrderedValueSchema }),
      z.strictObject({ ...base, op: z.enum(['is_set', 'is_not_set']) }),
    ],
    { error: `Must be one of: ${OP_LIST}` },
  );
}

/** On an event property; `on` may be left out (property is the common case). */
export const PropertyFilterSchema = conditionOn(
  z.literal('property').default('property'),
  PropertyNameSchema,
);
/** On a trait of the (stitched) person, as it is now — not as it was when the event happened. */
export const TraitFilterSchema = conditionOn(z.literal('trait'), PropertyNameSchema);
/** On a typed event column, e.g. the normalised `channel`. */
export const FieldFilterSchema = conditionOn(z.literal('field'), EventFieldSchema).superRefine((f, ctx) => {
  if (f.name !== 'channel' || !('value' in f) || f.op === 'contains') return;
  const values = Array.isArray(f.value) ? f.value : [f.value];
  values.forEach((v, i) => {
    if (!(CHANNEL_NAMES as readonly unknown[]).includes(v)) {
      ctx.addIssue({
        code: 'custom',
        path: Array.isArray(f.value) ? ['value', i] : ['value'],
        message: `Unknown channel ${JSON.stringify(v)}; channels are: ${CHANNEL_NAMES.join(', ')}`,
      });
    }
  });
});
/**
 * The person belongs (eq/in) or does not belong (neq/not_in) to a persona of a journey map, i.e.
 * their traits pass the persona's segment rule.
 */
export const PersonaFilterSchema = z.discriminatedUnion(
  'op',
  [
    z.strictObject({ on: z.literal('persona'), map: IdSchema, op: z.enum(['eq', 'neq']), value: IdSchema }),
    z.strictObject({
      on: z.literal('persona'),
      map: IdSchema,
      op: z.enum(['in', 'not_in']),
      value: z
        .array(IdSchema)
        .min(1, 'List must not be empty')
        .max(100, 'List must have at most 100 personas'),
    }),
  ],
  { error: 'Must be one of: eq, neq, in, not_in' },
);

/**
 * One condition of a `where` list; a list holds when every condition holds. Examples:
 * ```json
 * { "name": "plan", "op": "eq", "value": "pro" }
 * { "on": "property", "name": ["address", "city"], "op": "in", "value": ["Kraków", "Gdańsk"] }
 * { "on": "trait", "name": "age", "op": "gte", "value": 18 }
 * { "on": "field", "name": "channel", "op": "in", "value": ["email", "sms"] }
 * { "on": "persona", "map": "shop-journey", "op": "eq", "value": "busy-parent" }
 * ```
 * Value semantics: a string compares with the value's text, a number numerically (so `"10"` and
 * `10` both equal 10), a boolean with `true`/`false`. `neq` and `not_in` also match when the value
 * is not set (as in PostHog). `contains` is a case-insensitive substring test on text, or an
 * exact element test on an array. `gt`…`lte` compare numbers numerically and strings as text.
 * JSON `null` counts as not set.
 */
export const WhereFilterSchema = z.discriminatedUnion(
  'on',
  [PropertyFilterSchema, TraitFilterSchema, FieldFilterSchema, PersonaFilterSchema],
  { error: 'Must be one of: property, trait, field, persona' },
);
export type WhereFilter = z.infer<typeof WhereFilterSchema>;
export type PersonaFilter = z.infer<typeof PersonaFilterSchema>;

export const WhereSchema = z
  .array(WhereFilterSchema, { error: 'Must be a list of conditions' })
  .max(50, 'At most 50 conditions');
