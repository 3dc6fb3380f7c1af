import { describe, expect, it } from 'vitest';
import { JourneyMapSchema } from '../../../../src/model/index.ts';
import { addStage, deleteStage, moveStage, renameStage } from './stage-edits.ts';
import { threeStageMap } from './three-stage-map.fixture.ts';

const ids = (map: { stages: { id: string }[] }) => map.stages.map((s) => s.id);

describe('stage edits', () => {
  it('add a stage at the end or at a place, without changing the input', () => {
    const map = threeStageMap();
    const before = structuredClone(map);
    expect(ids(addStage(map, { id: 'd', name: 'Loyalty' }))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(addStage(map, { id: 'd', name: 'Loyalty' }, 1))).toEqual(['a', 'd', 'b', 'c']);
    expect(ids(addStage(map, { id: 'd', name: 'Loyalty' }, 99))).toEqual(['a', 'b', 'c', 'd']);
    expect(map).toEqual(before);
  });

  it('rename a stage and drop its template key (the name is no longer the template’s)', () => {
    const renamed = renameStage(threeStageMap(), 'a', 'Discovery');
    expect(renamed.stages[0]).toEqual({ id: 'a', name: 'Discovery' });
    expect(renamed.stages[1]).toEqual({ id: 'b', name: 'Purchase' });
  });

  it('delete a stage with its touchpoints and cards, leaving a valid map', () => {
    const map = deleteStage(threeStageMap(), 'a');
    expect(ids(map)).toEqual(['b', 'c']);
    expect(map.touchpoints).toEqual([]);
    expect(map.laneItems.map((i) => i.id)).toEqual(['k1']);
    expect(JourneyMapSchema.safeParse(map).success).toBe(true);
  });

  it('move a stage left or right, clamped at the ends', () => {
    expect(ids(moveStage(threeStageMap(), 'b', -1))).toEqual(['b', 'a', 'c']);
    expect(ids(moveStage(threeStageMap(), 'b', 1))).toEqual(['a', 'c', 'b']);
    expect(ids(moveStage(threeStageMap(), 'a', -1))).toEqual(['a', 'b', 'c']);
    expect(ids(moveStage(threeStageMap(), 'c', 5))).toEqual(['a', 'b', 'c']);
  });

  it('return the same map for an unknown stage', () => {
    const map = threeStageMap();
    expect(deleteStage(map, 'zz')).toBe(map);
    expect(moveStage(map, 'zz', 1)).toBe(map);
  });
});
