import { windowSeconds } from '../spec/funnel-spec.ts';
import type { KpiMetricOf } from '../spec/kpi-metric.ts';
import { firstValue } from '../sql/breakdown-value.ts';
import { inRange, kpiEventsCte } from './kpi-events.ts';
import { countOf, type KpiMeasure, share } from './kpi-measure.ts';

type Metric = KpiMetricOf<'cart_abandonment_rate'>;

/**
 * Cart-abandonment rate = 1 − purchases ÷ carts created, i.e. abandoned carts ÷ carts (Baymard
 * Institute, https://baymard.com/lists/cart-abandonment-rate). A cart is a run of one person's
 * cart events (default Segment's "Product Added") with no purchase between them and no gap
 * longer than `window`; it is purchased when a purchase (default "Order Completed") follows its
 * last cart event within `window` (inclusive, a purchase at the same instant counts), abandoned
 * otherwise. A cart belongs to the range and time bucket of its first cart event, and takes its
 * breakdown value from it. Cart events before the range are read too, so a cart that began
 * before it is not counted again. count = carts; abandoned + purchased = count.
 */
export const cartMeasure: KpiMeasure<Metric> = {
  units(m, ctx) {
    const { q } = ctx;
    const d = q.dialect;
    const window = q.bind(windowSeconds(m.window), 'int');
    const ev = kpiEventsCte(ctx, {
      roles: { c: m.cart, p: m.purchase },
      attribution: 'c',
      withMessageId: true,
      upper: ctx.range ? d.addSeconds(ctx.range.to, window) : undefined,
    });
    // At one instant cart events sort before purchases: a purchase then closes the cart.
    const order = 'ORDER BY ts, CASE WHEN c THEN 0 ELSE 1 END, mid';
    // Running maxima over the rows before this one stand for lag(), which not every engine has.
    const before = `PARTITION BY person ${order} ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING`;
    return {
      ctes: [
        ev,
        // np: purchases so far; next_p: the first purchase from this event on.
        `ck AS (
  SELECT person, ts, mid, bd, c,
    sum(CASE WHEN p THEN 1 ELSE 0 END) OVER (PARTITION BY person ${order} ROWS UNBOUNDED PRECEDING) AS np,
    min(CASE WHEN p THEN ts END) OVER (PARTITION BY person ${order} ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS next_p
  FROM ev
)`,
        `cs AS (
  SELECT person, ts, mid, bd, np, next_p,
    max(ts) OVER (${before}) AS prev_ts, max(np) OVER (${before}) AS prev_np
  FROM ck WHERE c
)`,
        `cn AS (
  SELECT person, ts, bd, next_p,
    sum(CASE WHEN prev_ts IS NULL OR np > prev_np OR ts > ${d.addSeconds('prev_ts', window)} THEN 1 ELSE 0 END)
      OVER (PARTITION BY person ORDER BY ts, mid ROWS UNBOUNDED PRECEDING) AS cart
  FROM cs
)`,
        // No purchase falls inside a cart, so every event of it sees the same next purchase.
        `carts AS (
  SELECT person, min(ts) AS ts, ${firstValue(d, 'bd', 'ts')} AS bd,
    CASE WHEN min(next_p) <= ${d.addSeconds('max(ts)', window)} THEN 1 ELSE 0 END AS bought
  FROM cn GROUP BY person, cart
)`,
        `rows AS (SELECT person, ts, bd, bought FROM carts WHERE ${inRange(ctx)})`,
      ],
    };
  },
  aggregates: (_m, ctx) => ({ n: 'count(*)', abandoned: ctx.q.dialect.countIf('bought = 0') }),
  value: (_m, a) => ({
    value: share(a.abandoned ?? 0, a.n ?? 0),
    count: countOf(a.n),
    abandoned: countOf(a.abandoned),
    purchased: countOf(a.n) - countOf(a.abandoned),
  }),
};
