import type { JourneyMap } from '../../../../src/model/index.ts';

/** Three stages a, b, c; touchpoint tp-a in a; a goal in a pinned to tp-a; a KPI in b. */
export function threeStageMap(): JourneyMap {
  return {
    schemaVersion: 1,
    id: 'm1',
    workspaceId: 'w1',
    name: 'Test map',
    kind: 'current_state',
    locale: 'en',
    personas: [],
    stages: [
      { id: 'a', name: 'Awareness', templateKey: 'awareness' },
      { id: 'b', name: 'Purchase' },
      { id: 'c', name: 'Advocacy' },
    ],
    touchpoints: [{ id: 'tp-a', stageId: 'a', channel: 'ads', name: 'Banner' }],
    laneItems: [
      { id: 'g1', lane: 'goal', stageId: 'a', touchpointId: 'tp-a', text: 'Find a gift' },
      { id: 'k1', lane: 'kpi', stageId: 'b', name: 'Conversion', definition: 'Orders ÷ visits' },
    ],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    revision: 1,
  };
}
