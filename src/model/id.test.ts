import { describe, expect, it } from 'vitest';
import { IdSchema, randomId, sequentialIds } from './id.ts';

describe('IdSchema', () => {
  it.each(['s1', 'map_01', '3b241101-e2bb-4255-8caa-e80f4f5f8a2b', 'A'])('accepts %j', (id) => {
    expect(IdSchema.safeParse(id).success).toBe(true);
  });

  it.each(['', '-leading', 'has space', 'a/b', 'x'.repeat(129), 'zażółć'])('rejects %j', (id) => {
    expect(IdSchema.safeParse(id).success).toBe(false);
  });
});

describe('id generators', () => {
  it('randomId gives distinct valid ids', () => {
    const a = randomId();
    const b = randomId();
    expect(a).not.toBe(b);
    expect(IdSchema.parse(a)).toBe(a);
  });

  it('sequentialIds counts from 1 per generator', () => {
    const next = sequentialIds('s');
    expect([next(), next(), next()]).toEqual(['s-1', 's-2', 's-3']);
    expect(sequentialIds()()).toBe('id-1');
  });
});
