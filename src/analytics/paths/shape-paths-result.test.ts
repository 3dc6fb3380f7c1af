import { describe, expect, it } from 'vitest';
import { shapePathsResult } from './shape-paths-result.ts';

describe('shapePathsResult', () => {
  it('turns edges into Sankey links between step positions, by step, most common first', () => {
    const result = shapePathsResult({
      total: 4,
      edges: [
        { step: 2, from: 'B', to: 'C', count: 1 },
        { step: 1, from: 'B', to: 'A', count: 1 },
        { step: 1, from: 'A', to: 'C', count: 1 },
        { step: 1, from: 'A', to: 'B', count: 3 },
      ],
      paths: [],
    });
    expect(result.edges).toEqual([
      { from: { step: 1, name: 'A' }, to: { step: 2, name: 'B' }, count: 3 },
      { from: { step: 1, name: 'A' }, to: { step: 2, name: 'C' }, count: 1 },
      { from: { step: 1, name: 'B' }, to: { step: 2, name: 'A' }, count: 1 },
      { from: { step: 2, name: 'B' }, to: { step: 3, name: 'C' }, count: 1 },
    ]);
  });

  it('gives each path its exact share of all paths, in the ranked order', () => {
    const result = shapePathsResult({
      total: 7,
      edges: [],
      paths: [
        { nodes: ['A', 'B'], count: 3 },
        { nodes: ['A'], count: 2 },
      ],
    });
    expect(result.paths).toEqual([
      { nodes: ['A', 'B'], count: 3, share: 3 / 7 },
      { nodes: ['A'], count: 2, share: 2 / 7 },
    ]);
    expect(result.total).toBe(7);
  });

  it('answers no persons with empty lists and a zero total, not NaN', () => {
    expect(shapePathsResult({ total: 0, edges: [], paths: [] })).toEqual({ edges: [], paths: [], total: 0 });
  });
});
