import type { BasketSpecInput } from '../../../src/analytics/spec/basket-spec.ts';
import type { EventNameStat } from '../api/types.ts';

/** What makes one basket: each purchase event (an order), or everything a person bought. */
export const BASKET_BY = ['event', 'person'] as const;
export type BasketBy = (typeof BASKET_BY)[number];

/**
 * Which field of each product names the item: the fields of a product in Segment's e-commerce
 * spec (https://segment.com/docs/connections/spec/ecommerce/v2/#product-list-viewed), so baskets
 * can be read per product, per name or per category.
 */
export const ITEM_KEYS = ['product_id', 'sku', 'name', 'category', 'brand'] as const;
export type ItemKey = (typeof ITEM_KEYS)[number];

/**
 * What the baskets form holds. Support and confidence are typed as percentages (people think
 * "1 % of baskets"), the spec takes shares; lift is a ratio. NaN = the field is empty.
 */
export interface BasketForm {
  purchase: string;
  basketBy: BasketBy;
  itemKey: ItemKey;
  minSupportPercent: number;
  minConfidencePercent: number;
  /** NaN: no lift threshold. */
  minLift: number;
}

/** Segment's e-commerce purchase event, whose `products[].product_id` the spec reads by default. */
const PREFERRED_PURCHASE = 'Order Completed';

/**
 * A fresh form with the API's defaults (basket-thresholds.ts: support 1 %, confidence 50 %) and
 * lift above 1 (bought together more often than by chance), on `Order Completed` when recorded.
 */
export function initialBasketForm(events: readonly EventNameStat[]): BasketForm {
  const purchase = events.find((e) => e.event === PREFERRED_PURCHASE) ?? events[0];
  return {
    purchase: purchase?.event ?? '',
    basketBy: 'event',
    itemKey: 'product_id',
    minSupportPercent: 1,
    minConfidencePercent: 50,
    minLift: 1,
  };
}

export type BasketProblem = 'purchaseMissing' | 'supportInvalid' | 'confidenceInvalid' | 'liftInvalid';

/**
 * The query spec of a form (POST /api/v1/query, type basket), or what is wrong with it.
 * Example: `{ purchase: 'Order Completed', basketBy: 'event', minSupportPercent: 2,
 * minConfidencePercent: 40, minLift: 1.5 }` → `{ type: 'basket', purchase: { event: 'Order
 * Completed' }, basket: { by: 'event' }, minSupport: 0.02, minConfidence: 0.4, minLift: 1.5 }`.
 */
export function buildBasketSpec(
  form: BasketForm,
): { ok: true; spec: BasketSpecInput } | { ok: false; problems: BasketProblem[] } {
  const problems: BasketProblem[] = [];
  const purchase = form.purchase.trim();
  if (purchase === '') problems.push('purchaseMissing');
  const support = form.minSupportPercent;
  // 0 is refused by the API too: every combination of items would be frequent.
  if (!Number.isFinite(support) || support <= 0 || support > 100) problems.push('supportInvalid');
  const confidence = form.minConfidencePercent;
  if (!Number.isFinite(confidence) || confidence < 0 || confidence > 100) problems.push('confidenceInvalid');
  const lift = form.minLift;
  if (!Number.isNaN(lift) && (!Number.isFinite(lift) || lift < 0)) problems.push('liftInvalid');
  if (problems.length > 0) return { ok: false, problems };
  const spec: BasketSpecInput = {
    type: 'basket',
    purchase: { event: purchase },
    basket: { by: form.basketBy },
    minSupport: percentToShare(support),
    minConfidence: percentToShare(confidence),
  };
  if (!Number.isNaN(lift)) spec.minLift = lift;
  // product_id is the API's default; another field is asked for explicitly.
  if (form.itemKey !== 'product_id') spec.items = { from: 'products', list: 'products', key: form.itemKey };
  return { ok: true, spec };
}

/** 2.5 → 0.025 without floating-point crumbs (2.3 / 100 is 0.022999999999999996). */
function percentToShare(percent: number): number {
  return Number((percent / 100).toPrecision(12));
}
