import { describe, expect, expectTypeOf, it } from 'vitest';
import { formatIssues } from './format-issue.ts';
import { LANES, type Lane, LaneItemSchema, SEVERITY_RANK } from './lane-item.ts';

const issuesOf = (input: unknown) => formatIssues(LaneItemSchema.safeParse(input).error?.issues ?? []);

describe('LaneItemSchema', () => {
  // One valid card per lane, so a lane added to LANES without a schema fails here.
  const cards: Record<Lane, object> = {
    goal: { id: 'a', lane: 'goal', stageId: 's', text: 'Find a gift' },
    action: { id: 'b', lane: 'action', stageId: 's', text: 'Searches on Google' },
    expectation: { id: 'c', lane: 'expectation', stageId: 's', text: 'Fast contact' },
    emotion: { id: 'd', lane: 'emotion', stageId: 's', score: -1, text: 'Confused by sizes' },
    pain_point: { id: 'e', lane: 'pain_point', stageId: 's', text: 'Delivery delays', severity: 'medium' },
    moment_of_truth: { id: 'f', lane: 'moment_of_truth', stageId: 's', text: 'Parcel arrives' },
    opportunity: { id: 'g', lane: 'opportunity', stageId: 's', text: 'Live tracking' },
    desired_action: {
      id: 'h',
      lane: 'desired_action',
      stageId: 's',
      text: 'Leaves a review',
      event: { event: 'Review Submitted', where: [] },
    },
    completed_action: {
      id: 'i',
      lane: 'completed_action',
      stageId: 's',
      touchpointId: 't',
      text: 'Opened e-mail',
    },
    kpi: {
      id: 'j',
      lane: 'kpi',
      stageId: 's',
      name: 'NPS',
      definition: '% promoters − % detractors',
      target: 40,
    },
  };

  it.each(LANES)('accepts a %s card unchanged', (lane) => {
    expect(LaneItemSchema.parse(cards[lane])).toEqual(cards[lane]);
  });

  it('accepts an emotion without a note and a KPI with a text target', () => {
    expect(LaneItemSchema.safeParse({ id: 'x', lane: 'emotion', stageId: 's', score: 0 }).success).toBe(true);
    const kpi = {
      id: 'k',
      lane: 'kpi',
      stageId: 's',
      name: 'Delivery',
      definition: '',
      target: 'under 48 h',
    };
    expect(LaneItemSchema.safeParse(kpi).success).toBe(true);
  });

  it.each([-3, 3, 1.5])('rejects emotion score %d', (score) => {
    expect(issuesOf({ id: 'x', lane: 'emotion', stageId: 's', score })[0]?.path).toBe('score');
  });

  it('rejects numeric severity: severity is low | medium | high', () => {
    expect(issuesOf({ id: 'x', lane: 'pain_point', stageId: 's', text: 'Slow', severity: 3 })[0]?.path).toBe(
      'severity',
    );
    expect(SEVERITY_RANK.high).toBeGreaterThan(SEVERITY_RANK.medium);
    expect(SEVERITY_RANK.medium).toBeGreaterThan(SEVERITY_RANK.low);
  });

  it('rejects fields of another lane and unknown lanes', () => {
    expect(issuesOf({ id: 'x', lane: 'goal', stageId: 's', text: 'A', score: 1 })).toEqual([
      { path: 'score', message: 'Unknown field "score"' },
    ]);
    expect(issuesOf({ id: 'x', lane: 'event', stageId: 's', text: 'A' })[0]?.path).toBe('lane');
  });

  it('rejects a binding on a lane that has none, and a bad binding where allowed', () => {
    const event = { event: 'Signed Up', where: [] };
    expect(issuesOf({ id: 'x', lane: 'goal', stageId: 's', text: 'A', event })[0]?.path).toBe('event');
    expect(
      issuesOf({ id: 'x', lane: 'desired_action', stageId: 's', text: 'A', event: { event: 'Signed Up' } }),
    ).toEqual([{ path: 'event.where', message: 'Invalid input: expected array, received undefined' }]);
  });

  it('accepts a card of a custom lane, which names its lane by id', () => {
    const card = { id: 'c', lane: 'custom', laneId: 'backstage', stageId: 's', text: 'Courier booked' };
    expect(LaneItemSchema.parse(card)).toEqual(card);
    expect(issuesOf({ id: 'c', lane: 'custom', stageId: 's', text: 'No lane' })[0]?.path).toBe('laneId');
    expect(issuesOf({ ...card, score: 1 })).toEqual([{ path: 'score', message: 'Unknown field "score"' }]);
  });

  it('covers every lane in the union type', () => {
    expectTypeOf<ReturnType<typeof LaneItemSchema.parse>['lane']>().toEqualTypeOf<Lane | 'custom'>();
  });
});
