import { type JourneyScenario, journeyMap, SHOP_STAGES, shopMap } from './journey-scenario.ts';
import { move } from './journey-scenarios-flow.ts';
import { alias, HOUR, identify, MINUTE, track } from './scenario-events.ts';

const SPEC = { type: 'journey', mapId: 'shop' } as const;

const survey = (who: string, seconds: number, properties: Record<string, unknown>) =>
  track(who, seconds, 'survey_response', { properties });

/** Which events count: bindings with filters and channels, stitched identities, filters, surveys, errors. */
export const dataScenarios: JourneyScenario[] = [
  {
    name: 'property-filter bindings: nested keys, two touchpoints in one stage',
    why:
      'Consideration is "Page Viewed" of /pricing only; Purchase has any order and orders picked ' +
      'up in a store (shipping.method = pickup, a nested key). jack: ad 0, /home 1 h (no ' +
      'touchpoint), /pricing 2 h, pickup order 3 h. kim: ad 0, /blog 1 h (ignored). Pricing: reach ' +
      '1. Ad: jack converts at the pricing view (2 h), kim drops. Both order touchpoints reach ' +
      'jack; the stage counts him once.',
    maps: [
      {
        id: 'shop',
        doc: journeyMap('shop', SHOP_STAGES, [
          { id: 't-ad', stage: 'aware', event: 'Ad Clicked' },
          {
            id: 't-pricing',
            stage: 'consider',
            event: { event: 'Page Viewed', where: [{ property: 'path', op: 'eq', value: '/pricing' }] },
          },
          { id: 't-order', stage: 'buy', event: 'Order Completed' },
          {
            id: 't-pickup',
            stage: 'buy',
            event: {
              event: 'Order Completed',
              where: [{ property: 'shipping.method', op: 'eq', value: 'pickup' }],
            },
          },
        ]),
      },
    ],
    events: [
      track('jack', 0, 'Ad Clicked'),
      track('jack', HOUR, 'Page Viewed', { properties: { path: '/home' } }),
      track('jack', 2 * HOUR, 'Page Viewed', { properties: { path: '/pricing' } }),
      track('jack', 3 * HOUR, 'Order Completed', { properties: { shipping: { method: 'pickup' } } }),
      track('kim', 0, 'Ad Clicked'),
      track('kim', HOUR, 'Page Viewed', { properties: { path: '/blog' } }),
    ],
    spec: SPEC,
    expect: {
      persons: 2,
      touchpoints: {
        't-ad': { reach: 2, converted: 1, medianSecondsToNextStage: 2 * HOUR, dropOff: 1 },
        't-pricing': { reach: 1, volume: 1, converted: 1, medianSecondsToNextStage: HOUR },
        't-order': { reach: 1, volume: 1 },
        't-pickup': { reach: 1, volume: 1 },
      },
      stages: { consider: { persons: 1, converted: 1 }, buy: { persons: 1 } },
      transitions: [move('aware', 'consider', 'forward', 1, 1), move('consider', 'buy', 'forward', 1, 1)],
    },
  },
  {
    name: 'channel bindings: the same event on two channels is two touchpoints',
    why:
      'Ad clicks on social and on search are two Awareness touchpoints. lea clicks on social and ' +
      'views a product: social converts. max clicks on search only: search drops. ned clicks on ' +
      'email — neither touchpoint — then views: his view counts, but he never was in Awareness, so ' +
      'no move. Awareness: lea and max.',
    maps: [
      {
        id: 'shop',
        doc: journeyMap('shop', SHOP_STAGES.slice(0, 2), [
          { id: 't-social', stage: 'aware', event: { event: 'Ad Clicked', where: [], channel: 'social' } },
          { id: 't-search', stage: 'aware', event: { event: 'Ad Clicked', where: [], channel: 'search' } },
          { id: 't-view', stage: 'consider', event: 'Product Viewed' },
        ]),
      },
    ],
    events: [
      track('lea', 0, 'Ad Clicked', { channel: 'social' }),
      track('lea', HOUR, 'Product Viewed'),
      track('max', 0, 'Ad Clicked', { channel: 'search' }),
      track('ned', 0, 'Ad Clicked', { channel: 'email' }),
      track('ned', HOUR, 'Product Viewed'),
    ],
    spec: SPEC,
    expect: {
      persons: 3,
      touchpoints: {
        't-social': { reach: 1, converted: 1, toNextStageRate: 1, medianSecondsToNextStage: HOUR },
        't-search': {
          reach: 1,
          converted: 0,
          toNextStageRate: 0,
          dropOff: 1,
          medianSecondsToNextStage: null,
        },
        't-view': { reach: 2 },
      },
      stages: { aware: { persons: 2, converted: 1, conversionToNext: 0.5 } },
      transitions: [move('aware', 'consider', 'forward', 1, 1)],
    },
  },
  {
    name: 'merged identities: anonymous and aliased events belong to one person',
    why:
      'olga clicks the ad anonymously (anon-1), logs in (identify anon-1 → olga), views and ' +
      'orders as olga: one person moving forward twice. pete-old clicks the ad and pete-new ' +
      'orders; alias merges them afterwards: one person who skipped consideration. Ad: both ' +
      'convert after 2 h. Identify and alias messages are no touchpoint.',
    maps: [{ id: 'shop', doc: shopMap() }],
    events: [
      track('anon:anon-1', 0, 'Ad Clicked'),
      identify('anon-1', 'olga', HOUR),
      track('olga', 2 * HOUR, 'Product Viewed'),
      track('olga', 3 * HOUR, 'Order Completed'),
      track('pete-old', 0, 'Ad Clicked'),
      track('pete-new', 2 * HOUR, 'Order Completed'),
      alias('pete-old', 'pete-new', 3 * HOUR),
    ],
    spec: SPEC,
    expect: {
      persons: 2,
      touchpoints: { 't-ad': { reach: 2, converted: 2, medianSecondsToNextStage: 2 * HOUR } },
      stages: { aware: { persons: 2, converted: 2 }, buy: { persons: 2 } },
      transitions: [
        move('aware', 'consider', 'forward', 1, 1),
        move('aware', 'buy', 'skipped', 1, 1),
        move('consider', 'buy', 'forward', 1, 1),
      ],
    },
  },
  {
    name: 'persona of the map: only its persons are measured',
    why:
      'p-young-pro is age 25–34, plan pro or team, email set. kasia (30, pro, email) matches; ' +
      'olga (50) does not; tom has no traits. All three click the ad and view a product; only ' +
      'kasia is counted.',
    maps: [{ id: 'shop', doc: shopMap() }],
    events: [
      identify(null, 'kasia', 0, { age: 30, plan: 'pro', email: 'k@example.com' }),
      identify(null, 'olga', 0, { age: 50, plan: 'pro', email: 'o@example.com' }),
      ...['kasia', 'olga', 'tom'].flatMap((u) => [
        track(u, MINUTE, 'Ad Clicked'),
        track(u, HOUR, 'Product Viewed'),
      ]),
    ],
    spec: { ...SPEC, persona: 'p-young-pro' },
    expect: {
      persons: 1,
      touchpoints: { 't-ad': { reach: 1, converted: 1, medianSecondsToNextStage: HOUR - MINUTE } },
      transitions: [move('aware', 'consider', 'forward', 1, 1)],
    },
  },
  {
    name: 'where: events that fail it are not seen at all',
    why:
      'where channel is not email. quinn clicks the ad on the web and views a product by email: ' +
      'the view is not seen, so the ad does not convert and there is no move. rob does both on ' +
      'the web: converts after 1 h.',
    maps: [{ id: 'shop', doc: shopMap() }],
    events: [
      track('quinn', 0, 'Ad Clicked', { channel: 'web' }),
      track('quinn', HOUR, 'Product Viewed', { channel: 'email' }),
      track('rob', 0, 'Ad Clicked', { channel: 'web' }),
      track('rob', HOUR, 'Product Viewed', { channel: 'web' }),
    ],
    spec: { ...SPEC, where: [{ on: 'field', name: 'channel', op: 'neq', value: 'email' }] },
    expect: {
      persons: 2,
      touchpoints: { 't-ad': { reach: 2, converted: 1, dropOff: 1 }, 't-view': { reach: 1 } },
      transitions: [move('aware', 'consider', 'forward', 1, 1)],
    },
  },
  {
    name: 'NPS and CSAT per touchpoint from survey responses, also for unbound touchpoints',
    why:
      'NPS about checkout: 10, 9, 9, 7, 2 — 3 promoters, 1 passive, 1 detractor: (3 − 1) / 5 = ' +
      '40. CSAT about checkout: 5, 4, 2 — 2 of 3 satisfied. NPS about the store visit (no event ' +
      'binding: offline) 10 and 0: 0. Left out: a score of 11, a score that is no number, a CES ' +
      'answer, an answer about a touchpoint the map does not have. The ad has no answers: null.',
    maps: [
      {
        id: 'shop',
        doc: journeyMap('shop', SHOP_STAGES, [
          { id: 't-ad', stage: 'aware', event: 'Ad Clicked' },
          { id: 't-checkout', stage: 'buy', event: 'Checkout Started' },
          { id: 't-store', stage: 'buy' },
        ]),
      },
    ],
    events: [
      ...[10, 9, 9, 7, 2].map((score, i) =>
        survey(`n${i}`, 0, { survey: 'nps', score, touchpoint: 't-checkout' }),
      ),
      ...[5, 4, 2].map((score, i) => survey(`c${i}`, 0, { survey: 'csat', score, touchpoint: 't-checkout' })),
      survey('s1', 0, { survey: 'nps', score: 10, touchpoint: 't-store' }),
      survey('s2', 0, { survey: 'nps', score: '0', touchpoint: 't-store' }),
      survey('x1', 0, { survey: 'nps', score: 11, touchpoint: 't-checkout' }),
      survey('x2', 0, { survey: 'nps', score: 'great', touchpoint: 't-checkout' }),
      survey('x3', 0, { survey: 'ces', score: 5, touchpoint: 't-checkout' }),
      survey('x4', 0, { survey: 'nps', score: 10, touchpoint: 't-nope' }),
    ],
    spec: SPEC,
    expect: {
      persons: 0,
      touchpoints: {
        't-checkout': {
          reach: 0,
          nps: { value: 40, count: 5, promoters: 3, passives: 1, detractors: 1 },
          csat: { value: 2 / 3, count: 3, satisfied: 2 },
        },
        't-store': {
          measured: false,
          reach: null,
          nps: { value: 0, count: 2, promoters: 1, passives: 0, detractors: 1 },
          csat: { value: null, count: 0, satisfied: 0 },
        },
        't-ad': { nps: { value: null, count: 0, promoters: 0, passives: 0, detractors: 0 } },
      },
      transitions: [],
    },
  },
  {
    name: 'survey answers attach by binding when they do not name a touchpoint of the map',
    why:
      'The "CES survey" touchpoint is bound to survey_response with touchpoint = checkout (the ' +
      'name the survey tool uses, not a map id). NPS 10 and 3 sent that way belong to it: 1 ' +
      'promoter, 1 detractor → 0; they are also its reach (2 persons). An answer naming the map ' +
      'id t-checkout (9) stays there: 100. An answer about "elsewhere" matches nothing: left out.',
    maps: [
      {
        id: 'shop',
        doc: journeyMap('shop', SHOP_STAGES, [
          { id: 't-checkout', stage: 'buy', event: 'Checkout Started' },
          {
            id: 't-ces-survey',
            stage: 'buy',
            event: {
              event: 'survey_response',
              where: [{ property: 'touchpoint', op: 'eq', value: 'checkout' }],
            },
          },
        ]),
      },
    ],
    events: [
      survey('n0', 0, { survey: 'nps', score: 10, touchpoint: 'checkout' }),
      survey('n1', 0, { survey: 'nps', score: 3, touchpoint: 'checkout' }),
      survey('p9', 0, { survey: 'nps', score: 9, touchpoint: 't-checkout' }),
      survey('x1', 0, { survey: 'nps', score: 0, touchpoint: 'elsewhere' }),
    ],
    spec: SPEC,
    expect: {
      persons: 2,
      touchpoints: {
        't-ces-survey': {
          reach: 2,
          nps: { value: 0, count: 2, promoters: 1, passives: 0, detractors: 1 },
        },
        't-checkout': {
          reach: 0,
          nps: { value: 100, count: 1, promoters: 1, passives: 0, detractors: 0 },
        },
      },
      transitions: [],
    },
  },
  {
    name: 'unknown map: a spec error naming mapId',
    why: 'No map "nope" is stored in the workspace: a 400-style error at mapId, not a crash.',
    maps: [{ id: 'shop', doc: shopMap() }],
    events: [track('alice', 0, 'Ad Clicked')],
    spec: { type: 'journey', mapId: 'nope' },
    expect: { errors: [{ path: 'mapId', message: 'No journey map "nope" in this workspace' }] },
  },
  {
    name: 'unknown persona: a spec error naming the list entry',
    why: 'The map has p-young-pro but no "p-retiree": the error points at persona[1].',
    maps: [{ id: 'shop', doc: shopMap() }],
    events: [track('alice', 0, 'Ad Clicked')],
    spec: { ...SPEC, persona: ['p-young-pro', 'p-retiree'] },
    expect: { errors: [{ path: 'persona[1]', message: 'No persona "p-retiree" in map "shop"' }] },
  },
];
