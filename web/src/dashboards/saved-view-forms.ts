import type { FunnelSpecInput } from '../../../src/analytics/spec/funnel-spec.ts';
import type { RetentionSpecInput } from '../../../src/analytics/spec/retention-spec.ts';
import {
  type FunnelForm,
  type FunnelInterval,
  WINDOW_UNITS,
  type WindowUnit,
} from '../analytics/funnel-form.ts';
import type { RetentionForm } from '../analytics/retention-form.ts';

// A dashboard keeps only the spec of a saved view; the result views read some settings from the
// form they were run with (time buckets, breakdown names, periods). These give back that form, with
// the API's defaults where the spec leaves a setting out.

/**
 * The funnel form a saved funnel spec was built from (funnel-form.ts `buildFunnelSpec`).
 * Example: `{ steps: [{ event: 'A' }, { event: 'B' }] }` → steps `['A', 'B']`, 14 days, ordered.
 */
export function funnelFormOf(spec: FunnelSpecInput): FunnelForm {
  const unit = spec.window?.unit;
  const known = unit !== undefined && (WINDOW_UNITS as readonly string[]).includes(unit);
  const b = spec.breakdown;
  const interval = spec.interval?.unit;
  return {
    steps: spec.steps.map((s) => s.event),
    // A window in a unit the form has no choice for (seconds) is shown in days, rounded up.
    windowValue: spec.window
      ? known
        ? spec.window.value
        : Math.max(1, Math.ceil(spec.window.value / 86_400))
      : 14,
    windowUnit: known ? (unit as WindowUnit) : 'day',
    order: spec.order ?? 'ordered',
    breakdown:
      b?.on === 'field' && b.name === 'channel'
        ? { on: 'channel' }
        : b?.on === 'property' && typeof b.name === 'string'
          ? { on: 'property', name: b.name }
          : { on: 'none' },
    interval:
      interval === 'day' || interval === 'week' || interval === 'month'
        ? (interval as FunnelInterval)
        : 'none',
    timezone: spec.timezone ?? 'UTC',
  };
}

/** The retention form a saved retention spec was built from (retention-form.ts `buildRetentionSpec`). */
export function retentionFormOf(spec: RetentionSpecInput): RetentionForm {
  const period = spec.period ?? 'week';
  return {
    start: spec.start.event,
    returnEvent: spec.return?.event ?? '',
    period: period === 'day' || period === 'month' ? period : 'week',
    periods: spec.periods ?? 8,
    kind: spec.kind ?? 'first_time',
    timezone: spec.timezone ?? 'UTC',
  };
}
