import type { JourneyTransition } from '../../src/analytics/journey/journey-result.ts';
import { type JourneyScenario, journeyMap, SHOP_STAGES, shopMap } from './journey-scenario.ts';
import { DAY, HOUR, MINUTE, range, track } from './scenario-events.ts';

export const move = (
  from: string,
  to: string,
  kind: JourneyTransition['kind'],
  persons: number,
  count: number,
): JourneyTransition => ({ from, to, kind, persons, count });

const SPEC = { type: 'journey', mapId: 'shop' } as const;

/** How persons move through the stages: order, zig-zags, skips, unmeasured stages, range and window. */
export const flowScenarios: JourneyScenario[] = [
  {
    name: 'linear journey: reach, volume, conversion, times and forward moves',
    why:
      'alice: ad 0, views at 1 h and 2 h, order at 3 h. bob: ad 0, view 2 h, nothing more. carol: ' +
      'ad only. dave: view 0, order 1 h, no ad. Ad: reach 3, converted alice (first later-stage ' +
      'event 1 h after her ad) and bob (2 h): 2 of 3, median 1.5 h, carol drops. View: reach 3, ' +
      'volume 4, converted alice (order 2 h after her first view) and dave (1 h), median 1.5 h, ' +
      'bob drops. Order is the last stage: nothing to reach. Moves: alice’s two views are one ' +
      'visit, so aware→consider is alice and bob, consider→buy alice and dave.',
    maps: [{ id: 'shop', doc: shopMap() }],
    events: [
      track('alice', 0, 'Ad Clicked'),
      track('alice', HOUR, 'Product Viewed'),
      track('alice', 2 * HOUR, 'Product Viewed'),
      track('alice', 3 * HOUR, 'Order Completed'),
      track('bob', 0, 'Ad Clicked'),
      track('bob', 2 * HOUR, 'Product Viewed'),
      track('carol', 0, 'Ad Clicked'),
      track('dave', 0, 'Product Viewed'),
      track('dave', HOUR, 'Order Completed'),
      track('dave', 2 * HOUR, 'Newsletter Opened'),
    ],
    spec: SPEC,
    expect: {
      persons: 4,
      touchpoints: {
        't-ad': {
          measured: true,
          reach: 3,
          volume: 3,
          converted: 2,
          toNextStageRate: 2 / 3,
          medianSecondsToNextStage: 1.5 * HOUR,
          dropOff: 1,
          dropOffRate: 1 / 3,
        },
        't-view': { reach: 3, volume: 4, converted: 2, medianSecondsToNextStage: 1.5 * HOUR, dropOff: 1 },
        't-order': {
          reach: 2,
          volume: 2,
          converted: null,
          toNextStageRate: null,
          medianSecondsToNextStage: null,
          dropOff: null,
          dropOffRate: null,
        },
      },
      stages: {
        aware: {
          name: 'Awareness',
          measured: true,
          persons: 3,
          converted: 2,
          conversionToNext: 2 / 3,
          dropOff: 1,
          medianSecondsInStage: 1.5 * HOUR,
        },
        consider: { persons: 3, converted: 2, conversionToNext: 2 / 3, medianSecondsInStage: 1.5 * HOUR },
        buy: { persons: 2, converted: null, conversionToNext: null, medianSecondsInStage: null },
      },
      transitions: [move('aware', 'consider', 'forward', 2, 2), move('consider', 'buy', 'forward', 2, 2)],
    },
  },
  {
    name: 'zig-zag: backward moves, repeated moves, and time counted from the first hit',
    why:
      'erin: ad 0, view 1 h, ad 2 h, view 3 h, order 5 h — stages 1,2,1,2,3: aware→consider twice, ' +
      'consider→aware once, consider→buy once. frank: view 0, ad 1 h — one backward move; nothing ' +
      'after his ad, so the ad did not move him on (his view came before it). gina: view 0, ad ' +
      '1 h, view 2 h: back, then forward; her ad converts after 1 h, her view (first at 0) never ' +
      'reaches a later stage. Ad: reach 3, volume 4, converted erin (1 h) and gina (1 h). View: ' +
      'reach 3, volume 5, converted only erin, 4 h from her first view to the order (the hour ' +
      'back in awareness included). Moves: aware→consider 3 by erin and gina; consider→aware 3 by ' +
      'all three; consider→buy 1.',
    maps: [{ id: 'shop', doc: shopMap() }],
    events: [
      track('erin', 0, 'Ad Clicked'),
      track('erin', HOUR, 'Product Viewed'),
      track('erin', 2 * HOUR, 'Ad Clicked'),
      track('erin', 3 * HOUR, 'Product Viewed'),
      track('erin', 5 * HOUR, 'Order Completed'),
      track('frank', 0, 'Product Viewed'),
      track('frank', HOUR, 'Ad Clicked'),
      track('gina', 0, 'Product Viewed'),
      track('gina', HOUR, 'Ad Clicked'),
      track('gina', 2 * HOUR, 'Product Viewed'),
    ],
    spec: SPEC,
    expect: {
      persons: 3,
      touchpoints: {
        't-ad': { reach: 3, volume: 4, converted: 2, medianSecondsToNextStage: HOUR, dropOff: 1 },
        't-view': {
          reach: 3,
          volume: 5,
          converted: 1,
          toNextStageRate: 1 / 3,
          medianSecondsToNextStage: 4 * HOUR,
          dropOff: 2,
          dropOffRate: 2 / 3,
        },
      },
      stages: {
        aware: { persons: 3, converted: 2, medianSecondsInStage: HOUR },
        consider: { persons: 3, converted: 1, medianSecondsInStage: 4 * HOUR },
        buy: { persons: 1 },
      },
      transitions: [
        move('aware', 'consider', 'forward', 2, 3),
        move('consider', 'aware', 'backward', 3, 3),
        move('consider', 'buy', 'forward', 1, 1),
      ],
    },
  },
  {
    name: 'skipped stage: a jump forward moves the person on, and shows as skipped',
    why:
      'hank: ad 0, order 2 h — he skips consideration: aware→buy is "skipped", and his ad converts ' +
      '(2 h). ivy: ad 0, view 1 h, order 2 h — forward twice. Ad: 2 of 2 converted, times 2 h ' +
      'and 1 h, median 1.5 h. Consideration is measured but only ivy reached it (1 h to buy).',
    maps: [{ id: 'shop', doc: shopMap() }],
    events: [
      track('hank', 0, 'Ad Clicked'),
      track('hank', 2 * HOUR, 'Order Completed'),
      track('ivy', 0, 'Ad Clicked'),
      track('ivy', HOUR, 'Product Viewed'),
      track('ivy', 2 * HOUR, 'Order Completed'),
    ],
    spec: SPEC,
    expect: {
      persons: 2,
      touchpoints: {
        't-ad': { reach: 2, converted: 2, toNextStageRate: 1, medianSecondsToNextStage: 1.5 * HOUR },
      },
      stages: {
        aware: { persons: 2, converted: 2, dropOff: 0, dropOffRate: 0, medianSecondsInStage: 1.5 * HOUR },
        consider: { persons: 1, converted: 1, medianSecondsInStage: HOUR },
        buy: { persons: 2 },
      },
      transitions: [
        move('aware', 'consider', 'forward', 1, 1),
        move('aware', 'buy', 'skipped', 1, 1),
        move('consider', 'buy', 'forward', 1, 1),
      ],
    },
  },
  {
    name: 'a stage with no bound touchpoint is not measured, and not skipped over',
    why:
      'The view touchpoint has no event binding, so Consideration cannot be observed: its figures ' +
      'are null, product views are ignored, and a move from Awareness to Purchase goes to the next ' +
      'measured stage — forward, not skipped. hank (ad, order) and ivy (ad, view, order) both ' +
      'make it; the measured zero of a stage nobody reached would be 0, not null.',
    maps: [
      {
        id: 'shop',
        doc: journeyMap('shop', SHOP_STAGES, [
          { id: 't-ad', stage: 'aware', event: 'Ad Clicked' },
          { id: 't-view', stage: 'consider' },
          { id: 't-order', stage: 'buy', event: 'Order Completed' },
        ]),
      },
    ],
    events: [
      track('hank', 0, 'Ad Clicked'),
      track('hank', 2 * HOUR, 'Order Completed'),
      track('ivy', 0, 'Ad Clicked'),
      track('ivy', HOUR, 'Product Viewed'),
      track('ivy', 2 * HOUR, 'Order Completed'),
    ],
    spec: SPEC,
    expect: {
      touchpoints: {
        't-view': { measured: false, reach: null, volume: null, converted: null, toNextStageRate: null },
        't-ad': { reach: 2, converted: 2, medianSecondsToNextStage: 2 * HOUR },
      },
      stages: {
        consider: { measured: false, persons: null, converted: null, medianSecondsInStage: null },
        aware: { persons: 2, converted: 2 },
      },
      transitions: [move('aware', 'buy', 'forward', 2, 2)],
    },
  },
  {
    name: 'an event evidence of two stages counts for both touchpoints and sits in the later stage',
    why:
      'Awareness binds every "Page Viewed", Consideration only those of /pricing. vic views /home ' +
      'at 0 and /pricing at 1 h: the pricing view is a hit of both touchpoints and, in his ' +
      'sequence, a Consideration event — one forward move, and his first page view converts after ' +
      '1 h. wes only views /pricing: he reached both stages at once, so his awareness converts ' +
      'after 0 s. Pages: reach 2, volume 3, median of 1 h and 0 s = 30 min.',
    maps: [
      {
        id: 'shop',
        doc: journeyMap('shop', SHOP_STAGES.slice(0, 2), [
          { id: 't-page', stage: 'aware', event: 'Page Viewed' },
          {
            id: 't-pricing',
            stage: 'consider',
            event: { event: 'Page Viewed', where: [{ property: 'path', op: 'eq', value: '/pricing' }] },
          },
        ]),
      },
    ],
    events: [
      track('vic', 0, 'Page Viewed', { properties: { path: '/home' } }),
      track('vic', HOUR, 'Page Viewed', { properties: { path: '/pricing' } }),
      track('wes', 0, 'Page Viewed', { properties: { path: '/pricing' } }),
    ],
    spec: SPEC,
    expect: {
      persons: 2,
      touchpoints: {
        't-page': { reach: 2, volume: 3, converted: 2, medianSecondsToNextStage: 30 * MINUTE },
        't-pricing': { reach: 2, volume: 2, converted: null },
      },
      stages: { aware: { persons: 2, converted: 2 }, consider: { persons: 2 } },
      transitions: [move('aware', 'consider', 'forward', 1, 1)],
    },
  },
  {
    name: 'events at the same instant count in stage order',
    why:
      'xena’s ad click and product view carry the same timestamp: the earlier stage goes first, ' +
      'so she moves forward once and her ad converts after 0 s. yuri views and orders at one ' +
      'instant an hour after his ad: ad → view is 1 h, view → order 0 s.',
    maps: [{ id: 'shop', doc: shopMap() }],
    events: [
      track('xena', 0, 'Product Viewed'),
      track('xena', 0, 'Ad Clicked'),
      track('yuri', 0, 'Ad Clicked'),
      track('yuri', HOUR, 'Order Completed'),
      track('yuri', HOUR, 'Product Viewed'),
    ],
    spec: SPEC,
    expect: {
      touchpoints: {
        't-ad': { reach: 2, converted: 2, medianSecondsToNextStage: 30 * MINUTE },
        't-view': { reach: 2, converted: 1, medianSecondsToNextStage: 0 },
      },
      transitions: [move('aware', 'consider', 'forward', 2, 2), move('consider', 'buy', 'forward', 1, 1)],
    },
  },
  {
    name: 'nobody yet: measured zeros, not errors',
    why:
      'A new map on a workspace without matching events (only an unbound one): every measured ' +
      'figure is 0, rates are 0 rather than NaN, medians are null, there are no moves.',
    maps: [{ id: 'shop', doc: shopMap() }],
    events: [track('zoe', 0, 'Newsletter Opened')],
    spec: SPEC,
    expect: {
      persons: 0,
      touchpoints: {
        't-ad': {
          measured: true,
          reach: 0,
          volume: 0,
          converted: 0,
          toNextStageRate: 0,
          dropOff: 0,
          dropOffRate: 0,
          medianSecondsToNextStage: null,
        },
      },
      stages: { aware: { persons: 0, converted: 0, conversionToNext: 0, medianSecondsInStage: null } },
      transitions: [],
    },
  },
  {
    name: 'range bounds the hits; the window bounds conversion and moves',
    why:
      'Range [0, 1 day), window 1 hour. rita: ad 23 h, view 23.5 h, order 25 h — her ad converts ' +
      '(30 min), her view does not (the order is 1.5 h later) and that move is not counted; her ' +
      'order is after the range, not a hit. sam: ad 2 h before the range (not a hit, not an ' +
      'origin), view 1 h, order 1.5 h — his view converts (30 min). tina: ad exactly at the end ' +
      '(excluded), view after it: no hit at all. uma: ad 10 h, order 12 h — 2 h is past the ' +
      'window: not converted, no move. Orders in the range: sam and uma.',
    maps: [{ id: 'shop', doc: shopMap() }],
    events: [
      track('rita', 23 * HOUR, 'Ad Clicked'),
      track('rita', 23 * HOUR + 30 * MINUTE, 'Product Viewed'),
      track('rita', 25 * HOUR, 'Order Completed'),
      track('sam', -2 * HOUR, 'Ad Clicked'),
      track('sam', HOUR, 'Product Viewed'),
      track('sam', HOUR + 30 * MINUTE, 'Order Completed'),
      track('tina', DAY, 'Ad Clicked'),
      track('tina', DAY + 10 * MINUTE, 'Product Viewed'),
      track('uma', 10 * HOUR, 'Ad Clicked'),
      track('uma', 12 * HOUR, 'Order Completed'),
    ],
    spec: { ...SPEC, range: range(0, DAY), window: { value: 1, unit: 'hour' } },
    expect: {
      persons: 3,
      touchpoints: {
        't-ad': { reach: 2, volume: 2, converted: 1, medianSecondsToNextStage: 30 * MINUTE, dropOff: 1 },
        't-view': { reach: 2, converted: 1, medianSecondsToNextStage: 30 * MINUTE, dropOff: 1 },
        't-order': { reach: 2, volume: 2 },
      },
      stages: {
        aware: { persons: 2, converted: 1, medianSecondsInStage: 30 * MINUTE },
        consider: { persons: 2, converted: 1, medianSecondsInStage: 30 * MINUTE },
        buy: { persons: 2 },
      },
      transitions: [move('aware', 'consider', 'forward', 1, 1), move('consider', 'buy', 'forward', 1, 1)],
    },
  },
];
