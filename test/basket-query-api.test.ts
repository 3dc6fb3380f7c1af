/**
 * `POST /api/v1/query` with a basket spec: the contract (200 with the result, 400 naming the
 * field). The mining and the SQL are tested in src/analytics/basket and test/analytics.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from './helpers/test-app.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  t = await testApp();
});
afterEach(() => t.dispose());

const query = (payload: unknown) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/query',
    headers: { authorization: t.bearer },
    payload: payload as object,
  });

describe('POST /api/v1/query, basket', () => {
  it('answers the baskets of Segment orders', async () => {
    // Orders {x, y}, {x, y}, {x}: y ⇒ x holds in 2 of 2 baskets with y.
    const orders = [['x', 'y'], ['x', 'y'], ['x']].map((ids, i) => ({
      type: 'track',
      event: 'Order Completed',
      userId: `u${i}`,
      timestamp: new Date(Date.UTC(2026, 4, 1, 10, i)).toISOString(),
      properties: { order_id: `o${i}`, products: ids.map((product_id) => ({ product_id })) },
    }));
    const sent = await t.app.inject({
      method: 'POST',
      url: '/v1/batch',
      headers: { authorization: t.basic },
      payload: { batch: orders },
    });
    expect(sent.statusCode).toBe(200);
    await t.ingestor.flush();
    const res = await query({ type: 'basket', minSupport: 0.5, minConfidence: 0.9 });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect([body.transactions, body.items]).toEqual([3, 2]);
    expect(body.rules).toEqual([
      expect.objectContaining({
        antecedent: ['y'],
        consequent: ['x'],
        confidence: 1,
        conviction: null,
        count: 2,
      }),
    ]);
  });

  it('says which threshold is outside 0 … 1, with status 400', async () => {
    const res = await query({ type: 'basket', minConfidence: 1.5 });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('invalid_spec');
    expect(error.details).toEqual([{ path: 'minConfidence', message: 'Must be between 0 and 1' }]);
  });
});
