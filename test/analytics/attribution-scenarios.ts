import { exampleMap } from '../../src/model/example-map.ts';
import type { AttributionScenario } from './attribution-scenario.ts';
import { DAY, HOUR, identify, MINUTE, range, track } from './scenario-events.ts';

const order = (who: string, at: number, properties: Record<string, unknown> = {}) =>
  track(who, at, 'Order Completed', { properties });
const touch = (who: string, at: number, channel: string) => track(who, at, 'Visited', { channel });
const view = (who: string, at: number, utm?: string) =>
  track(who, at, 'Page Viewed', utm ? { properties: { utm_source: utm } } : {});

/** A page view carrying UTM parameters where Segment SDKs put them: context.campaign. */
const campaignView = (who: string, at: number, campaign: Record<string, string>) => {
  const e = track(who, at, 'Page Viewed');
  return { ...e, message: { ...e.message, context: { campaign } } };
};

/** The attribution conformance table every store runs (see attribution-scenario.ts). */
export const attributionScenarios: AttributionScenario[] = [
  {
    name: 'channel touches: one path per conversion, lookback, repeats collapsed, non-converting paths',
    why:
      'alice: search, email, order (100), social, order (50): the second order only has social, ' +
      'touches count for one conversion. bob: ads on day 0, email on day 40, order on day 41 worth ' +
      'total 30 (no revenue): ads is outside the 30-day lookback, path email. carol: search, ' +
      'search, web, no order: one path search > web that did not convert. dave orders (20) without ' +
      'any touch: unattributed. Table: search>email 1 (100), social 1 (50), email 1 (30), ' +
      'search>web null 1. Markov: start→search 2/4, social 1/4, email 1/4; search→email 1/2, ' +
      '→web 1/2; email, social → conversion; web → null. P = 3/4; without search 1/2 (RE 1/3), ' +
      'email 1/4 (RE 2/3), social 1/2 (RE 1/3), web 3/4 (RE 0): 3 conversions × RE / (4/3).',
    events: [
      touch('alice', 0, 'search'),
      touch('alice', HOUR, 'email'),
      order('alice', 2 * HOUR, { revenue: 100 }),
      touch('alice', 3 * HOUR, 'social'),
      order('alice', 4 * HOUR, { revenue: 50 }),
      touch('bob', 0, 'ads'),
      touch('bob', 40 * DAY, 'email'),
      order('bob', 41 * DAY, { total: 30 }),
      touch('carol', 0, 'search'),
      touch('carol', MINUTE, 'search'),
      touch('carol', 2 * MINUTE, 'web'),
      order('dave', 0, { revenue: 20 }),
    ],
    spec: {
      type: 'attribution',
      conversion: { event: 'Order Completed' },
      models: ['first_touch', 'last_touch', 'linear', 'markov'],
      bootstrap: { iterations: 0 },
    },
    expect: {
      conversions: 3,
      value: 180,
      models: {
        first_touch: { email: 1, search: 1, social: 1, web: 0 },
        last_touch: { email: 2, search: 0, social: 1, web: 0 },
        linear: { email: 1.5, search: 0.5, social: 1, web: 0 },
        markov: { email: 1.5, search: 0.75, social: 0.75, web: 0 },
      },
      values: { linear: { email: 80, search: 50, social: 50, web: 0 } },
      removalEffects: { email: 2 / 3, search: 1 / 3, social: 1 / 3, web: 0 },
      unattributed: { conversions: 1, value: 20 },
    },
  },
  {
    name: 'property touches (utm_source) of listed events, inside a range',
    why:
      'Range day 3 to 10, conversion Signed Up. erin: google (day 1), signs up (day 2, before the ' +
      'range: not a journey, but it ends her earlier touches), newsletter (day 3), a view without ' +
      'utm (no touch), signs up (day 4): path newsletter. frank: google, newsletter, signs up: ' +
      'google > newsletter. gina: google, and a Button Clicked with utm facebook that is not a ' +
      'listed touch event: google, no conversion. Position based: newsletter 1 + ½, google ½. ' +
      'Markov: start→newsletter 1/3, google 2/3; google→newsletter ½, null ½: P = 2/3; without ' +
      'google 1/3 (RE ½), without newsletter 0 (RE 1): google 2·½/1½ = 2/3, newsletter 4/3.',
    events: [
      view('erin', 1 * DAY, 'google'),
      track('erin', 2 * DAY, 'Signed Up'),
      view('erin', 3 * DAY + HOUR, 'newsletter'),
      view('erin', 3 * DAY + 2 * HOUR),
      track('erin', 4 * DAY, 'Signed Up'),
      view('frank', 5 * DAY, 'google'),
      view('frank', 6 * DAY, 'newsletter'),
      track('frank', 6 * DAY + HOUR, 'Signed Up'),
      view('gina', 5 * DAY, 'google'),
      track('gina', 5 * DAY + HOUR, 'Button Clicked', { properties: { utm_source: 'facebook' } }),
    ],
    spec: {
      type: 'attribution',
      conversion: { event: 'Signed Up' },
      touch: { by: 'property', name: 'utm_source', events: ['Page Viewed'] },
      range: range(3 * DAY, 10 * DAY),
      models: ['first_touch', 'last_touch', 'position_based', 'markov'],
      bootstrap: { iterations: 0 },
    },
    expect: {
      conversions: 2,
      value: 0,
      models: {
        first_touch: { google: 1, newsletter: 1 },
        last_touch: { google: 0, newsletter: 2 },
        position_based: { google: 0.5, newsletter: 1.5 },
        markov: { google: 2 / 3, newsletter: 4 / 3 },
      },
      unattributed: { conversions: 0, value: 0 },
    },
  },
  {
    name: 'campaign touches: context.campaign.source as Segment SDKs send it, else the utm_source property',
    why:
      'hal: a view from campaign source google, then an order: path google. ivy: a view with ' +
      'property utm_source newsletter (no campaign in context), a view from campaign source ' +
      'facebook, an order: newsletter > facebook. jon: a view whose campaign has a medium but no ' +
      'source, an order: no touch, unattributed. First touch: google 1, newsletter 1; last ' +
      'touch: google 1, facebook 1.',
    events: [
      campaignView('hal', 0, { source: 'google', medium: 'cpc' }),
      order('hal', DAY),
      view('ivy', 0, 'newsletter'),
      campaignView('ivy', HOUR, { source: 'facebook' }),
      order('ivy', DAY),
      campaignView('jon', 0, { medium: 'cpc' }),
      order('jon', DAY),
    ],
    spec: {
      type: 'attribution',
      conversion: { event: 'Order Completed' },
      touch: { by: 'campaign' },
      models: ['first_touch', 'last_touch'],
      bootstrap: { iterations: 0 },
    },
    expect: {
      conversions: 2,
      value: 0,
      models: {
        first_touch: { google: 1, newsletter: 1, facebook: 0 },
        last_touch: { google: 1, newsletter: 0, facebook: 1 },
      },
      unattributed: { conversions: 1, value: 0 },
    },
  },
  {
    name: 'touchpoint touches from a journey map; value credited by the expected value lost',
    why:
      'The example map binds "Instagram ad" (Ad Clicked from instagram on social) and "Checkout" ' +
      '(Checkout Started). alice: ad, a product view (no touchpoint), checkout, order 80. bob: ' +
      'checkout, order 20. carol: ad only. Linear: ad ½, Checkout 1½; value 40 and 40 + 20. ' +
      'Markov as in the utm scenario: ad 2/3, Checkout 4/3. Value: Checkout exits worth 100 over 2 ' +
      'journeys, E = 2/3·½·50 + 1/3·50 = 100/3; without the ad 50/3 (RE ½), without Checkout 0: ' +
      '100 · ½/1½ and 100 · 1/1½.',
    maps: [{ id: 'map-shop', doc: exampleMap() }],
    events: [
      track('alice', 0, 'Ad Clicked', { properties: { utm_source: 'instagram' }, channel: 'social' }),
      track('alice', MINUTE, 'Product Viewed'),
      track('alice', 2 * MINUTE, 'Checkout Started'),
      order('alice', 3 * MINUTE, { revenue: 80 }),
      track('bob', 0, 'Checkout Started'),
      order('bob', MINUTE, { revenue: 20 }),
      track('carol', 0, 'Ad Clicked', { properties: { utm_source: 'instagram' }, channel: 'social' }),
    ],
    spec: {
      type: 'attribution',
      conversion: { event: 'Order Completed' },
      touch: { by: 'touchpoint', mapId: 'map-shop' },
      models: ['linear', 'markov'],
      bootstrap: { iterations: 0 },
    },
    expect: {
      conversions: 2,
      value: 100,
      models: {
        linear: { Checkout: 1.5, 'Instagram ad': 0.5 },
        markov: { Checkout: 4 / 3, 'Instagram ad': 2 / 3 },
      },
      values: {
        linear: { Checkout: 60, 'Instagram ad': 40 },
        markov: { Checkout: 200 / 3, 'Instagram ad': 100 / 3 },
      },
    },
  },
  {
    name: 'stitched persons; the last maxTouches touches, repeats kept without collapse',
    why:
      'henry visits from ads as anonymous h1, logs in (identify is no touch) and orders: one ' +
      'person, path ads. ivy: search, email, email, web, order; maxTouches 3 without collapsing ' +
      'keeps email > email > web (search is cut, so it is no channel of the table). Linear: ads 1, ' +
      'email 2/3, web 1/3.',
    events: [
      touch('anon:h1', 0, 'ads'),
      identify('h1', 'henry', MINUTE),
      order('henry', 2 * MINUTE, { revenue: 10 }),
      touch('ivy', 0, 'search'),
      touch('ivy', MINUTE, 'email'),
      touch('ivy', 2 * MINUTE, 'email'),
      touch('ivy', 3 * MINUTE, 'web'),
      order('ivy', 4 * MINUTE, { revenue: 30 }),
    ],
    spec: {
      type: 'attribution',
      conversion: { event: 'Order Completed' },
      maxTouches: 3,
      collapse: false,
      models: ['first_touch', 'last_touch', 'linear'],
    },
    expect: {
      conversions: 2,
      value: 40,
      models: {
        first_touch: { ads: 1, email: 1, web: 0 },
        last_touch: { ads: 1, email: 0, web: 1 },
        linear: { ads: 1, email: 2 / 3, web: 1 / 3 },
      },
      values: { linear: { ads: 10, email: 20, web: 10 } },
    },
  },
  {
    name: 'time decay over event times: the weight halves per half-life before the conversion',
    why:
      'Half-life 1 day. kim: email on day 0, search on day 6, order on day 7 (90): ages 7 and 1 ' +
      'days, weights 2^-7 and 2^-1, so email 1/65 and search 64/65 of the conversion and of 90. ' +
      'leo: search, order 12 hours later (10): all to search. The touch-count half-life would ' +
      'have given 1/3 and 2/3 instead.',
    events: [
      touch('kim', 0, 'email'),
      touch('kim', 6 * DAY, 'search'),
      order('kim', 7 * DAY, { revenue: 90 }),
      touch('leo', 0, 'search'),
      order('leo', 12 * HOUR, { revenue: 10 }),
    ],
    spec: {
      type: 'attribution',
      conversion: { event: 'Order Completed' },
      timeDecay: { halfLife: 1, unit: 'day' },
      models: ['time_decay'],
    },
    expect: {
      conversions: 2,
      value: 100,
      models: { time_decay: { email: 1 / 65, search: 1 + 64 / 65 } },
      values: { time_decay: { email: 90 / 65, search: 10 + (90 * 64) / 65 } },
    },
  },
  {
    name: 'time decay over event times with one touch per path',
    why:
      'maxTouches 1: kim’s email (day 0) is cut, search (day 6) is her path, so the decay has one ' +
      'touch to weigh and search gets the whole order (90).',
    events: [
      touch('kim', 0, 'email'),
      touch('kim', 6 * DAY, 'search'),
      order('kim', 7 * DAY, { revenue: 90 }),
    ],
    spec: {
      type: 'attribution',
      conversion: { event: 'Order Completed' },
      timeDecay: { halfLife: 1, unit: 'day' },
      maxTouches: 1,
      models: ['time_decay', 'last_touch'],
    },
    expect: {
      conversions: 1,
      value: 90,
      models: { time_decay: { search: 1 }, last_touch: { search: 1 } },
      values: { time_decay: { search: 90 } },
    },
  },
  {
    name: 'an inline path table needs no events',
    why:
      "S. Puzyrov's four paths (serhiipuzyrov.com, 2019; worked by hand in markov.test.ts): " +
      'Markov 2.4 and 1.6; Shapley v(g) = 2, v(m) = 1, v(gm) = 4: φ(g) = ½·2 + ½·3 = 2.5, φ(m) = 1.5.',
    events: [],
    spec: {
      type: 'attribution',
      source: 'paths',
      paths: [
        { path: 'google ads', conversions: 2 },
        { path: 'mailing', conversions: 1 },
        { path: ['google ads', 'mailing'], conversions: 1 },
        { path: 'google ads', conversions: 0, nulls: 1 },
      ],
      models: ['markov', 'shapley'],
      bootstrap: { iterations: 0 },
    },
    expect: {
      conversions: 4,
      value: 0,
      models: { markov: { 'google ads': 2.4, mailing: 1.6 }, shapley: { 'google ads': 2.5, mailing: 1.5 } },
      removalEffects: { 'google ads': 0.75, mailing: 0.5 },
    },
  },
];
