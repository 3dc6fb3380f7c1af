import { describe, expect, it } from 'vitest';
import { type JourneyMap, JourneyMapSchema } from '../../../../src/model/index.ts';
import {
  addLaneItem,
  addTouchpoint,
  deleteLaneItem,
  deleteTouchpoint,
  moveCard,
  placeCard,
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

describe('placing a dragged card', () => {
  /** Stages a, b, c; touchpoints tp-a (a), tp-b1, tp-b2 (b); goals g1 (a, pinned to tp-a), g2 (b). */
  const map = () => {
    let m = threeStageMap();
    m = addTouchpoint(m, { id: 'tp-b1', stageId: 'b', channel: 'web', name: 'Cart' });
    m = addTouchpoint(m, { id: 'tp-b2', stageId: 'b', channel: 'email', name: 'Reminder' });
    return addLaneItem(m, { id: 'g2', lane: 'goal', stageId: 'b', text: 'Pay fast' });
  };
  const cell = (m: ReturnType<typeof map>, stageId: string) =>
    m.touchpoints.filter((tp) => tp.stageId === stageId).map((tp) => tp.id);

  it('moves a touchpoint to another stage, in front of the card it was dropped on', () => {
    const m = placeCard(map(), 'tp-b2', 'a', 'tp-a');
    expect(cell(m, 'a')).toEqual(['tp-b2', 'tp-a']);
    expect(cell(m, 'b')).toEqual(['tp-b1']);
    expect(valid(m)).toBe(true);
  });

  it('dropped on the cell itself, a card goes to the end of that cell', () => {
    expect(cell(placeCard(map(), 'tp-a', 'b'), 'b')).toEqual(['tp-b1', 'tp-b2', 'tp-a']);
    expect(cell(placeCard(map(), 'tp-b1', 'b'), 'b')).toEqual(['tp-b2', 'tp-b1']);
  });

  it('reorders within a stage', () => {
    expect(cell(placeCard(map(), 'tp-b2', 'b', 'tp-b1'), 'b')).toEqual(['tp-b2', 'tp-b1']);
  });

  it('carries the cards pinned to a touchpoint along; a moved lane card loses its pin', () => {
    const withTouchpoint = placeCard(map(), 'tp-a', 'c');
    expect(withTouchpoint.laneItems.find((i) => i.id === 'g1')).toMatchObject({
      stageId: 'c',
      touchpointId: 'tp-a',
    });
    const goal = placeCard(map(), 'g1', 'b', 'g2').laneItems.filter((i) => i.lane === 'goal');
    expect(goal.map((i) => i.id)).toEqual(['g1', 'g2']);
    expect(goal[0]).toEqual({ id: 'g1', lane: 'goal', stageId: 'b', text: 'Find a gift' });
  });

  it('ignores a drop into another lane, on itself, or into a stage that does not exist', () => {
    const m = map();
    expect(placeCard(m, 'g1', 'b', 'tp-b1')).toBe(m); // a goal dropped among touchpoints
    expect(placeCard(m, 'tp-a', 'b', 'g2')).toBe(m);
    expect(placeCard(m, 'tp-b1', 'b', 'tp-b1')).toBe(m);
    expect(placeCard(m, 'tp-a', 'zz')).toBe(m);
    expect(placeCard(m, 'nope', 'b')).toBe(m);
  });
});

describe('cards of custom lanes', () => {
  // Two custom lanes, each with one card in stage a.
  const map = (): JourneyMap => ({
    ...threeStageMap(),
    lanes: [
      { lane: 'custom', id: 'x', name: 'X' },
      { lane: 'custom', id: 'y', name: 'Y' },
    ],
    laneItems: [
      { id: 'x1', lane: 'custom', laneId: 'x', stageId: 'a', text: 'In X' },
      { id: 'y1', lane: 'custom', laneId: 'y', stageId: 'a', text: 'In Y' },
    ],
  });

  it('stay in their own lane when dropped: not in front of another custom lane’s card', () => {
    const before = map();
    expect(placeCard(before, 'x1', 'a', 'y1')).toBe(before);
    const moved = placeCard(before, 'x1', 'b');
    expect(moved.laneItems.find((i) => i.id === 'x1')).toMatchObject({ laneId: 'x', stageId: 'b' });
  });
});
