import type { KpiMetricOf } from '../spec/kpi-metric.ts';
import { propertyPath } from '../spec/where-filter.ts';
import { kpiEventsCte } from './kpi-events.ts';
import { countOf, type KpiContext, type KpiMeasure, share } from './kpi-measure.ts';

type RepeatRate = KpiMetricOf<'repeat_purchase_rate'>;
type TimeBetween = KpiMetricOf<'time_between_purchases'>;
type OrderValue = KpiMetricOf<'average_order_value'> | KpiMetricOf<'revenue'>;

/** `ev`: the purchase events inside the range. */
const purchases = (
  m: { purchase: RepeatRate['purchase'] },
  ctx: KpiContext,
  extra?: Parameters<typeof kpiEventsCte>[1]['extra'],
) =>
  kpiEventsCte(ctx, {
    roles: { p: m.purchase },
    attribution: 'p',
    withMessageId: true,
    lower: ctx.range?.from,
    upper: ctx.range?.to,
    ...(extra ? { extra } : {}),
  });

/**
 * Repeat purchase rate = customers with more than one order ÷ customers, over the same period
 * (https://www.wallstreetprep.com/knowledge/repeat-purchase-rate/). A customer is a person with
 * a purchase (default "Order Completed") in the range; only purchases in the range count, and
 * per time bucket only those in the bucket. Every purchase event is an order, so two at the same
 * instant are two orders. count = customers; repeatCustomers = those with two or more.
 */
export const repeatPurchaseMeasure: KpiMeasure<RepeatRate> = {
  units: (m, ctx) => ({
    ctes: [purchases(m, ctx), 'rows AS (SELECT person, ts, bd FROM ev)'],
    perPerson: { orders: 'count(*)' },
  }),
  aggregates: (_m, ctx) => ({ n: 'count(*)', repeat: ctx.q.dialect.countIf('orders >= 2') }),
  value: (_m, a) => ({
    value: share(a.repeat ?? 0, a.n ?? 0),
    count: countOf(a.n),
    repeatCustomers: countOf(a.repeat),
  }),
};

/**
 * Time between purchases: the median of the gaps between a person's consecutive purchases in
 * the range (the median, unlike the mean, is not pulled by the rare customer who returns after
 * a year; the mean is given too). A gap belongs to the time bucket of its later purchase, and
 * takes its breakdown value from it. value = median seconds; count = gaps; meanSeconds = mean.
 */
export const timeBetweenPurchasesMeasure: KpiMeasure<TimeBetween> = {
  units(m, ctx) {
    const d = ctx.q.dialect;
    return {
      ctes: [
        purchases(m, ctx),
        `gp AS (
  SELECT person, ts, bd,
    max(ts) OVER (PARTITION BY person ORDER BY ts, mid ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_ts
  FROM ev
)`,
        `rows AS (SELECT person, ts, bd, ${d.secondsBetween('prev_ts', 'ts')} AS secs FROM gp WHERE prev_ts IS NOT NULL)`,
      ],
    };
  },
  aggregates: (_m, ctx) => ({ n: 'count(*)', med: ctx.q.dialect.medianIf('secs', 'TRUE'), avg: 'avg(secs)' }),
  value: (_m, a) => {
    const n = countOf(a.n);
    return { value: n > 0 ? (a.med ?? null) : null, count: n, meanSeconds: n > 0 ? (a.avg ?? null) : null };
  },
};

/** Orders with a numeric value (`val`): the first of the value properties that holds a number. */
function orderRows(m: OrderValue, ctx: KpiContext) {
  return {
    ctes: [
      purchases(m, ctx, (c, fctx) => {
        const values = m.valueProperties.map((name) =>
          fctx.q.dialect.toFloat(
            fctx.q.dialect.jsonText(c.properties, fctx.q.bindJsonPath(propertyPath(name))),
          ),
        );
        return { val: values.length === 1 ? values[0]! : `COALESCE(${values.join(', ')})` };
      }),
      'rows AS (SELECT person, ts, bd, val FROM ev WHERE val IS NOT NULL)',
    ],
  };
}

/**
 * Average order value = revenue ÷ orders (https://www.omniconvert.com/what-is/average-order-value-aov/).
 * An order is a purchase event (default "Order Completed") whose value — the first of
 * `valueProperties` (default Segment's `revenue`, then `total`) that holds a number, also a
 * number sent as text — is known; orders without one are left out of both sums. Currencies are
 * not converted. value = mean order value; count = orders; revenue = their sum.
 */
export const averageOrderValueMeasure: KpiMeasure<KpiMetricOf<'average_order_value'>> = {
  units: orderRows,
  aggregates: () => ({ n: 'count(*)', total: 'sum(val)' }),
  value: (_m, a) => ({ value: share(a.total ?? 0, a.n ?? 0), count: countOf(a.n), revenue: a.total ?? 0 }),
};

/** Revenue = the sum of order values, orders as for the average order value; 0 without orders. */
export const revenueMeasure: KpiMeasure<KpiMetricOf<'revenue'>> = {
  units: orderRows,
  aggregates: () => ({ n: 'count(*)', total: 'sum(val)' }),
  value: (_m, a) => ({ value: a.total ?? 0, count: countOf(a.n), revenue: a.total ?? 0 }),
};
