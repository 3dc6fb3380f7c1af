import { describe, expect, it } from 'vitest';
import type { JourneyResult, JourneyStageResult } from '../../../src/analytics/journey/journey-result.ts';
import { buildStageFlowSpec, stageFlowChartOption, transitionRows } from './stage-flow.ts';

const stage = (id: string, persons: number | null, converted: number | null): JourneyStageResult => ({
  id,
  name: id.toUpperCase(),
  measured: persons !== null,
  persons,
  converted,
  conversionToNext: null,
  dropOff: persons === null ? null : persons - (converted ?? persons),
  dropOffRate: null,
  medianSecondsInStage: null,
});

// Stage a: 10 people, 6 moved on; b unmeasured; c: 6 people, the last measured stage.
const result: JourneyResult = {
  persons: 10,
  stages: [stage('a', 10, 6), stage('b', null, null), stage('c', 6, null)],
  touchpoints: [],
  transitions: [
    { from: 'a', to: 'c', kind: 'skipped', persons: 2, count: 2 },
    { from: 'c', to: 'a', kind: 'backward', persons: 1, count: 3 },
    { from: 'a', to: 'zz', kind: 'forward', persons: 5, count: 5 },
  ],
};

describe('buildStageFlowSpec', () => {
  it('asks for the map, and for one persona only when chosen', () => {
    expect(buildStageFlowSpec({ mapId: '', persona: '' })).toBeNull();
    expect(buildStageFlowSpec({ mapId: 'm1', persona: '' })).toEqual({ type: 'journey', mapId: 'm1' });
    expect(buildStageFlowSpec({ mapId: 'm1', persona: 'p' })).toEqual({
      type: 'journey',
      mapId: 'm1',
      persona: 'p',
    });
  });
});

describe('transitionRows', () => {
  it('names the stages and puts the largest moves first', () => {
    expect(transitionRows(result).map((r) => [r.from, r.to, r.kind, r.persons, r.count])).toEqual([
      ['A', 'zz', 'forward', 5, 5],
      ['A', 'C', 'skipped', 2, 2],
      ['C', 'A', 'backward', 1, 3],
    ]);
  });
});

describe('stageFlowChartOption', () => {
  it('stacks moved-on and dropped-off people per measured stage, leaving unmeasured ones out', () => {
    const option = stageFlowChartOption(result, {
      movedOn: 'Moved',
      droppedOff: 'Dropped',
      formatCount: String,
    });
    expect((option.xAxis as { data: string[] }).data).toEqual(['A', 'C']);
    const series = option.series as { name: string; data: number[] }[];
    // A: 6 moved on + 4 dropped = 10; C (last): 6 reached, nobody counted as dropped.
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['Moved', [6, 6]],
      ['Dropped', [4, 0]],
    ]);
  });
});
