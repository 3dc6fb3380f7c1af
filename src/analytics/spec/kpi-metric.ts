import { z } from 'zod';
import { EventMatchSchema, EventNameSchema, sameMatch } from './event-match.ts';
import { ConversionWindowSchema } from './funnel-spec.ts';
import { PropertyNameSchema } from './where-filter.ts';

/** Segment's e-commerce spec names (https://segment.com/docs/connections/spec/ecommerce/v2/). */
const ORDER_COMPLETED = { event: 'Order Completed', where: [] };
const PRODUCT_ADDED = { event: 'Product Added', where: [] };
/** Segment `page` calls are stored as `$page` events. */
const PAGE_VIEW = { event: '$page', where: [] };

/** Persons who did `from`, and the share who did `to` within `window` after it. */
export const ConversionRateSchema = z.strictObject({
  kind: z.literal('conversion_rate'),
  from: EventMatchSchema,
  to: EventMatchSchema,
  window: ConversionWindowSchema.default({ value: 14, unit: 'day' }),
});

/** Carts (runs of cart events) that no purchase followed within `window`. */
export const CartAbandonmentRateSchema = z.strictObject({
  kind: z.literal('cart_abandonment_rate'),
  cart: EventMatchSchema.default(PRODUCT_ADDED),
  purchase: EventMatchSchema.default(ORDER_COMPLETED),
  window: ConversionWindowSchema.default({ value: 1, unit: 'day' }),
});

/** Sessions of page views, split after `sessionTimeout` without one (Google Analytics: 30 minutes). */
const sessionMetric = <K extends string>(kind: K) =>
  z.strictObject({
    kind: z.literal(kind),
    page: EventMatchSchema.default(PAGE_VIEW),
    sessionTimeout: ConversionWindowSchema.default({ value: 30, unit: 'minute' }),
  });
export const BounceRateSchema = sessionMetric('bounce_rate');
export const AvgTimeOnPageSchema = sessionMetric('avg_time_on_page');

const purchaseMetric = <K extends string>(kind: K) =>
  z.strictObject({ kind: z.literal(kind), purchase: EventMatchSchema.default(ORDER_COMPLETED) });
export const RepeatPurchaseRateSchema = purchaseMetric('repeat_purchase_rate');
export const TimeBetweenPurchasesSchema = purchaseMetric('time_between_purchases');

/**
 * The properties an order's value is read from, first one holding a number wins. Default:
 * Segment's `revenue`, then `total` (its Order Completed event carries either; Segment's own
 * destinations accept one or the other). Each entry is a key or a path (`["order", "total"]`).
 */
const ValuePropertiesSchema = z
  .array(PropertyNameSchema, { error: 'Must be a list of property names' })
  .min(1, 'List must not be empty')
  .max(10, 'At most 10 properties')
  .default(['revenue', 'total']);

const orderValueMetric = <K extends string>(kind: K) =>
  z.strictObject({
    kind: z.literal(kind),
    purchase: EventMatchSchema.default(ORDER_COMPLETED),
    valueProperties: ValuePropertiesSchema,
  });
export const AverageOrderValueSchema = orderValueMetric('average_order_value');
export const RevenueSchema = orderValueMetric('revenue');

/**
 * Survey responses: by default `track` events named `survey_response` with properties
 * `{ survey: "nps" | "csat" | "ces", score, comment?, touchpoint? }`. `survey` is the value the
 * `surveyProperty` must have (default: the metric's kind); null takes every response of the event.
 */
const surveyFields = {
  event: EventNameSchema.default('survey_response'),
  where: EventMatchSchema.shape.where,
  surveyProperty: PropertyNameSchema.default('survey'),
  survey: z
    .string()
    .min(1, 'Must not be empty')
    .max(200, 'Must be at most 200 characters')
    .nullable()
    .optional(),
  scoreProperty: PropertyNameSchema.default('score'),
};
export const NpsSchema = z.strictObject({ kind: z.literal('nps'), ...surveyFields });
export const CsatSchema = z.strictObject({ kind: z.literal('csat'), ...surveyFields });
export const CesSchema = z.strictObject({
  kind: z.literal('ces'),
  ...surveyFields,
  /** The answer scale; responses outside it are ignored. CES 2.0 asks on 1–7. */
  scale: z
    .strictObject({ min: z.number(), max: z.number() })
    .refine((s) => s.min < s.max, { message: 'Must have min below max', path: ['max'] })
    .default({ min: 1, max: 7 }),
});

export const KPI_KINDS = [
  'conversion_rate',
  'cart_abandonment_rate',
  'bounce_rate',
  'avg_time_on_page',
  'repeat_purchase_rate',
  'time_between_purchases',
  'average_order_value',
  'revenue',
  'nps',
  'csat',
  'ces',
] as const;

const MetricObjectSchema = z.discriminatedUnion(
  'kind',
  [
    ConversionRateSchema,
    CartAbandonmentRateSchema,
    BounceRateSchema,
    AvgTimeOnPageSchema,
    RepeatPurchaseRateSchema,
    TimeBetweenPurchasesSchema,
    AverageOrderValueSchema,
    RevenueSchema,
    NpsSchema,
    CsatSchema,
    CesSchema,
  ],
  { error: `Must be one of: ${KPI_KINDS.join(', ')}` },
);

/**
 * What a KPI measures, by `kind`, with its settings; a bare kind (`"nps"`) takes every default.
 * Definitions, with their sources, are on each measure in src/analytics/kpi/.
 * Examples: `"nps"`, `{ "kind": "conversion_rate", "from": { "event": "Product Viewed" },
 * "to": { "event": "Order Completed" }, "window": { "value": 7, "unit": "day" } }`.
 */
export const KpiMetricSchema = z.preprocess(
  (v) => (typeof v === 'string' ? { kind: v } : v),
  MetricObjectSchema.superRefine((m, ctx) => {
    // The same events in both roles would make every entry its own conversion, every cart its
    // own purchase.
    const roles =
      m.kind === 'conversion_rate'
        ? { first: m.from, second: m.to, names: ['from', 'to'] }
        : m.kind === 'cart_abandonment_rate'
          ? { first: m.cart, second: m.purchase, names: ['cart', 'purchase'] }
          : null;
    if (roles && sameMatch(roles.first, roles.second)) {
      const [first, second] = roles.names as [string, string];
      ctx.addIssue({ code: 'custom', path: [second], message: `Must select other events than ${first}` });
    }
  }),
);
export type KpiMetric = z.infer<typeof MetricObjectSchema>;
export type KpiKind = KpiMetric['kind'];
export type KpiMetricOf<K extends KpiKind> = Extract<KpiMetric, { kind: K }>;
