/** A problem found while checking the links inside a map; `path` is where it is, as in zod issues. */
export interface ReferenceIssue {
  path: (string | number)[];
  message: string;
}

// Structural, so this file needs no import of the map schema (which uses it) and also works on
// drafts in the editor that are not full maps yet.
interface MapReferences {
  personas: readonly { id: string }[];
  stages: readonly { id: string }[];
  touchpoints: readonly { id: string; stageId: string }[];
  laneItems: readonly {
    id: string;
    stageId: string;
    touchpointId?: string | undefined;
    lane?: string;
    laneId?: string;
  }[];
  lanes?: readonly ({ lane: string } | { lane: 'custom'; id: string })[] | undefined;
  createdAt: string;
  updatedAt: string;
}

type Collection = 'personas' | 'stages' | 'touchpoints' | 'laneItems';

const NOUN: Record<Collection, string> = {
  personas: 'persona',
  stages: 'stage',
  touchpoints: 'touchpoint',
  laneItems: 'lane item',
};

/** Index of each id's first use; reports every later use as a duplicate. */
function indexIds(collection: Collection, items: readonly { id: string }[], issues: ReferenceIssue[]) {
  const firstAt = new Map<string, number>();
  items.forEach((item, i) => {
    const first = firstAt.get(item.id);
    if (first === undefined) {
      firstAt.set(item.id, i);
      return;
    }
    issues.push({
      path: [collection, i, 'id'],
      message: `Duplicate ${NOUN[collection]} id "${item.id}": ${collection}[${first}] already uses it`,
    });
  });
  return firstAt;
}

/**
 * Each lane is listed once; returns the ids of the custom lanes. A row listed twice would be
 * drawn twice, with the same cards in both.
 */
function indexLanes(lanes: NonNullable<MapReferences['lanes']>, issues: ReferenceIssue[]): Set<string> {
  const firstAt = new Map<string, number>();
  const custom = new Set<string>();
  lanes.forEach((lane, i) => {
    const key = 'id' in lane ? `custom:${lane.id}` : lane.lane;
    const first = firstAt.get(key);
    if (first === undefined) {
      firstAt.set(key, i);
      if ('id' in lane) custom.add(lane.id);
      return;
    }
    const [field, what] =
      'id' in lane ? ['id', `custom lane id "${lane.id}"`] : ['lane', `lane "${lane.lane}"`];
    issues.push({
      path: ['lanes', i, field],
      message: `Duplicate ${what}: lanes[${first}] already lists it`,
    });
  });
  return custom;
}

/**
 * Checks what a per-object schema cannot: ids are unique within each collection, every
 * `stageId` names a stage of this map, every `touchpointId` names a touchpoint in the same stage,
 * every lane is listed once in `lanes` and every custom card's `laneId` names a custom lane
 * there, and `updatedAt` is not before `createdAt`. Returns the problems; an empty list means consistent.
 * Example: `findReferenceIssues(map)` → `[{ path: ['touchpoints', 0, 'stageId'], message: 'Unknown stage "s9" …' }]`.
 */
export function findReferenceIssues(map: MapReferences): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  indexIds('personas', map.personas, issues);
  const stageIds = indexIds('stages', map.stages, issues);
  const touchpointIds = indexIds('touchpoints', map.touchpoints, issues);
  indexIds('laneItems', map.laneItems, issues);
  const customLanes = indexLanes(map.lanes ?? [], issues);

  const checkStage = (collection: Collection, i: number, stageId: string) => {
    if (!stageIds.has(stageId)) {
      issues.push({
        path: [collection, i, 'stageId'],
        message: `Unknown stage "${stageId}": no entry in stages has this id`,
      });
    }
  };
  map.touchpoints.forEach((touchpoint, i) => {
    checkStage('touchpoints', i, touchpoint.stageId);
  });
  map.laneItems.forEach((item, i) => {
    checkStage('laneItems', i, item.stageId);
    if (item.lane === 'custom' && item.laneId !== undefined && !customLanes.has(item.laneId)) {
      issues.push({
        path: ['laneItems', i, 'laneId'],
        message: `Unknown lane "${item.laneId}": no custom lane in lanes has this id`,
      });
    }
    if (item.touchpointId === undefined) return;
    const at = touchpointIds.get(item.touchpointId);
    const touchpoint = at === undefined ? undefined : map.touchpoints[at];
    if (touchpoint === undefined) {
      issues.push({
        path: ['laneItems', i, 'touchpointId'],
        message: `Unknown touchpoint "${item.touchpointId}": no entry in touchpoints has this id`,
      });
    } else if (touchpoint.stageId !== item.stageId) {
      // A card drawn in one column but pinned to a touchpoint of another would be counted twice.
      issues.push({
        path: ['laneItems', i, 'touchpointId'],
        message: `Touchpoint "${item.touchpointId}" is in stage "${touchpoint.stageId}", not in this item's stage "${item.stageId}"`,
      });
    }
  });

  if (Date.parse(map.updatedAt) < Date.parse(map.createdAt)) {
    issues.push({ path: ['updatedAt'], message: 'updatedAt must not be before createdAt' });
  }
  return issues;
}
