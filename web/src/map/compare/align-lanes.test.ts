import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../../src/model/index.ts';
import { threeStageMap } from '../edit/three-stage-map.fixture.ts';
import { buildGrid } from '../grid-layout.ts';
import { alignLanes } from './align-lanes.ts';

describe('alignLanes', () => {
  it('pairs the same lane of both maps, keeping today’s order and adding the future’s new lanes', () => {
    const current: JourneyMap = {
      ...threeStageMap(),
      lanes: [
        { lane: 'kpi' },
        { lane: 'custom', id: 'bs', name: 'Backstage' },
        { lane: 'goal', hidden: true },
      ],
    };
    const future: JourneyMap = {
      ...current,
      lanes: [{ lane: 'custom', id: 'new', name: 'Self-service' }, ...current.lanes!.slice(1)],
    };
    const aligned = alignLanes(buildGrid(current).rows, buildGrid(future).rows);
    // Today: kpi, custom:bs, then the default rows without goal (hidden). The future hides goal
    // too, and adds custom:new; kpi is back in its default place there, so it pairs by key.
    expect(aligned.map((a) => a.key)).toEqual([
      'kpi',
      'custom:bs',
      'touchpoint',
      'action',
      'expectation',
      'emotion',
      'pain_point',
      'moment_of_truth',
      'opportunity',
      'desired_action',
      'completed_action',
      'custom:new',
    ]);
    expect(aligned.every((a) => a.key === 'custom:new' || (a.current && a.future))).toBe(true);
    const added = aligned.at(-1)!;
    expect(added.current).toBeUndefined();
    expect(added.future?.setting).toEqual({ lane: 'custom', id: 'new', name: 'Self-service' });
  });
});
