import { describe, expect, it } from 'vitest';
import type { LaneItem, Stage, Touchpoint } from '../../../src/model/index.ts';
import { buildGrid, GRID_LANES, rowHasCards } from './grid-layout.ts';

const stages: Stage[] = [
  { id: 'aware', name: 'Aware' },
  { id: 'buy', name: 'Buy' },
  { id: 'stay', name: 'Stay' },
];
const tp = (id: string, stageId: string): Touchpoint => ({ id, stageId, channel: 'web', name: id });
const goal = (id: string, stageId: string): LaneItem => ({ id, lane: 'goal', stageId, text: id });

describe('buildGrid', () => {
  it('puts stages in columns and every lane in a row, touchpoints first', () => {
    const grid = buildGrid({ stages, touchpoints: [], laneItems: [] });
    expect(grid.stages.map((s) => s.id)).toEqual(['aware', 'buy', 'stay']);
    expect(grid.rows.map((r) => r.lane)).toEqual([
      'touchpoint',
      'goal',
      'action',
      'expectation',
      'emotion',
      'pain_point',
      'moment_of_truth',
      'opportunity',
      'desired_action',
      'completed_action',
      'kpi',
    ]);
    expect(GRID_LANES).toEqual(grid.rows.map((r) => r.lane));
    expect(grid.rows.map((r) => r.key)).toEqual(grid.rows.map((r) => r.lane));
    for (const row of grid.rows) {
      expect(row.cells).toEqual([[], [], []]);
      expect(rowHasCards(row)).toBe(false);
    }
    expect(grid.unplaced).toBe(0);
  });

  it('places each card in the cell of its stage and lane, keeping the document order', () => {
    const grid = buildGrid({
      stages,
      touchpoints: [tp('ad', 'aware'), tp('checkout', 'buy'), tp('banner', 'aware')],
      laneItems: [
        goal('g-buy', 'buy'),
        { id: 'pain', lane: 'pain_point', stageId: 'buy', text: 'slow', severity: 'high' },
        goal('g-aware-1', 'aware'),
        goal('g-aware-2', 'aware'),
        { id: 'mood', lane: 'emotion', stageId: 'stay', score: 1 },
      ],
    });
    const cells = (lane: string) =>
      grid.rows.find((r) => r.lane === lane)!.cells.map((cell) => cell.map((card) => card.id));
    expect(cells('touchpoint')).toEqual([['ad', 'banner'], ['checkout'], []]);
    expect(cells('goal')).toEqual([['g-aware-1', 'g-aware-2'], ['g-buy'], []]);
    expect(cells('pain_point')).toEqual([[], ['pain'], []]);
    expect(cells('emotion')).toEqual([[], [], ['mood']]);
    expect(cells('kpi')).toEqual([[], [], []]);
    expect(rowHasCards(grid.rows.find((r) => r.lane === 'goal')!)).toBe(true);
  });

  it('counts cards of a stage that is not on the map instead of dropping them silently', () => {
    const grid = buildGrid({
      stages,
      touchpoints: [tp('lost', 'gone')],
      laneItems: [goal('g', 'gone'), goal('ok', 'stay')],
    });
    expect(grid.unplaced).toBe(2);
    expect(grid.rows.find((r) => r.lane === 'goal')!.cells).toEqual([[], [], [goal('ok', 'stay')]]);
  });

  it('gives a map without stages no cells', () => {
    const grid = buildGrid({ stages: [], touchpoints: [], laneItems: [] });
    expect(grid.rows.every((r) => r.cells.length === 0)).toBe(true);
  });
});

describe('buildGrid with the map’s own lanes', () => {
  const custom = (id: string, stageId: string): LaneItem => ({
    id,
    lane: 'custom',
    laneId: 'backstage',
    stageId,
    text: id,
  });

  it('draws the rows in the map’s order, leaves hidden lanes out and lists them', () => {
    const grid = buildGrid({
      stages,
      touchpoints: [],
      laneItems: [custom('c1', 'buy'), goal('g', 'aware')],
      lanes: [
        { lane: 'kpi' },
        { lane: 'custom', id: 'backstage', name: 'Backstage' },
        { lane: 'goal', hidden: true },
      ],
    });
    // Listed lanes first (goal hidden), then the built-in rows the list leaves out, in default order.
    expect(grid.rows.map((r) => r.key)).toEqual([
      'kpi',
      'custom:backstage',
      'touchpoint',
      'action',
      'expectation',
      'emotion',
      'pain_point',
      'moment_of_truth',
      'opportunity',
      'desired_action',
      'completed_action',
    ]);
    expect(grid.hidden).toEqual([{ lane: 'goal', hidden: true }]);
    const backstage = grid.rows[1]!;
    expect(backstage.setting).toEqual({ lane: 'custom', id: 'backstage', name: 'Backstage' });
    expect(backstage.cells.map((cell) => cell.map((c) => c.id))).toEqual([[], ['c1'], []]);
    // A hidden lane's cards are kept in the map, not lost: they are neither drawn nor "unplaced".
    expect(grid.unplaced).toBe(0);
  });

  it('gives a map without `lanes` no hidden lanes', () => {
    expect(buildGrid({ stages, touchpoints: [], laneItems: [] }).hidden).toEqual([]);
  });
});
