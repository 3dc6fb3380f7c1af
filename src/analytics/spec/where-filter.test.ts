import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../model/format-issue.ts';
import { propertyPath, WhereSchema } from './where-filter.ts';

const errors = (input: unknown) => {
  const r = WhereSchema.safeParse(input);
  return r.success ? [] : formatIssues(r.error.issues);
};

describe('WhereSchema', () => {
  it('defaults the subject to an event property', () => {
    expect(WhereSchema.parse([{ name: 'plan', op: 'eq', value: 'pro' }])).toEqual([
      { on: 'property', name: 'plan', op: 'eq', value: 'pro' },
    ]);
  });

  it('accepts any text as a name, and lists of keys as nested paths', () => {
    const hostile = '\'); DROP TABLE events; -- $.a[0] "x" ż';
    expect(WhereSchema.parse([{ name: hostile, op: 'is_set' }])[0]).toMatchObject({ name: hostile });
    expect(propertyPath('utm.source')).toEqual(['utm.source']);
    expect(propertyPath(['address', 'city'])).toEqual(['address', 'city']);
  });

  it('gives each operator exactly the value it needs', () => {
    expect(errors([{ name: 'a', op: 'in', value: 'x' }])).toEqual([
      { path: '[0].value', message: 'Must be a list of values' },
    ]);
    expect(errors([{ name: 'a', op: 'in', value: [] }])).toEqual([
      { path: '[0].value', message: 'List must not be empty' },
    ]);
    expect(errors([{ name: 'a', op: 'is_set', value: 1 }])).toEqual([
      { path: '[0].value', message: 'Unknown field "value"' },
    ]);
    expect(errors([{ name: 'a', op: 'gt', value: true }])).toEqual([
      { path: '[0].value', message: 'Must be a number, or a string (compared as text, e.g. an ISO date)' },
    ]);
    expect(errors([{ name: 'a', op: 'eq', value: { nested: 1 } }])).toEqual([
      { path: '[0].value', message: 'Must be a string, a finite number or a boolean' },
    ]);
  });

  it('names the field of each mistake', () => {
    expect(errors([{ on: 'event', name: 'a', op: 'eq', value: 1 }])).toEqual([
      { path: '[0].on', message: 'Must be one of: property, trait, field, persona' },
    ]);
    expect(errors([{ name: 'a', op: 'equals', value: 1 }])).toEqual([
      {
        path: '[0].op',
        message: 'Must be one of: eq, neq, in, not_in, contains, gt, gte, lt, lte, is_set, is_not_set',
      },
    ]);
    expect(errors([{ name: '', op: 'is_set' }])).toEqual([
      { path: '[0].name', message: 'Must not be empty' },
    ]);
    expect(errors([{ name: 'a\u0000b', op: 'is_set' }])).toEqual([
      { path: '[0].name', message: 'Must not contain the NUL character' },
    ]);
  });

  it('allows only whitelisted event fields, and known channels', () => {
    expect(errors([{ on: 'field', name: 'person_id', op: 'eq', value: 'x' }])).toEqual([
      { path: '[0].name', message: 'Must be one of: channel, type, name' },
    ]);
    expect(errors([{ on: 'field', name: 'channel', op: 'in', value: ['web', 'emial'] }])).toEqual([
      {
        path: '[0].value[1]',
        message: expect.stringMatching(/^Unknown channel "emial"; channels are: web, app, email/),
      },
    ]);
  });

  it('takes persona conditions by map and persona id', () => {
    expect(
      WhereSchema.parse([{ on: 'persona', map: 'map-shop', op: 'in', value: ['p-1', 'p-2'] }]),
    ).toHaveLength(1);
    expect(errors([{ on: 'persona', map: 'map-shop', op: 'contains', value: 'p' }])).toEqual([
      { path: '[0].op', message: 'Must be one of: eq, neq, in, not_in' },
    ]);
  });
});
