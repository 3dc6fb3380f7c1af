import { describe, expect, it } from 'vitest';
import { PathTableBuilder, tableTotals } from './path-table.ts';

describe('PathTableBuilder', () => {
  it('merges identical paths and keeps touches as channel ids in order', () => {
    const b = new PathTableBuilder();
    b.add(['search', 'email'], 2, 20, 1);
    b.add(['email'], 1, 5, 0);
    b.add(['search', 'email'], 3, 30, 4);
    const t = b.build();
    expect(t.channels).toEqual(['search', 'email']);
    expect(Array.from(t.offsets)).toEqual([0, 2, 3]);
    expect(Array.from(t.touches)).toEqual([0, 1, 1]);
    expect(Array.from(t.conversions)).toEqual([5, 1]);
    expect(Array.from(t.value)).toEqual([50, 5]);
    expect(Array.from(t.nulls)).toEqual([5, 0]);
    expect(tableTotals(t)).toEqual({ conversions: 6, value: 55, nulls: 5 });
  });

  it('tells a > b from b > a and from a > b > b', () => {
    const b = new PathTableBuilder();
    b.add(['a', 'b'], 1, 0, 0);
    b.add(['b', 'a'], 1, 0, 0);
    b.add(['a', 'b', 'b'], 1, 0, 0);
    expect(b.build().conversions.length).toBe(3);
  });

  it('refuses an empty path', () => {
    expect(() => new PathTableBuilder().add([], 1, 0, 0)).toThrow(/at least one touch/);
  });
});
