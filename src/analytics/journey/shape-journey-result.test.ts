import { describe, expect, it } from 'vitest';
import { planJourney } from './journey-plan.ts';
import type { JourneyRows } from './journey-rows.ts';
import { shapeJourneyResult, surveyScores, transitionKind } from './shape-journey-result.ts';

const planned = planJourney('m', {
  stages: [
    { id: 'aware', name: 'Awareness' },
    { id: 'consider', name: 'Consideration' },
    { id: 'buy', name: 'Purchase' },
  ],
  touchpoints: [
    { id: 't-ad', stageId: 'aware', channel: 'ads', name: 'Ad', event: { event: 'Ad', where: [] } },
    { id: 't-shop', stageId: 'consider', channel: 'store', name: 'Shop visit' },
    { id: 't-order', stageId: 'buy', channel: 'web', name: 'Order', event: { event: 'Order', where: [] } },
  ],
});
if (!planned.ok) throw new Error('plan failed');
const plan = planned.plan;

const rows: JourneyRows = {
  persons: 12,
  touchpoints: new Map([
    [1, { persons: 10, volume: 15, converted: 4, medianSeconds: 60 }],
    [2, { persons: 5, volume: 6, converted: null, medianSeconds: null }],
  ]),
  stages: new Map([
    [1, { persons: 10, converted: 4, medianSeconds: 60 }],
    [2, { persons: 5, converted: null, medianSeconds: null }],
  ]),
  moves: [
    { fromRank: 1, toRank: 2, count: 5, persons: 4 },
    { fromRank: 2, toRank: 1, count: 2, persons: 2 },
  ],
};

describe('transitionKind', () => {
  it('tells forward, skipped and backward moves by measured rank', () => {
    expect(transitionKind(1, 2)).toBe('forward');
    expect(transitionKind(1, 3)).toBe('skipped');
    expect(transitionKind(3, 1)).toBe('backward');
    expect(transitionKind(2, 1)).toBe('backward');
  });
});

describe('surveyScores', () => {
  it('computes NPS on −100..100 and CSAT as a share, null without answers', () => {
    // 6 promoters, 2 passives, 2 detractors of 10: 60% − 20% = 40.
    expect(surveyScores({ npsCount: 10, promoters: 6, detractors: 2, csatCount: 4, satisfied: 3 })).toEqual({
      nps: { value: 40, count: 10, promoters: 6, passives: 2, detractors: 2 },
      csat: { value: 0.75, count: 4, satisfied: 3 },
    });
    expect(surveyScores(undefined)).toEqual({
      nps: { value: null, count: 0, promoters: 0, passives: 0, detractors: 0 },
      csat: { value: null, count: 0, satisfied: 0 },
    });
  });
});

describe('shapeJourneyResult', () => {
  const result = shapeJourneyResult(plan, rows, new Map());

  it('derives rates and drop-off; the last stage has no "to next" figures', () => {
    expect(result.touchpoints[0]).toEqual({
      id: 't-ad',
      stageId: 'aware',
      name: 'Ad',
      measured: true,
      reach: 10,
      volume: 15,
      converted: 4,
      toNextStageRate: 0.4,
      medianSecondsToNextStage: 60,
      dropOff: 6,
      dropOffRate: 0.6,
      ...surveyScores(undefined),
    });
    expect(result.stages[2]).toMatchObject({
      id: 'buy',
      measured: true,
      persons: 5,
      converted: null,
      conversionToNext: null,
      dropOff: null,
      dropOffRate: null,
    });
  });

  it('shows unmeasured stages and touchpoints as null, not zero', () => {
    expect(result.stages[1]).toEqual({
      id: 'consider',
      name: 'Consideration',
      measured: false,
      persons: null,
      converted: null,
      conversionToNext: null,
      dropOff: null,
      dropOffRate: null,
      medianSecondsInStage: null,
    });
    expect(result.touchpoints[1]).toMatchObject({ id: 't-shop', measured: false, reach: null, volume: null });
  });

  it('names moves by stage id; ranks skip the unmeasured stage, so aware → buy is forward', () => {
    expect(result.transitions).toEqual([
      { from: 'aware', to: 'buy', kind: 'forward', persons: 4, count: 5 },
      { from: 'buy', to: 'aware', kind: 'backward', persons: 2, count: 2 },
    ]);
    expect(result.persons).toBe(12);
  });

  it('gives 0 rates rather than NaN when nobody reached a stage', () => {
    const empty: JourneyRows = {
      persons: 0,
      touchpoints: new Map([
        [1, { persons: 0, volume: 0, converted: 0, medianSeconds: null }],
        [2, { persons: 0, volume: 0, converted: null, medianSeconds: null }],
      ]),
      stages: new Map([
        [1, { persons: 0, converted: 0, medianSeconds: null }],
        [2, { persons: 0, converted: null, medianSeconds: null }],
      ]),
      moves: [],
    };
    const r = shapeJourneyResult(plan, empty, new Map());
    expect(r.stages[0]).toMatchObject({ persons: 0, conversionToNext: 0, dropOff: 0, dropOffRate: 0 });
    expect(r.touchpoints[0]).toMatchObject({ reach: 0, toNextStageRate: 0, dropOffRate: 0 });
  });

  it('lists a map without bound touchpoints with survey scores only', () => {
    const bare = planJourney('m', {
      stages: [{ id: 's', name: 'S' }],
      touchpoints: [{ id: 't', stageId: 's', channel: 'store', name: 'T' }],
    });
    if (!bare.ok) throw new Error('plan failed');
    const surveys = new Map([
      ['t', { npsCount: 1, promoters: 1, detractors: 0, csatCount: 0, satisfied: 0 }],
    ]);
    const r = shapeJourneyResult(bare.plan, null, surveys);
    expect(r).toMatchObject({
      persons: 0,
      transitions: [],
      stages: [{ id: 's', measured: false, persons: null }],
    });
    expect(r.touchpoints[0]?.nps.value).toBe(100);
  });
});
