import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../../src/model/index.ts';
import { threeStageMap } from '../edit/three-stage-map.fixture.ts';
import { GRID_LANES } from '../grid-layout.ts';
import { diffMaps } from './version-diff.ts';

// The fixture: stages a Awareness, b Purchase, c Advocacy; touchpoint tp-a (Banner, ads) in a;
// goal g1 "Find a gift" in a pinned to tp-a; KPI k1 "Conversion" in b.
const base = threeStageMap;

describe('diffMaps', () => {
  it('finds nothing between a map and itself, nor after only saving again', () => {
    const later: JourneyMap = { ...base(), revision: 7, updatedAt: '2026-02-01T00:00:00.000Z' };
    expect(diffMaps(base(), later)).toEqual({
      items: [],
      counts: { added: 0, removed: 0, changed: 0, moved: 0 },
    });
  });

  it('reports a renamed stage as one change with the old and new name', () => {
    const after = base();
    after.stages[1] = { ...after.stages[1]!, name: 'Decision' };
    expect(diffMaps(base(), after).items).toEqual([
      {
        subject: 'stage',
        id: 'b',
        label: 'Decision',
        change: 'changed',
        fields: [{ field: 'name', before: 'Purchase', after: 'Decision' }],
      },
    ]);
  });

  it('reports added and removed stages, touchpoints, cards and personas', () => {
    const after = base();
    after.stages.push({ id: 'd', name: 'Loyalty' });
    after.touchpoints.push({ id: 'tp-d', stageId: 'd', channel: 'email', name: 'Newsletter' });
    after.laneItems = after.laneItems.filter((i) => i.id !== 'k1');
    after.laneItems.push({
      id: 'p1',
      lane: 'pain_point',
      stageId: 'b',
      text: 'Slow delivery',
      severity: 'high',
    });
    after.personas.push({
      id: 'ola',
      name: 'Ola',
      demographics: {},
      goals: [],
      frustrations: [],
      preferredChannels: [],
    });
    const diff = diffMaps(base(), after);
    const summary = diff.items.map((i) => `${i.change} ${i.subject} ${i.label}`);
    expect(summary).toEqual([
      'added stage Loyalty',
      'added touchpoint Newsletter',
      'added card Slow delivery',
      'removed card Conversion',
      'added persona Ola',
    ]);
    expect(diff.items.find((i) => i.id === 'k1')).toMatchObject({ lane: 'kpi', stage: 'Purchase' });
    expect(diff.items.find((i) => i.id === 'tp-d')).toMatchObject({ stage: 'Loyalty' });
    expect(diff.counts).toEqual({ added: 4, removed: 1, changed: 0, moved: 0 });
  });

  it('reports a stage moved to the front as that one stage moving, with its positions', () => {
    const after = base();
    after.stages = [after.stages[2]!, after.stages[0]!, after.stages[1]!];
    expect(diffMaps(base(), after).items).toEqual([
      {
        subject: 'stage',
        id: 'c',
        label: 'Advocacy',
        change: 'changed',
        moved: { fromPosition: 3, toPosition: 1 },
        fields: [],
      },
    ]);
  });

  it('reports a card dragged to another stage as moved there, with any field change beside it', () => {
    const after = base();
    after.laneItems[1] = {
      id: 'k1',
      lane: 'kpi',
      stageId: 'c',
      name: 'Conversion',
      definition: 'Orders / visits',
    };
    const [item] = diffMaps(base(), after).items;
    expect(item).toEqual({
      subject: 'card',
      id: 'k1',
      label: 'Conversion',
      lane: 'kpi',
      stage: 'Advocacy',
      change: 'changed',
      moved: { fromStage: 'Purchase', toStage: 'Advocacy' },
      fields: [{ field: 'definition', before: 'Orders ÷ visits', after: 'Orders / visits' }],
    });
  });

  it('lists field-level changes of a touchpoint, including fields set or cleared', () => {
    const after = base();
    after.touchpoints[0] = {
      ...after.touchpoints[0]!,
      channel: 'social',
      owner: 'Marketing',
      event: { event: 'Ad Clicked', where: [] },
    };
    const [item] = diffMaps(base(), after).items;
    expect(item!.fields).toEqual([
      { field: 'channel', before: 'ads', after: 'social' },
      { field: 'owner', before: undefined, after: 'Marketing' },
      { field: 'event', before: undefined, after: { event: 'Ad Clicked', where: [] } },
    ]);
    expect(diffMaps(after, base()).items[0]!.fields.map((f) => f.after)).toEqual([
      'ads',
      undefined,
      undefined,
    ]);
  });

  it('reports a reordered card within its cell, and the map’s own fields', () => {
    const before: JourneyMap = {
      ...base(),
      laneItems: [
        { id: 'g1', lane: 'goal', stageId: 'a', text: 'First' },
        { id: 'g2', lane: 'goal', stageId: 'a', text: 'Second' },
      ],
    };
    const after: JourneyMap = {
      ...before,
      name: 'Test map v2',
      kind: 'future_state',
      laneItems: [before.laneItems[1]!, before.laneItems[0]!],
    };
    const diff = diffMaps(before, after);
    expect(diff.items[0]).toEqual({
      subject: 'map',
      id: 'm1',
      label: 'Test map v2',
      change: 'changed',
      fields: [
        { field: 'name', before: 'Test map', after: 'Test map v2' },
        { field: 'kind', before: 'current_state', after: 'future_state' },
      ],
    });
    const moved = diff.items.filter((i) => i.moved);
    expect(moved).toHaveLength(1);
    expect(moved[0]!.moved!.fromPosition! + moved[0]!.moved!.toPosition!).toBe(3); // 1 ↔ 2
    expect(diff.counts).toEqual({ added: 0, removed: 0, changed: 1, moved: 1 });
  });

  it('treats changed persona goals as a field change, but not personas merely reordered', () => {
    const ola = {
      id: 'ola',
      name: 'Ola',
      demographics: {},
      goals: ['Cheap'],
      frustrations: [],
      preferredChannels: [],
    };
    const jan = { ...ola, id: 'jan', name: 'Jan' };
    const before: JourneyMap = { ...base(), personas: [ola, jan] };
    expect(diffMaps(before, { ...before, personas: [jan, ola] }).items).toEqual([]);
    const changed = diffMaps(before, { ...before, personas: [{ ...ola, goals: ['Cheap', 'Fast'] }, jan] });
    expect(changed.items).toEqual([
      {
        subject: 'persona',
        id: 'ola',
        label: 'Ola',
        change: 'changed',
        fields: [{ field: 'goals', before: ['Cheap'], after: ['Cheap', 'Fast'] }],
      },
    ]);
  });

  it('reports lanes added, renamed, hidden and moved, and a card moved to a custom lane', () => {
    // Before: the default lanes (no `lanes` field) and a custom lane "Backstage".
    const before: JourneyMap = {
      ...base(),
      lanes: [...GRID_LANES.map((lane) => ({ lane })), { lane: 'custom', id: 'bs', name: 'Backstage' }],
    } as JourneyMap;
    const after: JourneyMap = {
      ...before,
      lanes: [
        { lane: 'custom', id: 'bs', name: 'Behind the scenes' },
        ...GRID_LANES.map((lane) => (lane === 'kpi' ? { lane, hidden: true } : { lane })),
        { lane: 'custom', id: 'ch', name: 'Channels' },
      ],
      laneItems: [
        before.laneItems[0]!,
        { id: 'k1', lane: 'custom', laneId: 'bs', stageId: 'b', text: 'Conversion' },
      ],
    } as JourneyMap;
    const diff = diffMaps(before, after);
    const lanes = diff.items.filter((i) => i.subject === 'lane');
    expect(lanes).toEqual([
      {
        subject: 'lane',
        id: 'custom:bs',
        label: 'Behind the scenes',
        lane: { name: 'Behind the scenes' },
        change: 'changed',
        fields: [{ field: 'name', before: 'Backstage', after: 'Behind the scenes' }],
        moved: { fromPosition: 12, toPosition: 1 },
      },
      {
        subject: 'lane',
        id: 'kpi',
        label: 'kpi',
        lane: 'kpi',
        change: 'changed',
        fields: [{ field: 'visibility', before: 'shown', after: 'hidden' }],
      },
      {
        subject: 'lane',
        id: 'custom:ch',
        label: 'Channels',
        lane: { name: 'Channels' },
        change: 'added',
        fields: [],
      },
    ]);
    // The KPI card became a custom card: a changed card that moved from lane KPIs to the custom lane.
    expect(diff.items.find((i) => i.subject === 'card' && i.id === 'k1')).toMatchObject({
      lane: { name: 'Behind the scenes' },
      moved: { fromLane: 'kpi', toLane: { name: 'Behind the scenes' } },
    });
  });

  it('finds no lane changes between an old map and the same map with its default lanes listed', () => {
    const listed = { ...base(), lanes: GRID_LANES.map((lane) => ({ lane })) } as JourneyMap;
    expect(diffMaps(base(), listed).items).toEqual([]);
  });
});
