import { describe, expect, it } from 'vitest';
import { findReferenceIssues } from './map-references.ts';

const base = {
  personas: [{ id: 'p1' }],
  stages: [{ id: 's1' }, { id: 's2' }],
  touchpoints: [
    { id: 't1', stageId: 's1' },
    { id: 't2', stageId: 's2' },
  ],
  laneItems: [
    { id: 'l1', stageId: 's1' },
    { id: 'l2', stageId: 's2', touchpointId: 't2' },
  ],
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};

describe('findReferenceIssues', () => {
  it('finds nothing wrong in a consistent map', () => {
    expect(findReferenceIssues(base)).toEqual([]);
  });

  it('reports duplicates in every collection, each at its later use', () => {
    const issues = findReferenceIssues({
      ...base,
      personas: [{ id: 'p1' }, { id: 'p1' }],
      touchpoints: [...base.touchpoints, { id: 't1', stageId: 's2' }],
      laneItems: [...base.laneItems, { id: 'l1', stageId: 's1' }, { id: 'l1', stageId: 's1' }],
    });
    expect(issues).toEqual([
      { path: ['personas', 1, 'id'], message: 'Duplicate persona id "p1": personas[0] already uses it' },
      {
        path: ['touchpoints', 2, 'id'],
        message: 'Duplicate touchpoint id "t1": touchpoints[0] already uses it',
      },
      { path: ['laneItems', 2, 'id'], message: 'Duplicate lane item id "l1": laneItems[0] already uses it' },
      { path: ['laneItems', 3, 'id'], message: 'Duplicate lane item id "l1": laneItems[0] already uses it' },
    ]);
  });

  it('allows the same id in different collections', () => {
    expect(findReferenceIssues({ ...base, personas: [{ id: 's1' }] })).toEqual([]);
  });

  it('reports dangling stage and touchpoint references', () => {
    const issues = findReferenceIssues({
      ...base,
      laneItems: [
        { id: 'l1', stageId: 's9' },
        { id: 'l2', stageId: 's1', touchpointId: 't9' },
      ],
    });
    expect(issues).toEqual([
      { path: ['laneItems', 0, 'stageId'], message: 'Unknown stage "s9": no entry in stages has this id' },
      {
        path: ['laneItems', 1, 'touchpointId'],
        message: 'Unknown touchpoint "t9": no entry in touchpoints has this id',
      },
    ]);
  });

  it('rejects a card pinned to a touchpoint of another stage', () => {
    const issues = findReferenceIssues({
      ...base,
      laneItems: [{ id: 'l1', stageId: 's1', touchpointId: 't2' }],
    });
    expect(issues).toEqual([
      {
        path: ['laneItems', 0, 'touchpointId'],
        message: 'Touchpoint "t2" is in stage "s2", not in this item\'s stage "s1"',
      },
    ]);
  });

  it('compares timestamps as instants, offsets included', () => {
    // 10:00+02:00 is 08:00Z: before the creation time.
    const issues = findReferenceIssues({
      ...base,
      createdAt: '2025-01-01T09:00:00Z',
      updatedAt: '2025-01-01T10:00:00+02:00',
    });
    expect(issues).toEqual([{ path: ['updatedAt'], message: 'updatedAt must not be before createdAt' }]);
    expect(
      findReferenceIssues({
        ...base,
        createdAt: '2025-01-01T09:00:00Z',
        updatedAt: '2025-01-01T12:00:00+02:00',
      }),
    ).toEqual([]);
  });
});
