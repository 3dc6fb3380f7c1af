import { describe, expect, expectTypeOf, it } from 'vitest';
import { CONDITION_OPS, type ConditionOp, conditionSchema, FieldPathSchema } from './condition.ts';
import { formatIssues } from './format-issue.ts';

const Condition = conditionSchema('field');

describe('conditionSchema', () => {
  // One valid example per operator, so adding an operator without a schema branch fails here.
  const valid: Record<ConditionOp, unknown> = {
    eq: { field: 'plan', op: 'eq', value: 'pro' },
    neq: { field: 'vip', op: 'neq', value: true },
    in: { field: 'country', op: 'in', value: ['PL', 'FI'] },
    not_in: { field: 'age', op: 'not_in', value: [1, 2] },
    contains: { field: 'interests', op: 'contains', value: 'running' },
    gt: { field: 'orders', op: 'gt', value: 3 },
    gte: { field: 'signed_up', op: 'gte', value: '2025-01-01' },
    lt: { field: 'age', op: 'lt', value: 35 },
    lte: { field: 'age', op: 'lte', value: 64.5 },
    is_set: { field: 'email', op: 'is_set' },
    is_not_set: { field: 'address.city', op: 'is_not_set' },
  };

  it.each(CONDITION_OPS)('accepts a well-formed %s condition unchanged', (op) => {
    expect(Condition.parse(valid[op])).toEqual(valid[op]);
  });

  it.each([
    ['value on is_set', { field: 'email', op: 'is_set', value: 'x' }, 'value', 'Unknown field "value"'],
    ['missing value on eq', { field: 'plan', op: 'eq' }, 'value', 'Invalid input'],
    ['scalar for in', { field: 'plan', op: 'in', value: 'pro' }, 'value', 'Invalid input: expected array'],
    ['empty list for not_in', { field: 'plan', op: 'not_in', value: [] }, 'value', 'List must not be empty'],
    ['boolean for gt', { field: 'age', op: 'gt', value: true }, 'value', 'Invalid input'],
    ['number for contains', { field: 'tags', op: 'contains', value: 3 }, 'value', 'Invalid input'],
    ['null for eq', { field: 'plan', op: 'eq', value: null }, 'value', 'Invalid input'],
    ['unknown op', { field: 'plan', op: 'like', value: 'p%' }, 'op', 'Invalid discriminator value'],
    ['bad field path', { field: 'a..b', op: 'is_set' }, 'field', 'Must be a name or dotted path'],
  ])('rejects %s at its path', (_name, input, path, message) => {
    const result = Condition.safeParse(input);
    expect(result.success).toBe(false);
    const [first] = formatIssues(result.error?.issues ?? []);
    expect(first?.path).toBe(path);
    expect(first?.message).toContain(message);
  });

  it('narrows the value type by operator', () => {
    const c = Condition.parse(valid.in);
    if (c.op === 'in' || c.op === 'not_in')
      expectTypeOf(c.value).toEqualTypeOf<(string | number | boolean)[]>();
    if (c.op === 'is_set') expectTypeOf(c).not.toHaveProperty('value');
    expectTypeOf(c.field).toEqualTypeOf<string>();
  });
});

describe('FieldPathSchema', () => {
  it.each(['plan', 'address.city', '$current_url', 'miasto_zamieszkania', 'województwo', 'utm-source'])(
    'accepts %s',
    (path) => expect(FieldPathSchema.safeParse(path).success).toBe(true),
  );

  it.each(['', 'a.', '.a', 'has space', "x'; drop table", 'a[0]'])('rejects %j', (path) => {
    expect(FieldPathSchema.safeParse(path).success).toBe(false);
  });
});
