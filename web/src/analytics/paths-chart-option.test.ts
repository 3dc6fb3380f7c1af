import { describe, expect, it } from 'vitest';
import type { PathEdge } from '../../../src/analytics/paths/paths-result.ts';
import { nodeId, pathsSankeyOption } from './paths-chart-option.ts';

const edge = (from: [number, string], to: [number, string], count: number): PathEdge => ({
  from: { step: from[0], name: from[1] },
  to: { step: to[0], name: to[1] },
  count,
});

// A loop: Viewed → Added → Viewed → other. Drawn forward, the second "Viewed" is its own node.
const edges = [
  edge([1, 'Viewed'], [2, 'Added'], 5),
  edge([1, 'Viewed'], [2, 'Viewed'], 2),
  edge([2, 'Added'], [3, 'Viewed'], 4),
  edge([3, 'Viewed'], [4, 'other'], 1),
];
const option = pathsSankeyOption(edges, {
  nodeLabel: (n) => (n === 'other' ? 'Other' : n),
  formatCount: (n) => `#${n}`,
});
type Node = { name: string; depth: number; itemStyle: { color: string } };
const series = (
  option.series as { data: Node[]; links: unknown[]; label: { formatter: (p: { name: string }) => string } }[]
)[0]!;

describe('pathsSankeyOption', () => {
  it('makes one node per step and name, so loops are drawn forward without cycles', () => {
    expect(series.data.map((n) => [n.name, n.depth])).toEqual([
      ['1:Viewed', 0],
      ['2:Added', 1],
      ['2:Viewed', 1],
      ['3:Viewed', 2],
      ['4:other', 3],
    ]);
    expect(series.links).toEqual([
      { source: '1:Viewed', target: '2:Added', value: 5 },
      { source: '1:Viewed', target: '2:Viewed', value: 2 },
      { source: '2:Added', target: '3:Viewed', value: 4 },
      { source: '3:Viewed', target: '4:other', value: 1 },
    ]);
    expect(nodeId({ step: 7, name: 'a:b' })).toBe('7:a:b');
    expect(option.animation).toBe(false);
  });

  it('keeps a name in one colour in every column, and labels nodes by name, not id', () => {
    const colour = (id: string) => series.data.find((n) => n.name === id)!.itemStyle.color;
    expect(colour('1:Viewed')).toBe(colour('3:Viewed'));
    expect(colour('1:Viewed')).not.toBe(colour('2:Added'));
    expect(series.label.formatter({ name: '3:Viewed' })).toBe('Viewed');
    expect(series.label.formatter({ name: '4:other' })).toBe('Other');
  });

  it('escapes names in the HTML tooltip', () => {
    const tip = pathsSankeyOption([edge([1, '<img src=x>'], [2, 'B&C'], 3)], {
      nodeLabel: (n) => n,
      formatCount: (n) => String(n),
    }).tooltip as { formatter: (p: object) => string };
    expect(
      tip.formatter({
        dataType: 'edge',
        name: '',
        value: 3,
        data: { source: '1:<img src=x>', target: '2:B&C' },
      }),
    ).toBe('&#60;img src=x&#62; → B&#38;C: 3');
    expect(tip.formatter({ dataType: 'node', name: '2:B&C', value: 3 })).toBe('B&#38;C: 3');
  });
});
