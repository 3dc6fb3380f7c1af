import { describe, expect, it } from 'vitest';
import { pathNodeLabel, pathRows } from './paths-table.ts';

const words = { other: 'Other', elided: '(…)' };

describe('pathRows', () => {
  it('writes counts and shares in the language, most common first', () => {
    const paths = [
      { nodes: ['A', 'B'], count: 1234, share: 0.4567 },
      { nodes: ['A', 'other'], count: 5, share: 0.002 },
    ];
    expect(pathRows(paths, 'en', words)).toEqual([
      { rank: 1, nodes: ['A', 'B'], count: '1,234', share: '45.7%' },
      { rank: 2, nodes: ['A', 'Other'], count: '5', share: '0.2%' },
    ]);
    // Polish does not group four-digit numbers and writes a decimal comma (CLDR).
    expect(pathRows(paths, 'pl', words)[0]).toMatchObject({ count: '1234', share: '45,7%' });
  });

  it('names the "other" group and a cut middle in words', () => {
    expect(pathNodeLabel('other', words)).toBe('Other');
    expect(pathNodeLabel('…', words)).toBe('(…)');
    expect(pathNodeLabel('/pricing', words)).toBe('/pricing');
  });
});
