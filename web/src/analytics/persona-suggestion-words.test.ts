import { describe, expect, it } from 'vitest';
import type { DescribingTrait } from '../../../src/analytics/insights/describe-cluster.ts';
import { measuredStageNames, nameParts, ruleConditions, traitWords } from './persona-suggestion-words.ts';

const trait = (
  feature: string,
  clusterValue: number,
  overallValue: number,
  direction: 'higher' | 'lower' = 'higher',
): DescribingTrait => ({
  feature,
  direction,
  clusterValue,
  overallValue,
  effect: direction === 'higher' ? 1 : -1,
  text: 'English text from the API',
});

describe('traitWords', () => {
  it('writes channel use and phone share as percentages', () => {
    expect(traitWords(trait('channel:print', 0.8919, 0.1149), [], 'en')).toEqual({
      kind: 'channel',
      channel: 'print',
      cluster: '89%',
      overall: '11%',
    });
    expect(traitWords(trait('mobileShare', 0.755, 0.3), [], 'pl')).toMatchObject({
      cluster: '76%',
      overall: '30%',
    });
  });

  it('writes spending as money and counts with one decimal, in the language', () => {
    expect(traitWords(trait('revenue', 1234.5, 200), [], 'pl')).toMatchObject({
      cluster: '1234,50',
      overall: '200,00',
    });
    expect(traitWords(trait('orders', 1.28, 0.528), [], 'en')).toMatchObject({
      cluster: '1.3',
      overall: '0.5',
    });
  });

  it('names the stage the average rounds to among the measured stages', () => {
    // 2.6 rounds to stage 3 of 4: Purchase.
    expect(
      traitWords(trait('stage', 2.6, 1.4), ['Awareness', 'Consideration', 'Purchase', 'Retention'], 'en'),
    ).toEqual({
      kind: 'stage',
      cluster: '2.6',
      overall: '1.4',
      stage: 'Purchase',
      stages: '4',
    });
  });

  it('leaves a feature it does not know to the API text', () => {
    expect(traitWords(trait('something_new', 1, 0), [], 'en')).toBeNull();
  });
});

describe('nameParts', () => {
  it('names a group by its two strongest traits', () => {
    expect(
      nameParts([trait('channel:print', 0.9, 0.1), trait('orders', 0.1, 1, 'lower'), trait('nps', 9, 7)]),
    ).toEqual([{ key: 'channel.higher', channel: 'print' }, { key: 'orders.lower' }]);
    expect(nameParts([])).toEqual([]);
  });
});

describe('measuredStageNames', () => {
  it('keeps the stages with an event-bound touchpoint, in map order', () => {
    const map = {
      stages: [
        { id: 'a', name: 'Awareness' },
        { id: 'b', name: 'Consideration' },
        { id: 'c', name: 'Purchase' },
      ],
      touchpoints: [
        { id: 't1', stageId: 'c', name: 'Order', event: { event: 'Order Completed', where: [] } },
        { id: 't2', stageId: 'b', name: 'Friend' },
        { id: 't3', stageId: 'a', name: 'Ad', event: { event: 'Ad Viewed', where: [] } },
      ],
    } as unknown as Parameters<typeof measuredStageNames>[0];
    expect(measuredStageNames(map)).toEqual(['Awareness', 'Purchase']);
  });
});

describe('ruleConditions', () => {
  it('lists each condition with its value as text, lists joined by commas, none for is_set', () => {
    expect(
      ruleConditions({
        match: 'all',
        conditions: [
          { trait: 'age', op: 'lte', value: 61 },
          { trait: 'plan', op: 'in', value: ['pro', 'team'] },
          { trait: 'email', op: 'is_set' },
        ],
      }),
    ).toEqual([
      { trait: 'age', op: 'lte', value: '61' },
      { trait: 'plan', op: 'in', value: 'pro, team' },
      { trait: 'email', op: 'is_set', value: '' },
    ]);
  });
});
