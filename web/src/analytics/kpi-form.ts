import { KPI_KINDS } from '../../../src/analytics/spec/kpi-metric.ts';
import type { KpiSpecInput } from '../../../src/analytics/spec/kpi-spec.ts';

export { KPI_KINDS };
export type KpiKind = (typeof KPI_KINDS)[number];

/** How to split a KPI into tiles: not at all, by the event's channel, or by a map's personas. */
export type KpiBreakdownChoice = { on: 'none' } | { on: 'channel' } | { on: 'persona'; mapId: string };

export const KPI_INTERVALS = ['none', 'day', 'week', 'month'] as const;
export type KpiInterval = (typeof KPI_INTERVALS)[number];

/** What the KPI form holds; `from`/`to` are the conversion rate's events ('' when not chosen). */
export interface KpiForm {
  metric: KpiKind;
  from: string;
  to: string;
  breakdown: KpiBreakdownChoice;
  interval: KpiInterval;
  /** IANA zone the over-time buckets follow (the browser's). */
  timezone: string;
}

/** A fresh form: revenue (needs no settings) as a single tile. */
export function initialKpiForm(eventNames: string[], timezone: string): KpiForm {
  return {
    metric: 'revenue',
    from: eventNames[0] ?? '',
    to: eventNames[1] ?? '',
    breakdown: { on: 'none' },
    interval: 'none',
    timezone,
  };
}

/** Why the form cannot be run yet, as translation keys under `kpis.problems`. */
export type KpiProblem = 'eventsMissing' | 'sameEvents' | 'mapMissing';

/**
 * The query spec of a form (POST /api/v1/query, type kpi), or what is wrong with it. Every
 * metric but the conversion rate runs on the workspace's defaults (Segment's e-commerce event
 * names, the survey settings); the conversion rate needs its two events.
 * Example: `{ metric: 'nps', breakdown: { on: 'channel' }, interval: 'week', … }` →
 * `{ type: 'kpi', metric: 'nps', breakdown: { on: 'field', name: 'channel' }, interval:
 * { unit: 'week' }, timezone }`.
 */
export function buildKpiSpec(
  form: KpiForm,
): { ok: true; spec: KpiSpecInput } | { ok: false; problems: KpiProblem[] } {
  const problems: KpiProblem[] = [];
  const from = form.from.trim();
  const to = form.to.trim();
  if (form.metric === 'conversion_rate') {
    if (from === '' || to === '') problems.push('eventsMissing');
    else if (from === to) problems.push('sameEvents');
  }
  if (form.breakdown.on === 'persona' && form.breakdown.mapId === '') problems.push('mapMissing');
  if (problems.length > 0) return { ok: false, problems };

  const spec: KpiSpecInput = {
    type: 'kpi',
    metric:
      form.metric === 'conversion_rate'
        ? { kind: 'conversion_rate', from: { event: from }, to: { event: to } }
        : form.metric,
    timezone: form.timezone,
  };
  if (form.breakdown.on === 'channel') spec.breakdown = { on: 'field', name: 'channel' };
  if (form.breakdown.on === 'persona') spec.breakdown = { on: 'persona', map: form.breakdown.mapId };
  if (form.interval !== 'none') spec.interval = { unit: form.interval };
  return { ok: true, spec };
}

/** How a KPI's value reads: a share, a time, an amount of money, an NPS, or a mean score. */
export type KpiValueKind = 'rate' | 'duration' | 'money' | 'nps' | 'score';

/**
 * The kind of number each metric gives (src/analytics/kpi-result.ts: rates are fractions 0..1,
 * times seconds; NPS is on −100..100; CSAT is the share satisfied; CES is a mean score).
 */
export const KPI_VALUE_KIND: Record<KpiKind, KpiValueKind> = {
  conversion_rate: 'rate',
  cart_abandonment_rate: 'rate',
  bounce_rate: 'rate',
  avg_time_on_page: 'duration',
  repeat_purchase_rate: 'rate',
  time_between_purchases: 'duration',
  average_order_value: 'money',
  revenue: 'money',
  nps: 'nps',
  csat: 'rate',
  ces: 'score',
};

/** The metric kind of a saved spec's `metric` (a bare name or `{ kind, … }`). */
export function kpiKindOf(metric: KpiSpecInput['metric']): KpiKind {
  return (typeof metric === 'string' ? metric : (metric as { kind: KpiKind }).kind) as KpiKind;
}
