import { expect } from 'vitest';
import type { MomentsOfTruthResult } from '../../src/analytics/insights/run-moments-of-truth.ts';
import { close, type InsightScenario } from './insight-scenario.ts';
import { journeyMap } from './journey-scenario.ts';
import { DAY, MINUTE, track } from './scenario-events.ts';

/** Awareness (ad) → Consideration (product view, review read) → Cart (product added); orders are the outcome. */
const reviewMap = () =>
  journeyMap(
    'shop',
    [
      ['aware', 'Awareness'],
      ['consider', 'Consideration'],
      ['cart', 'Cart'],
    ],
    [
      { id: 't-ad', stage: 'aware', event: 'Ad Clicked' },
      { id: 't-view', stage: 'consider', event: 'Product Viewed' },
      { id: 't-review', stage: 'consider', event: 'Review Read' },
      { id: 't-cart', stage: 'cart', event: 'Product Added' },
    ],
  );

/** `who` does `events` one minute apart, in order. */
const person = (who: string, ...events: string[]) => events.map((e, i) => track(who, i * MINUTE, e));

/** Moments of truth on the review map. */
export const momentScenarios: InsightScenario[] = [
  {
    name: 'moments of truth: with vs without, crude and stratified by the furthest stage reached',
    why:
      'Reached Consideration and no further: p1 (ad, view, review, order), p2 (ad, view, review), ' +
      'p3 (view), p4 (view, order). Reached Cart: p5, p6 (view, review, cart, order), p7 (view, ' +
      'cart, order), p8 (view, cart). p9: ad, order (Awareness only). Review read: with 3 of 4 ' +
      'ordered after it, without 2 of 4 ordered after entering Consideration: crude .75 − .5 = .25, ' +
      'Newcombe interval from the Wilson intervals of 3/4 and 2/4: −.3196..+.6553. Strata: ' +
      'Consideration 1/2 vs 1/2, Cart 2/2 vs 1/2; MH weights 2·2/4 = 1 each, RD = (0 + .5)/2 = .25; ' +
      'Greenland-Robins variance ((1·1·8 + 1·1·8)/64 + (0 + 1·1·8)/64)/2² = .09375, ' +
      'interval .25 ± 1.96·.3062 = −.3501..+.8501: not a moment of truth. Ad: strata Consideration ' +
      '1/2 vs 1/2 only (p9 alone in Awareness, no Cart person saw the ad) → RD 0. Product view and ' +
      'cart: nobody without them reached their stage, so nothing to compare.',
    maps: [{ id: 'shop', doc: reviewMap() }],
    events: [
      ...person('p1', 'Ad Clicked', 'Product Viewed', 'Review Read', 'Order Completed'),
      ...person('p2', 'Ad Clicked', 'Product Viewed', 'Review Read'),
      ...person('p3', 'Product Viewed'),
      ...person('p4', 'Product Viewed', 'Order Completed'),
      ...person('p5', 'Product Viewed', 'Review Read', 'Product Added', 'Order Completed'),
      ...person('p6', 'Product Viewed', 'Review Read', 'Product Added', 'Order Completed'),
      ...person('p7', 'Product Viewed', 'Product Added', 'Order Completed'),
      ...person('p8', 'Product Viewed', 'Product Added'),
      ...person('p9', 'Ad Clicked', 'Order Completed'),
    ],
    spec: { type: 'momentsOfTruth', mapId: 'shop', minPersons: 2 },
    check: (r: MomentsOfTruthResult) => {
      expect(r.outcome).toBe('conversion');
      const review = r.moments.find((m) => m.touchpointId === 't-review')!;
      expect(review.with).toEqual({ persons: 4, outcome: 3, rate: 0.75 });
      expect(review.without).toEqual({ persons: 4, outcome: 2, rate: 0.5 });
      close(review.crude?.difference, 0.25, 'crude difference');
      close(review.crude?.low, -0.3195572515133033, 'crude low');
      close(review.crude?.high, 0.6552866603491049, 'crude high');
      close(review.stratified?.difference, 0.25, 'MH difference');
      close(review.stratified?.low, -0.3501139595444137, 'MH low');
      close(review.stratified?.high, 0.8501139595444137, 'MH high');
      expect(review.strata).toEqual([
        {
          stageId: 'consider',
          with: { persons: 2, outcome: 1, rate: 0.5 },
          without: { persons: 2, outcome: 1, rate: 0.5 },
        },
        {
          stageId: 'cart',
          with: { persons: 2, outcome: 2, rate: 1 },
          without: { persons: 2, outcome: 1, rate: 0.5 },
        },
      ]);
      expect(review).toMatchObject({ judged: true, isMoment: false, laneItem: null });
      const ad = r.moments.find((m) => m.touchpointId === 't-ad')!;
      expect(ad.with).toEqual({ persons: 3, outcome: 2, rate: 2 / 3 });
      expect(ad.without).toEqual({ persons: 6, outcome: 4, rate: 4 / 6 });
      close(ad.stratified?.difference, 0, 'ad MH difference');
      const view = r.moments.find((m) => m.touchpointId === 't-view')!;
      expect(view).toMatchObject({
        without: { persons: 0, outcome: 0, rate: null },
        crude: null,
        stratified: null,
        judged: false,
      });
      // Judged touchpoints first, by the size of the stratified difference: review (.25), ad (0).
      expect(r.moments.map((m) => m.touchpointId)).toEqual(['t-review', 't-ad', 't-view', 't-cart']);
    },
  },
  {
    name: 'moments of truth: a touchpoint bound to the outcome event neither counts as one nor marks its stage reached',
    why:
      'The Purchase stage has the cart (Product Added) and the order itself (Order Completed, the ' +
      'outcome). Buying is not reaching Purchase some other way: planned without the order ' +
      'touchpoint, a3 and a4 (view, order) reached Consideration only, and the order touchpoint ' +
      'is not in the result. The cart: everyone who reached Purchase added to the cart (a1 view, ' +
      'cart, order; a2 view, cart), so nobody is without it there: with 1 of 2, without none, not ' +
      'judged. The review: with it a5 (view, review, order) 1 of 1; without it a1–a4, of whom a1, ' +
      'a3 and a4 ordered after reaching Consideration: 3 of 4. Left in, the order touchpoint ' +
      'would have put a3 and a4 in Purchase without the cart, both converted (2 of 2 against 1 ' +
      'of 2 with the cart): the cart would have looked harmful.',
    maps: [
      {
        id: 'shop',
        doc: journeyMap(
          'shop',
          [
            ['consider', 'Consideration'],
            ['buy', 'Purchase'],
          ],
          [
            { id: 't-view', stage: 'consider', event: 'Product Viewed' },
            { id: 't-review', stage: 'consider', event: 'Review Read' },
            { id: 't-cart', stage: 'buy', event: 'Product Added' },
            { id: 't-order', stage: 'buy', event: 'Order Completed' },
          ],
        ),
      },
    ],
    events: [
      ...person('a1', 'Product Viewed', 'Product Added', 'Order Completed'),
      ...person('a2', 'Product Viewed', 'Product Added'),
      ...person('a3', 'Product Viewed', 'Order Completed'),
      ...person('a4', 'Product Viewed', 'Order Completed'),
      ...person('a5', 'Product Viewed', 'Review Read', 'Order Completed'),
    ],
    spec: { type: 'momentsOfTruth', mapId: 'shop', minPersons: 1 },
    check: (r: MomentsOfTruthResult) => {
      expect(r.moments.map((m) => m.touchpointId).sort()).toEqual(['t-cart', 't-review', 't-view']);
      const cart = r.moments.find((m) => m.touchpointId === 't-cart')!;
      expect(cart.with).toEqual({ persons: 2, outcome: 1, rate: 0.5 });
      expect(cart.without).toEqual({ persons: 0, outcome: 0, rate: null });
      expect(cart.judged).toBe(false);
      const review = r.moments.find((m) => m.touchpointId === 't-review')!;
      expect(review.with).toEqual({ persons: 1, outcome: 1, rate: 1 });
      expect(review.without).toEqual({ persons: 4, outcome: 3, rate: 0.75 });
    },
  },
  {
    name: 'moments of truth: an outcome kind that does not exist is a 400 at outcome',
    why: 'Only conversion, repeat_purchase and retention are outcomes.',
    maps: [{ id: 'shop', doc: reviewMap() }],
    events: [],
    spec: { type: 'momentsOfTruth', mapId: 'shop', outcome: { kind: 'happiness' } },
    errors: [{ path: 'outcome.kind', message: 'Must be one of: conversion, repeat_purchase, retention' }],
  },
  {
    name: 'moments of truth: repeat purchase within a day of the moment',
    why:
      'p1: view, review, orders at 2 min and 2 days; p2: view, review, one order; p3: view, ' +
      'orders at 1 and 2 min; p4: view. Within a day of the review: p1 has 1 order, p2 1 → 0 of 2 ' +
      'repeat; within a day of entering Consideration: p3 has 2 → 1 of 2. Difference −.5.',
    maps: [{ id: 'shop', doc: reviewMap() }],
    events: [
      ...person('p1', 'Product Viewed', 'Review Read', 'Order Completed'),
      track('p1', 2 * DAY, 'Order Completed'),
      ...person('p2', 'Product Viewed', 'Review Read', 'Order Completed'),
      ...person('p3', 'Product Viewed', 'Order Completed', 'Order Completed'),
      ...person('p4', 'Product Viewed'),
    ],
    spec: {
      type: 'momentsOfTruth',
      mapId: 'shop',
      minPersons: 1,
      outcome: { kind: 'repeat_purchase', within: { value: 1, unit: 'day' } },
    },
    check: (r: MomentsOfTruthResult) => {
      const review = r.moments.find((m) => m.touchpointId === 't-review')!;
      expect(review.with).toEqual({ persons: 2, outcome: 0, rate: 0 });
      expect(review.without).toEqual({ persons: 2, outcome: 1, rate: 0.5 });
      close(review.stratified?.difference, -0.5, 'MH difference');
    },
  },
  {
    name: 'moments of truth: retention, any event at least 28 days after the moment',
    why:
      'p1: view, review, a page view 30 days later; p2: view, review; p3 and p4: view, a page view ' +
      '27 days later. With the review: p1 came back 28+ days after it → 1 of 2; without: neither ' +
      'p3 nor p4 waited 28 days → 0 of 2. Difference .5.',
    maps: [{ id: 'shop', doc: reviewMap() }],
    events: [
      ...person('p1', 'Product Viewed', 'Review Read'),
      track('p1', 30 * DAY, 'Page Viewed'),
      ...person('p2', 'Product Viewed', 'Review Read'),
      ...person('p3', 'Product Viewed'),
      track('p3', 27 * DAY, 'Page Viewed'),
      ...person('p4', 'Product Viewed'),
      track('p4', 27 * DAY, 'Page Viewed'),
    ],
    spec: { type: 'momentsOfTruth', mapId: 'shop', minPersons: 1, outcome: { kind: 'retention' } },
    check: (r: MomentsOfTruthResult) => {
      expect(r.outcome).toBe('retention');
      const review = r.moments.find((m) => m.touchpointId === 't-review')!;
      expect(review.with).toEqual({ persons: 2, outcome: 1, rate: 0.5 });
      expect(review.without).toEqual({ persons: 2, outcome: 0, rate: 0 });
      close(review.stratified?.difference, 0.5, 'MH difference');
    },
  },
];
