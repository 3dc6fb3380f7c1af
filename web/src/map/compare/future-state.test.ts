import { describe, expect, it } from 'vitest';
import { JourneyMapSchema } from '../../../../src/model/index.ts';
import { threeStageMap } from '../edit/three-stage-map.fixture.ts';
import { futureStateCopy, futureStatesOf } from './future-state.ts';

describe('futureStateCopy', () => {
  it('copies the map as a valid future-state map linked to it, stage ids kept', () => {
    const current = threeStageMap();
    const copy = futureStateCopy(current, 'Test map (future state)');
    expect(JourneyMapSchema.safeParse(copy).success).toBe(true);
    expect(copy).toMatchObject({
      name: 'Test map (future state)',
      kind: 'future_state',
      currentStateMapId: 'm1',
    });
    expect(copy.stages).toEqual(current.stages);
    copy.stages[0]!.name = 'Changed';
    expect(current.stages[0]!.name).toBe('Awareness'); // a copy, not shared
  });
});

describe('futureStatesOf', () => {
  it('finds the future-state maps linked to a map, ignoring others', () => {
    const maps = [
      { id: 'f2', name: 'Zeta', kind: 'future_state', currentStateMapId: 'm1' },
      { id: 'f1', name: 'Alpha', kind: 'future_state', currentStateMapId: 'm1' },
      { id: 'f3', name: 'Other', kind: 'future_state', currentStateMapId: 'm9' },
      { id: 'm1', name: 'Current', kind: 'current_state', currentStateMapId: null },
    ];
    expect(futureStatesOf(maps, 'm1').map((m) => m.id)).toEqual(['f1', 'f2']);
  });
});
