import { windowSeconds } from '../spec/funnel-spec.ts';
import type { KpiMetricOf } from '../spec/kpi-metric.ts';
import { inRange, kpiEventsCte } from './kpi-events.ts';
import { countOf, type KpiMeasure, share } from './kpi-measure.ts';

type Metric = KpiMetricOf<'conversion_rate'>;

/**
 * Conversion rate: of the persons who did `from` in the range, the share who did `to` within
 * `window` after it (at the same instant or up to the window's end, inclusive) — a two-step
 * ordered funnel, as PostHog computes it (https://posthog.com/docs/product-analytics/funnels):
 * the usual "converted persons ÷ persons who could convert". Unit: a person (per time bucket, the
 * persons whose `from` falls in it); a person converts if any of their `from` events does.
 * count = persons who did `from`; converted = persons who then did `to`.
 */
export const conversionMeasure: KpiMeasure<Metric> = {
  units(m, ctx) {
    const { q } = ctx;
    const d = q.dialect;
    const window = q.bind(windowSeconds(m.window), 'int');
    const ev = kpiEventsCte(ctx, {
      roles: { a: m.from, b: m.to },
      attribution: 'a',
      withMessageId: true,
      lower: ctx.range?.from,
      upper: ctx.range ? d.addSeconds(ctx.range.to, window) : undefined,
    });
    // The first `to` after each event: one sort per person instead of a self-join, which grows
    // with the square of a person's events. At one instant `from` events sort before `to`
    // events, so a `to` at the very instant of a `from` counts; the frame starts after the row
    // itself, so one event never converts itself.
    return {
      ctes: [
        ev,
        `cv AS (
  SELECT person, ts, bd, a,
    min(CASE WHEN b THEN ts END) OVER (
      PARTITION BY person ORDER BY ts, CASE WHEN a THEN 0 ELSE 1 END, mid
      ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_b
  FROM ev
)`,
        `rows AS (
  SELECT person, ts, bd, CASE WHEN next_b <= ${d.addSeconds('ts', window)} THEN 1 ELSE 0 END AS conv
  FROM cv WHERE a AND ${inRange(ctx)}
)`,
      ],
      perPerson: { conv: 'max(conv)' },
    };
  },
  aggregates: (_m, ctx) => ({ n: 'count(*)', k: ctx.q.dialect.countIf('conv = 1') }),
  value: (_m, a) => ({ value: share(a.k ?? 0, a.n ?? 0), count: countOf(a.n), converted: countOf(a.k) }),
};
