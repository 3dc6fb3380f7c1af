import { describe, expect, it } from 'vitest';
import { type JourneyMap, JourneyMapSchema, laneKey, mapLanes } from '../../../../src/model/index.ts';
import { record, startHistory, undo } from './history.ts';
import {
  addLane,
  customLane,
  deleteLane,
  laneCardCount,
  moveLane,
  renameLane,
  setLaneHidden,
} from './lane-edits.ts';
import { threeStageMap } from './three-stage-map.fixture.ts';

const keys = (map: JourneyMap) => mapLanes(map).map(laneKey);
const shown = (map: JourneyMap) =>
  mapLanes(map)
    .filter((l) => !l.hidden)
    .map(laneKey);

/** The fixture map with a custom lane "Backstage" at the bottom holding one card in stage a. */
function withBackstage(): JourneyMap {
  const map = addLane(threeStageMap(), { id: 'bs', name: 'Backstage' });
  return {
    ...map,
    laneItems: [...map.laneItems, { id: 'c1', lane: 'custom', laneId: 'bs', stageId: 'a', text: 'Courier' }],
  };
}

describe('lane edits', () => {
  it('add a custom lane at the bottom, leaving the input alone and the map valid', () => {
    const map = threeStageMap();
    const before = structuredClone(map);
    const added = addLane(map, { id: 'bs', name: 'Backstage' });
    expect(keys(added).at(-1)).toBe('custom:bs');
    expect(keys(added)).toHaveLength(12);
    expect(customLane(added, 'bs')).toEqual({ lane: 'custom', id: 'bs', name: 'Backstage' });
    expect(map).toEqual(before);
    expect(JourneyMapSchema.safeParse(withBackstage()).success).toBe(true);
    // Adding the same lane twice (a double click) adds it once.
    expect(addLane(added, { id: 'bs', name: 'Again' })).toBe(added);
  });

  it('rename a custom lane only', () => {
    const renamed = renameLane(withBackstage(), 'bs', 'Behind the scenes');
    expect(customLane(renamed, 'bs')?.name).toBe('Behind the scenes');
    const map = threeStageMap();
    expect(renameLane(map, 'goal', 'Goals')).toBe(map);
  });

  it('move a lane up or down among the shown rows, clamped at the ends', () => {
    const map = threeStageMap();
    expect(shown(moveLane(map, 'goal', -1)).slice(0, 3)).toEqual(['goal', 'touchpoint', 'action']);
    expect(shown(moveLane(map, 'goal', 1)).slice(0, 3)).toEqual(['touchpoint', 'action', 'goal']);
    expect(moveLane(map, 'touchpoint', -1)).toBe(map);
    expect(moveLane(map, 'kpi', 1)).toBe(map);
    expect(shown(moveLane(withBackstage(), 'custom:bs', -1)).slice(-2)).toEqual(['custom:bs', 'kpi']);
  });

  it('step over hidden lanes when moving, so every move changes what is seen', () => {
    // touchpoint, goal, (action hidden), expectation …: expectation up → in front of goal.
    const map = setLaneHidden(threeStageMap(), 'action', true);
    const moved = moveLane(map, 'expectation', -1);
    expect(keys(moved).slice(0, 4)).toEqual(['touchpoint', 'expectation', 'goal', 'action']);
    // … and goal down → after expectation, past the hidden action.
    const down = moveLane(map, 'goal', 1);
    expect(keys(down).slice(0, 4)).toEqual(['touchpoint', 'action', 'expectation', 'goal']);
  });

  it('hide a lane keeping its cards, and show it again in its place', () => {
    const map = threeStageMap();
    const hidden = setLaneHidden(map, 'kpi', true);
    expect(shown(hidden)).not.toContain('kpi');
    expect(hidden.laneItems).toEqual(map.laneItems);
    expect(JourneyMapSchema.safeParse(hidden).success).toBe(true);
    const back = setLaneHidden(hidden, 'kpi', false);
    expect(keys(back)).toEqual(keys(map));
    expect(setLaneHidden(map, 'kpi', false)).toBe(map);
  });

  it('leave `lanes` out again when the rows are back to the default', () => {
    const map = threeStageMap();
    expect('lanes' in moveLane(map, 'goal', 1)).toBe(true);
    expect(moveLane(moveLane(map, 'goal', 1), 'goal', -1)).toEqual(map);
    expect(setLaneHidden(setLaneHidden(map, 'emotion', true), 'emotion', false)).toEqual(map);
    expect(deleteLane(addLane(map, { id: 'x', name: 'X' }), 'x')).toEqual(map);
  });

  it('delete a custom lane with its cards; undo brings both back', () => {
    const map = withBackstage();
    expect(laneCardCount(map, 'custom:bs')).toBe(1);
    expect(laneCardCount(map, 'kpi')).toBe(1);
    // As the editor does it: every edit is recorded in the undo history.
    const deleted = record(startHistory(map), deleteLane(map, 'bs'));
    expect(keys(deleted.present)).not.toContain('custom:bs');
    expect(deleted.present.laneItems.map((i) => i.id)).toEqual(['g1', 'k1']);
    expect(JourneyMapSchema.safeParse(deleted.present).success).toBe(true);
    expect(undo(deleted).present).toEqual(map);
  });

  it('never delete a built-in lane, and return the same map for unknown lanes', () => {
    const map = threeStageMap();
    expect(deleteLane(map, 'kpi')).toBe(map);
    expect(deleteLane(map, 'zz')).toBe(map);
    expect(moveLane(map, 'custom:zz', 1)).toBe(map);
    expect(setLaneHidden(map, 'custom:zz', true)).toBe(map);
  });
});
