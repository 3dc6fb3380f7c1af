import { expect } from 'vitest';
import type { PersonaSuggestionsResult } from '../../src/analytics/insights/persona-suggestions-result.ts';
import type { InsightScenario } from './insight-scenario.ts';
import { shopMap } from './journey-scenario.ts';
import { identify, MINUTE, type ScenarioEvent, track } from './scenario-events.ts';

/** An e-mail customer with plan "pro": three e-mail clicks, three orders of 50, all before minute 10. */
const emailBuyer = (who: string): ScenarioEvent[] => [
  identify(null, who, 0, { plan: 'pro' }),
  ...[1, 2, 3].map((m) => track(who, m * MINUTE, 'Email Clicked', { channel: 'email' })),
  ...[4, 5, 6].map((m) =>
    track(who, m * MINUTE, 'Order Completed', { channel: 'email', properties: { revenue: 50 } }),
  ),
  track(who, 10 * MINUTE, 'Email Clicked', { channel: 'email' }),
];
/** A web browser with plan "free" who never buys; last seen at minute 10 too. */
const browser = (who: string): ScenarioEvent[] => [
  identify(null, who, 0, { plan: 'free' }),
  track(who, MINUTE, 'Page Viewed', { channel: 'web' }),
  track(who, 10 * MINUTE, 'Page Viewed', { channel: 'web' }),
];

export const personaScenarios: InsightScenario[] = [
  {
    name: 'persona suggestions: two groups, described in words, with a segment rule over traits',
    why:
      'Four e-mail buyers (plan pro, 3 orders of 50) and two web browsers (plan free, no orders), ' +
      'everyone last seen at minute 10 (recency is the same for all, so it is no feature). ' +
      'Features that vary: channel:email (mean 4/6, sd √(2/3·1/3) = .471), channel:web (2/6), ' +
      'orders (mean 2, sd √2), revenue (mean 100, sd 70.7); buyers differ from the mean by ' +
      '+.707 sd on each, browsers by 1.414 sd. Ties go by feature name, so the first three are ' +
      'email, web, orders. Rules: plan = pro picks the buyers exactly (F1 1), plan = free the ' +
      'browsers. The identify calls are no meeting with the brand and are left out.',
    maps: [],
    events: [...['b1', 'b2', 'b3', 'b4'].flatMap(emailBuyer), ...['w1', 'w2'].flatMap(browser)],
    spec: { type: 'personaSuggestions', seed: 7 },
    check: (r: PersonaSuggestionsResult) => {
      expect(r.persons).toBe(6);
      expect(r).toMatchObject({ k: 2, chosenBy: 'silhouette' });
      // Channels in the model's order (web before email), then the rest.
      expect(r.features).toEqual(['channel:web', 'channel:email', 'orders', 'revenue']);
      const [buyers, browsers] = r.suggestions;
      expect(buyers).toMatchObject({
        id: 'suggestion-1',
        name: 'Email users, no web',
        size: 4,
        segmentRule: { match: 'all', conditions: [{ trait: 'plan', op: 'eq', value: 'pro' }] },
        ruleFit: { precision: 1, recall: 1, f1: 1 },
      });
      expect(buyers!.traits.map((t) => t.text)).toEqual([
        'uses email: 100% vs 67% overall',
        'uses web: 0% vs 33% overall',
        '3 orders on average vs 2 overall',
      ]);
      expect(buyers!.traits[0]!.effect).toBeCloseTo(1 / 3 / Math.sqrt(2 / 9), 9);
      expect(buyers!.persona).toEqual({
        id: 'suggestion-1',
        name: 'Email users, no web',
        demographics: {},
        goals: [],
        frustrations: [],
        preferredChannels: ['email'],
        segment: { match: 'all', conditions: [{ trait: 'plan', op: 'eq', value: 'pro' }] },
      });
      expect(browsers).toMatchObject({
        name: 'No email, web users',
        size: 2,
        segmentRule: { match: 'all', conditions: [{ trait: 'plan', op: 'eq', value: 'free' }] },
      });
    },
  },
  {
    name: 'persona suggestions: the furthest stage reached on a map is a feature',
    why:
      'On the shop map (ad → view → order), four e-mail buyers view and order (furthest stage 3, ' +
      "Purchase) and two web visitors only click an ad (stage 1): the buyers' mean stage is 3, " +
      "the visitors' 1, everyone's (4·3 + 2·1)/6 = 2.33.",
    maps: [{ id: 'shop', doc: shopMap() }],
    events: [
      ...['b1', 'b2', 'b3', 'b4'].flatMap((who) => [
        identify(null, who, 0, { plan: 'pro' }),
        track(who, MINUTE, 'Product Viewed', { channel: 'email' }),
        track(who, 2 * MINUTE, 'Order Completed', { channel: 'email', properties: { revenue: 50 } }),
        track(who, 10 * MINUTE, 'Product Viewed', { channel: 'email' }),
      ]),
      ...['w1', 'w2'].flatMap((who) => [
        identify(null, who, 0, { plan: 'free' }),
        track(who, MINUTE, 'Ad Clicked', { channel: 'web' }),
        track(who, 10 * MINUTE, 'Ad Clicked', { channel: 'web' }),
      ]),
    ],
    spec: { type: 'personaSuggestions', mapId: 'shop', k: 2 },
    check: (r: PersonaSuggestionsResult) => {
      expect(r).toMatchObject({ k: 2, chosenBy: 'spec' });
      expect(r.features).toContain('stage');
      const [buyers, visitors] = r.suggestions;
      expect(buyers!.size).toBe(4);
      expect(buyers!.means.stage).toBeCloseTo(3, 12);
      expect(visitors!.means.stage).toBeCloseTo(1, 12);
    },
  },
];
