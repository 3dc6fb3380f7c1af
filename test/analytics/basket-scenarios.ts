import type { BasketScenario } from './basket-scenario.ts';
import { DAY, HOUR, identify, range, track } from './scenario-events.ts';

const order = (who: string, seconds: number, ids: unknown[], extra: Record<string, unknown> = {}) =>
  track(who, seconds, 'Order Completed', {
    properties: {
      order_id: `o-${who}-${seconds}`,
      products: ids.map((id) => ({ product_id: id, quantity: 1 })),
      ...extra,
    },
  });

const line = (who: string, seconds: number, orderId: string | undefined, productId: unknown) =>
  track(who, seconds, 'Product Purchased', {
    properties: { ...(orderId === undefined ? {} : { order_id: orderId }), product_id: productId },
  });

/** The basket conformance table every store runs (see basket-scenario.ts). */
export const basketScenarios: BasketScenario[] = [
  {
    name: 'Segment orders: each Order Completed is a basket of its products[].product_id',
    why:
      'Baskets: {phone, case, charger}, {phone, case}, {phone}, {case} (case listed twice: once). ' +
      'The order with an empty list, the order whose products is not a list and the Product ' +
      'Viewed event are no baskets: 4 baskets, 3 items. At 2 of 4: phone 3, case 3, case+phone 2. ' +
      'case ⇒ phone and phone ⇒ case: confidence 2/3, lift (2/3)/(3/4) = 8/9; equal, so by name.',
    events: [
      order('alice', 0, ['phone', 'case', 'charger']),
      order('bob', HOUR, ['phone', 'case']),
      order('carol', 2 * HOUR, ['phone']),
      order('dan', 3 * HOUR, ['case', 'case']),
      order('eve', 4 * HOUR, []),
      track('fay', 5 * HOUR, 'Order Completed', { properties: { products: 'phone,case' } }),
      track('gus', 6 * HOUR, 'Product Viewed', { properties: { products: [{ product_id: 'phone' }] } }),
    ],
    spec: { type: 'basket', minSupport: 0.5, minConfidence: 0.6 },
    expect: {
      transactions: 4,
      items: 3,
      itemsets: [
        ['case', 3],
        ['phone', 3],
        ['case+phone', 2],
      ],
      rules: [
        { rule: 'case => phone', count: 2, confidence: 2 / 3, lift: 8 / 9 },
        { rule: 'phone => case', count: 2, confidence: 2 / 3, lift: 8 / 9 },
      ],
    },
  },
  {
    name: 'one event per order line, grouped by the order id property',
    why:
      'Orders: o1 {a, b}, o2 {a, b}, o3 {a}, o4 {7} (product 7 sent once as a number and once as ' +
      'text: the same item). The line without an order id belongs to no basket. 4 baskets, 3 items. ' +
      'At 2 of 4: a 3, b 2, a+b 2. b ⇒ a: 2/2 = 1, lift 1/(3/4) = 4/3; a ⇒ b: 2/3, lift ' +
      '(2/3)/(2/4) = 4/3; equal lift, the more confident first.',
    events: [
      line('ann', 0, 'o1', 'a'),
      line('ann', 1, 'o1', 'b'),
      line('ben', HOUR, 'o2', 'b'),
      line('ben', HOUR + 1, 'o2', 'a'),
      line('cat', 2 * HOUR, 'o3', 'a'),
      line('dov', 3 * HOUR, 'o4', 7),
      line('dov', 3 * HOUR + 1, 'o4', '7'),
      line('eli', 4 * HOUR, undefined, 'x'),
    ],
    spec: {
      type: 'basket',
      purchase: { event: 'Product Purchased' },
      items: { from: 'property', name: 'product_id' },
      basket: { by: 'property', name: 'order_id' },
      minSupport: 0.5,
      minConfidence: 0.5,
    },
    expect: {
      transactions: 4,
      items: 3,
      itemsets: [
        ['a', 3],
        ['b', 2],
        ['a+b', 2],
      ],
      rules: [
        { rule: 'b => a', count: 2, confidence: 1, lift: 4 / 3 },
        { rule: 'a => b', count: 2, confidence: 2 / 3, lift: 4 / 3 },
      ],
    },
  },
  {
    name: 'by person, in a range, with filters: stitched persons’ purchases form one basket',
    why:
      'Range: days 0–2. alice buys a, then b anonymously before logging in: one person, {a, b}. ' +
      'bob buys a and b: {a, b}. carol buys a in the range and b after it: {a}. dan pays in PLN ' +
      '(the where keeps EUR) and the gift order is left out by the purchase condition. 3 baskets, ' +
      '2 items. At 2 of 3: a 3, b 2, a+b 2. b ⇒ a: 2/2 = 1, lift 1/1 = 1; a ⇒ b: 2/3 < 0.9.',
    events: [
      order('alice', 0, ['a'], { currency: 'EUR' }),
      order('anon:dev-1', HOUR, ['b'], { currency: 'EUR' }),
      identify('dev-1', 'alice', 2 * HOUR),
      order('bob', 0, ['a', 'b'], { currency: 'EUR' }),
      order('bob', DAY, ['b', 'c'], { currency: 'EUR', gift: true }),
      order('carol', 0, ['a'], { currency: 'EUR' }),
      order('carol', 3 * DAY, ['b'], { currency: 'EUR' }),
      order('dan', 0, ['a', 'b'], { currency: 'PLN' }),
    ],
    spec: {
      type: 'basket',
      purchase: { event: 'Order Completed', where: [{ on: 'property', name: 'gift', op: 'is_not_set' }] },
      basket: { by: 'person' },
      range: range(-HOUR, 2 * DAY),
      where: [{ on: 'property', name: 'currency', op: 'eq', value: 'EUR' }],
      minSupport: 0.5,
      minConfidence: 0.9,
    },
    expect: {
      transactions: 3,
      items: 2,
      itemsets: [
        ['a', 3],
        ['b', 2],
        ['a+b', 2],
      ],
      rules: [{ rule: 'b => a', count: 2, confidence: 1, lift: 1 }],
    },
  },
  {
    name: 'no purchases: no baskets, no rules',
    why: 'Only a product view: nothing was bought.',
    events: [track('ann', 0, 'Product Viewed', { properties: { product_id: 'a' } })],
    spec: { type: 'basket' },
    expect: { transactions: 0, items: 0, itemsets: [], rules: [] },
  },
];
