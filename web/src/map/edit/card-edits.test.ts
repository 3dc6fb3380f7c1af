import { describe, expect, it } from 'vitest';
import { JourneyMapSchema } from '../../../../src/model/index.ts';
import {
  addLaneItem,
  addTouchpoint,
  deleteLaneItem,
  deleteTouchpoint,
  moveCard,
  updateLaneItem,
  updateTouchpoint,
} from './card-edits.ts';
import { threeStageMap } from './three-stage-map.fixture.ts';

const valid = (map: unknown) => JourneyMapSchema.safeParse(map).success;

describe('card edits', () => {
  it('add a touchpoint bound to an event, and a lane card', () => {
    let map = addTouchpoint(threeStageMap(), {
      id: 'tp-b',
      stageId: 'b',
      channel: 'web',
      name: 'Checkout',
      event: { event: 'Order Completed', where: [] },
    });
    map = addLaneItem(map, { id: 'e1', lane: 'emotion', stageId: 'b', score: -2 });
    expect(map.touchpoints.map((tp) => tp.id)).toEqual(['tp-a', 'tp-b']);
    expect(map.laneItems.at(-1)).toEqual({ id: 'e1', lane: 'emotion', stageId: 'b', score: -2 });
    expect(valid(map)).toBe(true);
  });

  it('moving a touchpoint to another stage takes the cards pinned to it along', () => {
    const map = updateTouchpoint(threeStageMap(), {
      id: 'tp-a',
      stageId: 'c',
      channel: 'ads',
      name: 'Banner',
    });
    expect(map.touchpoints[0]!.stageId).toBe('c');
    expect(map.laneItems[0]).toEqual({
      id: 'g1',
      lane: 'goal',
      stageId: 'c',
      touchpointId: 'tp-a',
      text: 'Find a gift',
    });
    expect(valid(map)).toBe(true);
  });

  it('moving a pinned lane card to another stage unpins it', () => {
    const map = updateLaneItem(threeStageMap(), {
      id: 'g1',
      lane: 'goal',
      stageId: 'b',
      touchpointId: 'tp-a',
      text: 'x',
    });
    expect(map.laneItems[0]).toEqual({ id: 'g1', lane: 'goal', stageId: 'b', text: 'x' });
    expect(valid(map)).toBe(true);
  });

  it('deleting a touchpoint keeps the cards pinned to it, unpinned', () => {
    const map = deleteTouchpoint(threeStageMap(), 'tp-a');
    expect(map.touchpoints).toEqual([]);
    expect(map.laneItems[0]).toEqual({ id: 'g1', lane: 'goal', stageId: 'a', text: 'Find a gift' });
    expect(valid(map)).toBe(true);
  });

  it('delete a lane card', () => {
    expect(deleteLaneItem(threeStageMap(), 'k1').laneItems.map((i) => i.id)).toEqual(['g1']);
  });

  it('moveCard moves any card one stage, clamped, and leaves the input alone', () => {
    const map = threeStageMap();
    expect(moveCard(map, 'k1', -1).laneItems[1]!.stageId).toBe('a');
    expect(moveCard(map, 'k1', 1).laneItems[1]!.stageId).toBe('c');
    expect(moveCard(map, 'tp-a', 1).touchpoints[0]!.stageId).toBe('b');
    expect(moveCard(map, 'tp-a', 1).laneItems[0]!.stageId).toBe('b');
    expect(moveCard(map, 'tp-a', -1)).toBe(map);
    expect(moveCard(map, 'nope', 1)).toBe(map);
    expect(map.laneItems[1]!.stageId).toBe('b');
  });
});
