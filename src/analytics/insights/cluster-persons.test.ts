import { describe, expect, it } from 'vitest';
import { clusterPersons, silhouette } from './cluster-persons.ts';

describe('silhouette', () => {
  it('is (b − a) / max(a, b) averaged over points (Rousseeuw 1987)', () => {
    // 1-D points 0, 1 | 10, 11. Point 0: a = 1, b = (10 + 11)/2 = 10.5 → s = 9.5/10.5.
    // Point 1: a = 1, b = 9.5 → 8.5/9.5. By symmetry the other two mirror them.
    const s = silhouette([[0], [1], [10], [11]], [0, 0, 1, 1]);
    expect(s).toBeCloseTo((9.5 / 10.5 + 8.5 / 9.5) / 2, 12);
  });
});

describe('clusterPersons', () => {
  const points = [
    [0, 0],
    [0.2, 0],
    [0, 0.2],
    [5, 5],
    [5.2, 5],
    [9, 0],
    [9.1, 0.1],
  ];

  it('chooses k by silhouette and numbers clusters by size', () => {
    const c = clusterPersons(points, { maxK: 5, seed: 1, sampleSize: 100 })!;
    expect(c.k).toBe(3);
    expect(c.chosenBy).toBe('silhouette');
    // Three points near 0, two near (5, 5), two near (9, 0): the equal-sized two by centroid.
    expect(c.assignments).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });

  it('gives the same answer for the same seed', () => {
    const a = clusterPersons(points, { k: 2, maxK: 6, seed: 9, sampleSize: 100 });
    const b = clusterPersons(points, { k: 2, maxK: 6, seed: 9, sampleSize: 100 });
    expect(a).toEqual(b);
    expect(a!.chosenBy).toBe('spec');
  });

  it('needs two distinct points', () => {
    expect(clusterPersons([[1], [1]], { maxK: 3, seed: 1, sampleSize: 10 })).toBeNull();
  });
});
