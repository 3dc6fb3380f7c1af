import type { SankeySeriesOption } from 'echarts/charts';
import type { TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { PathEdge, PathNode } from '../../../src/analytics/paths/paths-result.ts';

export type PathsChartOption = ComposeOption<SankeySeriesOption | TooltipComponentOption>;

// Colour-blind-safe categorical palette (Okabe–Ito, with the app's primary blue first); a name
// keeps its colour in every column, so a page seen at step 1 and again at step 4 reads as the same.
const PALETTE = ['#1f4fa8', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#7a6a00', '#6b4fa8'];
const TEXT = '#1b2230';

/**
 * The Sankey id of a node: its step and name. A Sankey must not have cycles and names its nodes
 * uniquely, so "Product Viewed" at step 2 and at step 4 are two nodes (a loop in the paths is
 * drawn forward, never as a cycle).
 * Example: `nodeId({ step: 2, name: 'Product Viewed' })` → `'2:Product Viewed'`.
 */
export function nodeId(node: PathNode): string {
  return `${node.step}:${node.name}`;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The paths as a Sankey: one column per step (node depth = step − 1, so columns line up even
 * where a path ends early), one band per edge as wide as its count. Nodes keep the API's order
 * (most common first) instead of being re-laid out. Labels go through `text.nodeLabel` (to name
 * the "other" group in the interface language); tooltips are escaped, as names are user data.
 * Example: edges `1:A → 2:B (3)` → nodes `['1:A', '2:B']` at depths `[0, 1]`, link value 3.
 */
export function pathsSankeyOption(
  edges: PathEdge[],
  text: { nodeLabel: (name: string) => string; formatCount: (n: number) => string },
): PathsChartOption {
  const nodes = new Map<string, PathNode>();
  const colours = new Map<string, string>();
  for (const edge of edges) {
    for (const node of [edge.from, edge.to]) {
      if (!nodes.has(nodeId(node))) nodes.set(nodeId(node), node);
      if (!colours.has(node.name)) colours.set(node.name, PALETTE[colours.size % PALETTE.length]!);
    }
  }
  const label = (id: string): string => {
    const node = nodes.get(id);
    return node ? text.nodeLabel(node.name) : id;
  };
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const p = params as { dataType?: string; name: string; value?: unknown; data?: unknown };
        const value = typeof p.value === 'number' ? text.formatCount(p.value) : '';
        if (p.dataType === 'edge') {
          const link = p.data as { source: string; target: string };
          return `${escapeHtml(label(link.source))} → ${escapeHtml(label(link.target))}: ${value}`;
        }
        return `${escapeHtml(label(p.name))}: ${value}`;
      },
    },
    series: [
      {
        type: 'sankey',
        left: 8,
        right: 160,
        top: 8,
        bottom: 8,
        nodeAlign: 'left',
        layoutIterations: 0,
        nodeGap: 10,
        draggable: false,
        emphasis: { focus: 'adjacency' },
        label: { color: TEXT, formatter: (p) => label(p.name), overflow: 'truncate', width: 150 },
        lineStyle: { color: 'source', opacity: 0.35, curveness: 0.5 },
        data: [...nodes].map(([id, node]) => ({
          name: id,
          depth: node.step - 1,
          itemStyle: { color: colours.get(node.name) },
        })),
        links: edges.map((e) => ({ source: nodeId(e.from), target: nodeId(e.to), value: e.count })),
      },
    ],
  };
}
