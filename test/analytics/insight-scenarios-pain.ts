import { expect } from 'vitest';
import type { PainPointsResult } from '../../src/analytics/insights/pain-points-result.ts';
import { close, type InsightScenario } from './insight-scenario.ts';
import { shopMap } from './journey-scenario.ts';
import { MINUTE, track } from './scenario-events.ts';

const order = (who: string, at: number, revenue: number) =>
  track(who, at, 'Order Completed', { properties: { revenue } });
const survey = (who: string, at: number, survey: string, score: number, touchpoint: string) =>
  track(who, at, 'survey_response', { properties: { survey, score, touchpoint } });

/** Pain points on the shop map (ad → product view → order). */
export const painScenarios: InsightScenario[] = [
  {
    name: 'pain points: drop-off × people × revenue at risk × negative feedback',
    why:
      'a, b: ad, view, order (100, 300). c, f: ad only. d: ad, view. e: view only. Ad: reach 5 ' +
      '(a b c d f), converted 3 (a b d), dropped 2, drop-off .4; continuing value 100+300+0 over 3 ' +
      '→ 133.33 each, at risk 2 × 133.33 = 266.67; one CSAT 2 → 1 of 1 negative (smoothed 2/3). ' +
      'View: reach 4 (a b d e), converted 2, dropped 2, drop-off .5; value 400/2 = 200, at risk ' +
      '400; NPS 3 and 10 → 1 of 2 (smoothed .5). Scaled by the maxima (.5, 5, 400, 2/3): ad = .8 × ' +
      '1 × .6667 × 1 = .5333, view = 1 × .8 × 1 × .75 = .6, so the view ranks first. The order is ' +
      'on the last stage: not ranked.',
    maps: [{ id: 'shop', doc: shopMap() }],
    events: [
      track('a', 0, 'Ad Clicked'),
      track('a', MINUTE, 'Product Viewed'),
      order('a', 2 * MINUTE, 100),
      track('b', 0, 'Ad Clicked'),
      track('b', MINUTE, 'Product Viewed'),
      order('b', 2 * MINUTE, 300),
      track('c', 0, 'Ad Clicked'),
      track('d', 0, 'Ad Clicked'),
      track('d', MINUTE, 'Product Viewed'),
      track('e', MINUTE, 'Product Viewed'),
      track('f', 0, 'Ad Clicked'),
      survey('c', 3 * MINUTE, 'csat', 2, 't-ad'),
      survey('d', 3 * MINUTE, 'nps', 3, 't-view'),
      survey('a', 3 * MINUTE, 'nps', 10, 't-view'),
    ],
    spec: { type: 'painPoints', mapId: 'shop' },
    check: (r: PainPointsResult) => {
      expect(r.persons).toBe(6);
      expect(r.factorsUsed).toEqual(['dropOff', 'peopleAffected', 'revenueAtRisk', 'negativeFeedback']);
      expect(r.painPoints.map((p) => p.touchpointId)).toEqual(['t-view', 't-ad']);
      const [view, ad] = r.painPoints;
      close(view!.score, 0.6, 'view score');
      close(ad!.score, 0.8 * (266.6666666666667 / 400), 'ad score');
      expect(ad).toMatchObject({
        rank: 2,
        reach: 5,
        dropped: 2,
        converted: 3,
        negativeAnswers: 1,
        feedbackAnswers: 1,
      });
      close(ad!.factors.dropOff.raw, 0.4, 'ad drop-off');
      close(ad!.factors.revenueAtRisk.raw, 800 / 3, 'ad revenue at risk');
      close(ad!.factors.negativeFeedback.raw, 1, 'ad negative share');
      close(ad!.factors.peopleAffected.normalised, 1, 'ad people scaled');
      expect(view).toMatchObject({
        rank: 1,
        reach: 4,
        dropped: 2,
        converted: 2,
        valuePerContinuingPerson: 200,
      });
      close(view!.factors.negativeFeedback.normalised, 0.75, 'view feedback scaled');
      expect(view!.explanation).toBe(
        '50% of 4 people drop off after it; 400 revenue at risk; 1 of 2 feedback answers negative',
      );
      expect(r.unranked).toEqual([{ touchpointId: 't-order', reason: 'last_stage' }]);
    },
  },
  {
    name: 'pain points: a map that does not exist is a spec error at mapId',
    why: 'As for journeys: the map id names nothing in the workspace.',
    maps: [],
    events: [track('a', 0, 'Ad Clicked')],
    spec: { type: 'painPoints', mapId: 'nope' },
    errors: [{ path: 'mapId', message: 'No journey map "nope" in this workspace' }],
  },
];
