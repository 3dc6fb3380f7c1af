import { describe, expect, it } from 'vitest';
import { LaneItemSchema } from '../../model/lane-item.ts';
import { planJourney } from '../journey/journey-plan.ts';
import { judgeMoments, type MomentCounts } from './moments-of-truth.ts';

const planned = planJourney('m', {
  stages: [
    { id: 'a', name: 'Awareness' },
    { id: 'b', name: 'Purchase' },
  ],
  touchpoints: [
    { id: 't-ad', stageId: 'a', channel: 'ads', name: 'Ad', event: { event: 'Ad', where: [] } },
    { id: 't-chat', stageId: 'a', channel: 'web', name: 'Live chat', event: { event: 'Chat', where: [] } },
    { id: 't-pay', stageId: 'b', channel: 'web', name: 'Payment', event: { event: 'Pay', where: [] } },
  ],
});
if (!planned.ok) throw new Error('plan');
const plan = planned.plan;

const row = (stratum: number, persons: number, exposed: number, eo: number, uo: number): MomentCounts => ({
  stratum,
  persons,
  exposed,
  exposedOutcome: eo,
  unexposedOutcome: uo,
});

describe('judgeMoments', () => {
  it('offers a moment-of-truth card for a touchpoint whose interval excludes 0', () => {
    // Live chat, one stratum (Awareness): 40 of 50 with it converted, 10 of 50 without.
    // RD = .6, Wald se √(.8·.2/50 + .2·.8/50) = .08 → 95% CI .6 ± .1568 = .4432..7568.
    const counts = new Map([
      [1, [row(1, 100, 50, 25, 25)]],
      [2, [row(1, 100, 50, 40, 10)]],
      [3, []],
    ]);
    const [first, second] = judgeMoments(plan, counts, { outcome: 'conversion', minPersons: 10 });
    expect(first).toMatchObject({ touchpointId: 't-chat', judged: true, isMoment: true });
    expect(first!.stratified!.low).toBeCloseTo(0.6 - 1.959964 * 0.08, 5);
    expect(first!.laneItem).toEqual({
      id: 'mot-t-chat',
      lane: 'moment_of_truth',
      stageId: 'a',
      touchpointId: 't-chat',
      text: 'Live chat: +60 pp conversion (95% CI +44.3 to +75.7 pp) among people who reached Awareness',
    });
    expect(LaneItemSchema.safeParse(first!.laneItem).success).toBe(true);
    // The ad changes nothing (25/50 vs 25/50): judged, no card.
    expect(second).toMatchObject({ touchpointId: 't-ad', judged: true, isMoment: false, laneItem: null });
  });

  it('does not judge a touchpoint with fewer than minPersons in a group', () => {
    const counts = new Map([[1, [row(1, 12, 9, 9, 0)]]]);
    const [ad] = judgeMoments(plan, counts, { outcome: 'retention', minPersons: 5 });
    expect(ad).toMatchObject({
      with: { persons: 9 },
      without: { persons: 3 },
      judged: false,
      laneItem: null,
    });
  });

  it('never offers a touchpoint that is the outcome itself (an order touchpoint for conversion)', () => {
    // Payment is bound to "Pay"; with "Pay" as the outcome, everyone who met it has the outcome.
    const counts = new Map([[3, [row(2, 100, 50, 50, 10)]]]);
    const pay = judgeMoments(plan, counts, {
      outcome: 'conversion',
      minPersons: 10,
      outcomeEvent: 'Pay',
    })[0]!;
    expect(pay).toMatchObject({
      touchpointId: 't-pay',
      isOutcome: true,
      judged: true,
      isMoment: false,
      laneItem: null,
    });
  });
});
