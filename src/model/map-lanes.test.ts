import { describe, expect, it } from 'vitest';
import { exampleMap } from './example-map.ts';
import { exportMapJson } from './export-map-json.ts';
import { formatIssues } from './format-issue.ts';
import { importMapJson } from './import-map-json.ts';
import { type JourneyMap, JourneyMapSchema } from './journey-map.ts';
import { customLaneId, isCustomLaneKey, itemLaneKey, laneKey, mapLanes } from './map-lanes.ts';

const issuesOf = (input: unknown) => formatIssues(JourneyMapSchema.safeParse(input).error?.issues ?? []);

/** The example map with a researcher's lane "Backstage" moved to the top, and KPIs hidden. */
function mapWithCustomLane(): JourneyMap {
  const map = exampleMap();
  return {
    ...map,
    lanes: [
      { lane: 'custom', id: 'backstage', name: 'Backstage' },
      { lane: 'touchpoint' },
      { lane: 'kpi', hidden: true },
    ],
    laneItems: [
      ...map.laneItems,
      { id: 'c1', lane: 'custom', laneId: 'backstage', stageId: map.stages[0]!.id, text: 'Courier booked' },
    ],
  };
}

// The default order is the one the issue lists: touchpoints, customer goals, actions,
// thoughts/expectations, emotions, pain points, moments of truth, opportunities, desired vs
// completed actions, KPIs.
const DEFAULT_ORDER = [
  'touchpoint',
  'goal',
  'action',
  'expectation',
  'emotion',
  'pain_point',
  'moment_of_truth',
  'opportunity',
  'desired_action',
  'completed_action',
  'kpi',
];

describe('mapLanes', () => {
  it('gives a map without `lanes` every built-in row, in the default order, all shown', () => {
    expect(mapLanes({})).toEqual(DEFAULT_ORDER.map((lane) => ({ lane })));
  });

  it('keeps the listed order and appends the built-in rows the list leaves out', () => {
    const lanes = mapLanes(mapWithCustomLane());
    expect(lanes.map(laneKey)).toEqual([
      'custom:backstage',
      'touchpoint',
      'kpi',
      ...DEFAULT_ORDER.filter((l) => l !== 'touchpoint' && l !== 'kpi'),
    ]);
    expect(lanes[2]).toEqual({ lane: 'kpi', hidden: true });
  });

  it('keys a card by its lane, or by its custom lane', () => {
    expect(itemLaneKey({ lane: 'goal' })).toBe('goal');
    expect(itemLaneKey({ lane: 'custom', laneId: 'x' })).toBe('custom:x');
    expect(isCustomLaneKey('custom:x')).toBe(true);
    expect(isCustomLaneKey('kpi')).toBe(false);
    expect(customLaneId('custom:x')).toBe('x');
  });
});

describe('JourneyMapSchema with lanes', () => {
  it('reads a map made before lanes were editable unchanged, without adding `lanes`', () => {
    const old = exampleMap();
    const parsed = JourneyMapSchema.parse(old);
    expect(parsed).toStrictEqual(old);
    expect('lanes' in parsed).toBe(false);
    expect(exportMapJson(old)).not.toContain('"lanes"');
  });

  it('round-trips custom lanes, their cards, order and hidden lanes through JSON', () => {
    const map = mapWithCustomLane();
    const text = exportMapJson(map);
    const result = importMapJson(text);
    expect(result).toStrictEqual({ ok: true, map });
    if (result.ok) expect(exportMapJson(result.map)).toBe(text);
    // The schema version stays 1: `lanes` is optional, so older files still read the same.
    expect(JSON.parse(text).schemaVersion).toBe(1);
  });

  it('rejects a card of a custom lane the map does not list, naming the field', () => {
    const map = mapWithCustomLane();
    const bad = { ...map, lanes: map.lanes!.filter((l) => l.lane !== 'custom') };
    expect(issuesOf(bad)).toEqual([
      {
        path: `laneItems[${map.laneItems.length - 1}].laneId`,
        message: 'Unknown lane "backstage": no custom lane in lanes has this id',
      },
    ]);
  });

  it('rejects a lane listed twice, at its second place', () => {
    const map = mapWithCustomLane();
    const twice = { ...map, lanes: [...map.lanes!, { lane: 'kpi' }, map.lanes![0]!] };
    expect(issuesOf(twice)).toEqual([
      { path: 'lanes[3].lane', message: 'Duplicate lane "kpi": lanes[2] already lists it' },
      {
        path: 'lanes[4].id',
        message: 'Duplicate custom lane id "backstage": lanes[0] already lists it',
      },
    ]);
  });

  it('rejects an unknown lane, a blank custom name and fields a lane does not have', () => {
    const map = exampleMap();
    expect(issuesOf({ ...map, lanes: [{ lane: 'feelings' }] })[0]?.path).toBe('lanes[0].lane');
    expect(issuesOf({ ...map, lanes: [{ lane: 'custom', id: 'x', name: '  ' }] })).toEqual([
      { path: 'lanes[0].name', message: 'Must not be blank' },
    ]);
    expect(issuesOf({ ...map, lanes: [{ lane: 'goal', name: 'Goals' }] })).toEqual([
      { path: 'lanes[0].name', message: 'Unknown field "name"' },
    ]);
  });
});
