import { windowSeconds } from '../spec/funnel-spec.ts';
import type { KpiMetricOf } from '../spec/kpi-metric.ts';
import { firstValue } from '../sql/breakdown-value.ts';
import { kpiEventsCte } from './kpi-events.ts';
import { countOf, type KpiContext, type KpiMeasure, type KpiUnits, share } from './kpi-measure.ts';

type Bounce = KpiMetricOf<'bounce_rate'>;
type TimeOnPage = KpiMetricOf<'avg_time_on_page'>;

/**
 * Page views in time order per person, with the instants of the page views before and after:
 * `sp` (person, ts, mid, bd, prev_ts, next_ts), and the session timeout's placeholder. Sessions
 * are made of the page views inside the range only: the range cuts a session that spans its
 * edge, as Google Analytics' reports cut sessions at their date range.
 */
function pageViews(m: Bounce | TimeOnPage, ctx: KpiContext): { ctes: string[]; timeout: string } {
  const timeout = ctx.q.bind(windowSeconds(m.sessionTimeout), 'int');
  const ev = kpiEventsCte(ctx, {
    roles: { pg: m.page },
    attribution: 'pg',
    withMessageId: true,
    lower: ctx.range?.from,
    upper: ctx.range?.to,
  });
  const w = 'PARTITION BY person ORDER BY ts, mid';
  return {
    timeout,
    ctes: [
      ev,
      `sp AS (
  SELECT person, ts, mid, bd,
    max(ts) OVER (${w} ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_ts,
    min(ts) OVER (${w} ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_ts
  FROM ev
)`,
    ],
  };
}

/**
 * Bounce rate = single-page sessions ÷ sessions (Google Analytics' definition of a bounce, "a
 * single-page session on your site", https://support.google.com/analytics/answer/1009409).
 * A session is a person's run of page views (default Segment `page` calls) with no gap longer
 * than `sessionTimeout` (default 30 minutes of inactivity, as Google Analytics,
 * https://support.google.com/analytics/answer/2731565); a gap of exactly the timeout keeps the
 * session going. Only page views make or extend sessions, so a session whose only page view was
 * followed by `track` events still bounced. A session belongs to the time bucket of its first
 * page view (the landing page) and takes its breakdown value from it.
 * count = sessions; bounces = sessions of one page view.
 */
export const bounceMeasure: KpiMeasure<Bounce> = {
  units(m, ctx): KpiUnits {
    const d = ctx.q.dialect;
    const { ctes, timeout } = pageViews(m, ctx);
    const newSession = `prev_ts IS NULL OR ts > ${d.addSeconds('prev_ts', timeout)}`;
    return {
      ctes: [
        ...ctes,
        `sn AS (
  SELECT person, ts, bd,
    sum(CASE WHEN ${newSession} THEN 1 ELSE 0 END) OVER (PARTITION BY person ORDER BY ts, mid ROWS UNBOUNDED PRECEDING) AS sid
  FROM sp
)`,
        `rows AS (
  SELECT person, min(ts) AS ts, ${firstValue(d, 'bd', 'ts')} AS bd, count(*) AS pages FROM sn GROUP BY person, sid
)`,
      ],
    };
  },
  aggregates: (_m, ctx) => ({ n: 'count(*)', bounces: ctx.q.dialect.countIf('pages = 1') }),
  value: (_m, a) => ({
    value: share(a.bounces ?? 0, a.n ?? 0),
    count: countOf(a.n),
    bounces: countOf(a.bounces),
  }),
};

/**
 * Average time on page = total time on pages ÷ (page views − exits), as Universal Analytics
 * computed "Avg. Time on Page" (explained at https://www.idimension.com/2018/03/why-is-my-google-
 * analytics-average-time-on-page-so-high/): a page's time is the time until the
 * next page view of the same session; the last page view of a session (its exit) has no time
 * and is not averaged. Sessions as for the bounce rate. Each page view is a unit of its own,
 * in its own time bucket and with its own breakdown value (e.g. its `path`).
 * value = mean seconds; count = timed page views; pageViews = all page views.
 */
export const timeOnPageMeasure: KpiMeasure<TimeOnPage> = {
  units(m, ctx): KpiUnits {
    const d = ctx.q.dialect;
    const { ctes, timeout } = pageViews(m, ctx);
    return {
      ctes: [
        ...ctes,
        `rows AS (
  SELECT person, ts, bd,
    CASE WHEN next_ts <= ${d.addSeconds('ts', timeout)} THEN ${d.secondsBetween('ts', 'next_ts')} END AS secs
  FROM sp
)`,
      ],
    };
  },
  aggregates: () => ({ views: 'count(*)', n: 'count(secs)', avg: 'avg(secs)' }),
  value: (_m, a) => ({
    value: countOf(a.n) > 0 ? (a.avg ?? null) : null,
    count: countOf(a.n),
    pageViews: countOf(a.views),
  }),
};
