import { describe, expect, it } from 'vitest';
import { buildMessage, coerceScalar, planColumns } from './columns.ts';

describe('coerceScalar', () => {
  it.each([
    ['42', 42],
    ['-0.5', -0.5],
    ['1e3', 1000],
    ['true', true],
    ['false', false],
    // stays text: leading zeros, beyond 2^53, overflow, not JSON, JSON null
    ['007', '007'],
    ['12345678901234567890', '12345678901234567890'],
    ['1e400', '1e400'],
    ['.5', '.5'],
    ['TRUE', 'TRUE'],
    ['null', 'null'],
  ])('%s → %o', (cell, expected) => {
    expect(coerceScalar(cell)).toEqual(expected);
  });
});

describe('buildMessage', () => {
  it('applies the JSON column first, whatever the column order, then dotted columns', () => {
    const plan = planColumns(['context.page.path', 'context', 'channel', 'userId'], { coerceScalars: true });
    expect(buildMessage(plan, ['/a', '{"page":{"title":"A"}}', 'email', 'u1'])).toEqual({
      message: {
        type: 'track',
        userId: 'u1',
        context: { page: { title: 'A', path: '/a' }, channel: 'email' },
      },
    });
  });

  it('does not coerce context.* cells, nor cells when coerceScalars is off', () => {
    const csv = planColumns(['context.page.search', 'properties.n'], { coerceScalars: true });
    expect(buildMessage(csv, ['123', '5'])).toEqual({
      message: { type: 'track', context: { page: { search: '123' } }, properties: { n: 5 } },
    });
    const typed = planColumns(['properties.n'], { coerceScalars: false });
    expect(buildMessage(typed, ['5'])).toEqual({ message: { type: 'track', properties: { n: '5' } } });
  });

  it('reports a dotted column that would write inside a non-object', () => {
    const plan = planColumns(['properties', 'properties.a.b'], { coerceScalars: true });
    expect(buildMessage(plan, ['{"a":1}', 'x'])).toEqual({
      error: 'cannot set properties.a.b: properties.a is not an object',
    });
  });

  it('refuses repeated and malformed column names', () => {
    expect(() => planColumns(['event', 'event'], { coerceScalars: true })).toThrow(/"event \(repeated\)"/);
    expect(() =>
      planColumns(['properties.', 'traits..x', 'context.prototype'], { coerceScalars: true }),
    ).toThrow(/unknown columns "properties.", "traits..x", "context.prototype"/);
  });
});
