/**
 * The default basket spec on the demo data: the demo's orders are Segment `Order Completed`
 * events with `products[].product_id`, and its catalogue plants bundles (src/demo/catalog.ts:
 * sku-501, product p501, gets sku-502, p502, added in 60% of its baskets), so the spec with no
 * options finds that bundle.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BasketResult } from '../src/analytics/basket/basket-result.ts';
import { runQuery } from '../src/analytics/run-query.ts';
import { loadDemo } from '../src/demo/load-demo.ts';
import { Ingestor } from '../src/ingest/ingestor.ts';
import { tempStore } from './helpers/temp-store.ts';

let temp: Awaited<ReturnType<typeof tempStore>>;
beforeAll(async () => {
  temp = await tempStore();
  const ingestor = await Ingestor.start(temp.store);
  await loadDemo(temp.store, ingestor, {
    workspaceId: 'default',
    people: 400,
    seed: 42,
    end: new Date('2025-06-30T00:00:00.000Z'),
  });
  await ingestor.flush();
});
afterAll(() => temp?.dispose());

describe('basket spec on the demo data', () => {
  it('finds the planted bundle with the defaults', async () => {
    const outcome = await runQuery(temp.store, 'default', { type: 'basket' });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const result = outcome.result as BasketResult;
    expect(result.transactions).toBeGreaterThan(50);
    const bundle = result.rules.find((r) => r.antecedent.join() === 'p501' && r.consequent.join() === 'p502');
    expect(bundle?.confidence).toBeGreaterThan(0.4);
    expect(bundle?.lift).toBeGreaterThan(1);
  });
});
