import { z } from 'zod';
import { BasketThresholdsSchema } from '../basket/basket-thresholds.ts';
import { EventMatchSchema } from './event-match.ts';
import { TimeRangeSchema } from './time-range.ts';
import { PropertyNameSchema, WhereSchema } from './where-filter.ts';

/** Segment's e-commerce spec (https://segment.com/docs/connections/spec/ecommerce/v2/#order-completed). */
const ORDER_COMPLETED = { event: 'Order Completed', where: [] };
const PRODUCTS = { from: 'products', list: 'products', key: 'product_id' } as const;

/**
 * Where a purchase event names what was bought:
 * - `products`: a list of objects, each naming one product by `key` — Segment's
 *   `properties.products[].product_id`, the default;
 * - `property`: one product per event, in the property `name` (e.g. one "Product Purchased"
 *   event per order line, grouped into baskets by `basket`).
 */
export const BasketItemsSchema = z.discriminatedUnion(
  'from',
  [
    z.strictObject({
      from: z.literal('products'),
      list: PropertyNameSchema.default('products'),
      key: PropertyNameSchema.default('product_id'),
    }),
    z.strictObject({ from: z.literal('property'), name: PropertyNameSchema.default('product_id') }),
  ],
  { error: 'Must be { "from": "products", "list", "key" } or { "from": "property", "name" }' },
);

/**
 * What makes one basket: each purchase `event` (an order), the events that share an order id
 * `property`, or everything a `person` bought in the range (events without the property are left out).
 */
export const BasketBySchema = z.discriminatedUnion(
  'by',
  [
    z.strictObject({ by: z.literal('event') }),
    z.strictObject({ by: z.literal('property'), name: PropertyNameSchema.default('order_id') }),
    z.strictObject({ by: z.literal('person') }),
  ],
  { error: 'Must be { "by": "event" }, { "by": "property", "name" } or { "by": "person" }' },
);

/**
 * Frequently bought together: frequent itemsets and association rules of the baskets in the
 * purchase events (see mine-baskets.ts for the measures). Defaults fit Segment's e-commerce
 * spec: each "Order Completed" is a basket of its `products[].product_id`. An item counts once
 * per basket, whatever the quantity. At most `limit` itemsets and rules come back, the strongest
 * (by support, and by lift); `itemsetCount` and `ruleCount` give the totals.
 *
 * ```json
 * { "type": "basket",
 *   "purchase": { "event": "Order Completed" },
 *   "items": { "from": "products", "list": "products", "key": "product_id" },
 *   "basket": { "by": "event" },
 *   "minSupport": 0.01, "minConfidence": 0.5, "minLift": 1, "maxLength": 3,
 *   "range": { "from": "2026-03-01T00:00:00Z", "to": "2026-04-01T00:00:00Z" },
 *   "where": [{ "on": "property", "name": "currency", "op": "eq", "value": "EUR" }] }
 * ```
 */
export const BasketSpecSchema = z.strictObject({
  type: z.literal('basket'),
  purchase: EventMatchSchema.default(ORDER_COMPLETED),
  items: BasketItemsSchema.default(PRODUCTS),
  basket: BasketBySchema.default({ by: 'event' }),
  range: TimeRangeSchema.optional(),
  /** Applies to every purchase event. */
  where: WhereSchema.default([]),
  ...BasketThresholdsSchema.shape,
  limit: z
    .int('Must be a whole number')
    .min(1, 'Must be at least 1')
    .max(10_000, 'Must be at most 10000')
    .default(500),
});
export type BasketSpec = z.infer<typeof BasketSpecSchema>;
export type BasketSpecInput = z.input<typeof BasketSpecSchema>;
