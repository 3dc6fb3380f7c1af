import { describe, expect, it } from 'vitest';
import { readPathRows } from './path-rows.ts';

describe('readPathRows', () => {
  it('reads totals, edges and ranked paths from engine values (bigint counts, NULL tails)', () => {
    const rows = [
      { kind: 'path', step: null, src: null, dst: null, n1: 'B', n2: null, n3: null, c: 1n, rk: 2n },
      { kind: 'edge', step: 1, src: 'A', dst: 'B', n1: null, n2: null, n3: null, c: 2n, rk: null },
      { kind: 'total', step: null, src: null, dst: null, n1: null, n2: null, n3: null, c: 3n, rk: null },
      { kind: 'path', step: null, src: null, dst: null, n1: 'A', n2: 'B', n3: null, c: 2n, rk: 1n },
    ];
    expect(readPathRows(rows, 3)).toEqual({
      total: 3,
      edges: [{ step: 1, from: 'A', to: 'B', count: 2 }],
      paths: [
        { nodes: ['A', 'B'], count: 2 },
        { nodes: ['B'], count: 1 },
      ],
    });
  });

  it('gives an empty result when the engine returns no rows', () => {
    expect(readPathRows([], 4)).toEqual({ total: 0, edges: [], paths: [] });
  });
});
