import { describe, expect, it } from 'vitest';
import { reorderedIds } from './reordered.ts';

describe('reorderedIds', () => {
  it('reports only the one item that moved, not everything whose index shifted', () => {
    expect(reorderedIds(['a', 'b', 'c', 'd'], ['d', 'a', 'b', 'c'])).toEqual(new Set(['d']));
  });

  it('reports nothing when items were only added or removed around the others', () => {
    expect(reorderedIds(['a', 'b', 'c'], ['x', 'a', 'c', 'y'])).toEqual(new Set());
  });

  it('reports one of two swapped neighbours', () => {
    expect(reorderedIds(['a', 'b'], ['b', 'a']).size).toBe(1);
  });
});
