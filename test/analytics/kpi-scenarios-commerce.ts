import type { KpiScenario } from './kpi-scenario.ts';
import { DAY, HOUR, identify, range, track } from './scenario-events.ts';

// Time zero is Monday 2 March 2026, 09:00 UTC.
const VIEWED = { event: 'Product Viewed' };
const ORDERED = { event: 'Order Completed' };
const order = (who: string, at: number, properties?: Record<string, unknown>) =>
  track(who, at, 'Order Completed', properties ? { properties } : {});

/** Conversion, carts, repeat purchases, time between purchases, order values. */
export const commerceScenarios: KpiScenario[] = [
  {
    name: 'conversion rate: persons, the window end inclusive',
    why:
      'Window 1 day. ann orders 2 h after viewing: converts. cat orders exactly 1 day after: still ' +
      'inside. ben orders 2 days after: too late. dov ordered an hour before viewing: an order must ' +
      'come after the view. eli only orders: not in the denominator. 2 of 4.',
    events: [
      track('ann', 0, 'Product Viewed'),
      order('ann', 2 * HOUR),
      track('cat', 0, 'Product Viewed'),
      order('cat', DAY),
      track('ben', 0, 'Product Viewed'),
      order('ben', 2 * DAY),
      order('dov', -HOUR),
      track('dov', 0, 'Product Viewed'),
      order('eli', 0),
    ],
    spec: {
      type: 'kpi',
      metric: { kind: 'conversion_rate', from: VIEWED, to: ORDERED, window: { value: 1, unit: 'day' } },
    },
    expect: { kpi: { value: 0.5, count: 4, converted: 2 } },
  },
  {
    name: 'conversion rate: an anonymous view and an order after login are one person',
    why:
      'fin views as anon-9, logs in and orders as fin an hour later: one person who converts. gus ' +
      'views and never orders. 1 of 2 — unstitched it would be 0 of 2.',
    events: [
      track('anon:anon-9', 0, 'Product Viewed'),
      identify('anon-9', 'fin', 30 * 60),
      order('fin', HOUR),
      track('gus', 0, 'Product Viewed'),
    ],
    spec: { type: 'kpi', metric: { kind: 'conversion_rate', from: VIEWED, to: ORDERED } },
    expect: { kpi: { value: 0.5, count: 2, converted: 1 } },
  },
  {
    name: 'conversion rate over time and by source: each person once per day, in one group',
    why:
      'Daily, window 1 day, by source. uli views on day 0 (google) and orders an hour later; she ' +
      'views again on day 1 (bing) and does not order again. vera views on day 1 (bing) and orders ' +
      '2 h later. Total: both converted, 2 of 2 (uli once, through her day-0 view). Day 0: uli 1 of ' +
      '1. Day 1: uli did not convert from her day-1 view, vera did: 1 of 2. A person stays in the ' +
      'group of their first view: uli is google on both days, vera bing. One person each, so the ' +
      'tie goes by value: bing first.',
    events: [
      track('uli', 0, 'Product Viewed', { properties: { source: 'google' } }),
      order('uli', HOUR),
      track('uli', DAY, 'Product Viewed', { properties: { source: 'bing' } }),
      track('vera', DAY, 'Product Viewed', { properties: { source: 'bing' } }),
      order('vera', DAY + 2 * HOUR),
    ],
    spec: {
      type: 'kpi',
      metric: { kind: 'conversion_rate', from: VIEWED, to: ORDERED, window: { value: 1, unit: 'day' } },
      interval: { unit: 'day' },
      breakdown: { on: 'property', name: 'source' },
    },
    expect: {
      kpi: { value: 1, count: 2 },
      overTime: [
        { start: '2026-03-02T00:00:00.000Z', kpi: { value: 1, count: 1, converted: 1 } },
        { start: '2026-03-03T00:00:00.000Z', kpi: { value: 0.5, count: 2, converted: 1 } },
      ],
      breakdown: [
        {
          value: 'bing',
          kpi: { value: 1, count: 1 },
          overTime: [{ start: '2026-03-03T00:00:00.000Z', kpi: { value: 1, count: 1 } }],
        },
        {
          value: 'google',
          kpi: { value: 1, count: 1 },
          overTime: [
            { start: '2026-03-02T00:00:00.000Z', kpi: { value: 1, count: 1 } },
            { start: '2026-03-03T00:00:00.000Z', kpi: { value: 0, count: 1 } },
          ],
        },
      ],
    },
  },
  {
    name: 'cart abandonment: carts split by purchases and by gaps longer than the window',
    why:
      'Window 1 day. fay adds twice and orders: 1 cart, bought. gia adds and leaves: abandoned. hoa ' +
      'orders 3 days after adding: too late, abandoned. ivo adds, orders, adds again 5 h in and ' +
      'orders exactly 1 day after that: 2 carts (the order between splits them), both bought. jan ' +
      'adds, adds again 2 days later (a gap over the window starts a new cart) and orders an hour ' +
      'after: the first cart abandoned, the second bought. 7 carts, 3 abandoned.',
    events: [
      track('fay', 0, 'Product Added'),
      track('fay', HOUR, 'Product Added'),
      order('fay', 2 * HOUR),
      track('gia', 0, 'Product Added'),
      track('hoa', 0, 'Product Added'),
      order('hoa', 3 * DAY),
      track('ivo', 0, 'Product Added'),
      order('ivo', HOUR),
      track('ivo', 5 * HOUR, 'Product Added'),
      order('ivo', 5 * HOUR + DAY),
      track('jan', 0, 'Product Added'),
      track('jan', 2 * DAY, 'Product Added'),
      order('jan', 2 * DAY + HOUR),
    ],
    spec: { type: 'kpi', metric: 'cart_abandonment_rate' },
    expect: { kpi: { value: 3 / 7, count: 7, abandoned: 3, purchased: 4 } },
  },
  {
    name: 'repeat purchase rate: orders inside the range only',
    why:
      'Range: days 0–9. oli orders twice and quin three times: repeat customers. pam orders once in ' +
      'the range and once before it: the earlier order does not count, so once. ray orders once. ' +
      '2 of 4 customers.',
    events: [
      order('oli', 0),
      order('oli', 2 * DAY),
      order('pam', -2 * DAY),
      order('pam', DAY),
      order('quin', 0),
      order('quin', DAY),
      order('quin', 4 * DAY),
      order('ray', 3 * DAY),
    ],
    spec: { type: 'kpi', metric: 'repeat_purchase_rate', range: range(-HOUR, 9 * DAY) },
    expect: { kpi: { value: 0.5, count: 4, repeatCustomers: 2 } },
  },
  {
    name: 'time between purchases: median of the gaps',
    why:
      'Gaps between consecutive orders: oli 2 days; quin 1 day and 3 days; sue 6 hours. Sorted: ' +
      '0.25, 1, 2, 3 days: the median is the mean of the middle two, 1.5 days = 129600 s; the mean ' +
      'is 6.25 / 4 = 1.5625 days = 135000 s. ray’s single order has no gap.',
    events: [
      order('oli', 0),
      order('oli', 2 * DAY),
      order('quin', 0),
      order('quin', DAY),
      order('quin', 4 * DAY),
      order('sue', 0),
      order('sue', 6 * HOUR),
      order('ray', 0),
    ],
    spec: { type: 'kpi', metric: 'time_between_purchases' },
    expect: { kpi: { value: 129_600, count: 4, meanSeconds: 135_000 } },
  },
  {
    name: 'average order value: revenue, else total; numbers sent as text count',
    why:
      'Order values: t1 revenue 100; t2 only total 50; t3 revenue "30" (text); t4 revenue "n/a" ' +
      'but total 20 — the first property that holds a number wins; t5 has no value and is left ' +
      'out. 200 over 4 orders: 50.',
    events: [
      order('t1', 0, { revenue: 100 }),
      order('t2', 0, { total: 50 }),
      order('t3', 0, { revenue: '30' }),
      order('t4', 0, { revenue: 'n/a', total: 20 }),
      order('t5', 0, { coupon: 'X' }),
    ],
    spec: { type: 'kpi', metric: 'average_order_value' },
    expect: { kpi: { value: 50, count: 4, revenue: 200 } },
  },
  {
    name: 'revenue: the sum of order values, by channel',
    why:
      'The same rule for values. Web orders 100 and 50, app orders 30 and 20; a web order with ' +
      'no value counts nowhere. Total 200 over 4 orders. Both channels have 2 orders, so the tie ' +
      'is broken by value: app (50), then web (150).',
    events: [
      track('t1', 0, 'Order Completed', { properties: { revenue: 100 }, channel: 'web' }),
      track('t2', 0, 'Order Completed', { properties: { total: 50 }, channel: 'web' }),
      track('t3', 0, 'Order Completed', { properties: { revenue: '30' }, channel: 'app' }),
      track('t4', 0, 'Order Completed', { properties: { revenue: 'n/a', total: 20 }, channel: 'app' }),
      track('t5', 0, 'Order Completed', { channel: 'web' }),
    ],
    spec: { type: 'kpi', metric: 'revenue', breakdown: { on: 'field', name: 'channel' } },
    expect: {
      kpi: { value: 200, count: 4 },
      breakdown: [
        { value: 'app', kpi: { value: 50, count: 2 } },
        { value: 'web', kpi: { value: 150, count: 2 } },
      ],
    },
  },
];
