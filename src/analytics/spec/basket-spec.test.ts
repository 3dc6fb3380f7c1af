import { describe, expect, it } from 'vitest';
import { parseQuerySpec } from './query-spec.ts';

describe('basket spec', () => {
  it('defaults to Segment orders: each Order Completed a basket of products[].product_id', () => {
    expect(parseQuerySpec({ type: 'basket' })).toEqual({
      ok: true,
      spec: {
        type: 'basket',
        purchase: { event: 'Order Completed', where: [] },
        items: { from: 'products', list: 'products', key: 'product_id' },
        basket: { by: 'event' },
        where: [],
        minSupport: 0.01,
        minConfidence: 0.5,
        maxConsequentLength: 1,
        limit: 500,
      },
    });
  });

  it('fills in the defaults of a partly written item source and basket key', () => {
    const parsed = parseQuerySpec({
      type: 'basket',
      items: { from: 'property' },
      basket: { by: 'property' },
    });
    expect(parsed.ok && parsed.spec.type === 'basket' && [parsed.spec.items, parsed.spec.basket]).toEqual([
      { from: 'property', name: 'product_id' },
      { by: 'property', name: 'order_id' },
    ]);
  });

  it('names the field of a threshold outside 0 … 1 and of other mistakes', () => {
    expect(parseQuerySpec({ type: 'basket', minSupport: 1.5, minConfidence: -1 })).toEqual({
      ok: false,
      errors: [
        { path: 'minSupport', message: 'Must be between 0 and 1' },
        { path: 'minConfidence', message: 'Must be between 0 and 1' },
      ],
    });
    expect(parseQuerySpec({ type: 'basket', minSupport: '0.1' })).toEqual({
      ok: false,
      errors: [
        {
          path: 'minSupport',
          message: 'Must be a number between 0 and 1 (the share of baskets an itemset must be in)',
        },
      ],
    });
    const wrong = parseQuerySpec({
      type: 'basket',
      items: { from: 'cart' },
      basket: { by: 'day' },
      limit: 0,
    });
    expect(wrong.ok ? [] : wrong.errors.map((e) => e.path)).toEqual(['items.from', 'basket.by', 'limit']);
  });
});
