import type { RetentionSpecInput } from '../../../src/analytics/spec/retention-spec.ts';

export const RETENTION_PERIOD_UNITS = ['day', 'week', 'month'] as const;
export type RetentionPeriodUnit = (typeof RETENTION_PERIOD_UNITS)[number];

/** PostHog's two cohort definitions, see src/analytics/spec/retention-spec.ts. */
export const RETENTION_KIND_CHOICES = ['first_time', 'recurring'] as const;
export type RetentionKindChoice = (typeof RETENTION_KIND_CHOICES)[number];

/** What the retention form holds; `returnEvent` '' means "the start event again". */
export interface RetentionForm {
  start: string;
  returnEvent: string;
  period: RetentionPeriodUnit;
  periods: number;
  kind: RetentionKindChoice;
  /** IANA zone the cohort periods are cut in (the browser's). */
  timezone: string;
}

/** 1..24 periods per cohort: the API allows 400, but more columns no longer fit a table on screen. */
export const MIN_PERIODS = 1;
export const MAX_PERIODS = 24;

/**
 * A fresh form: the first recorded event as start, coming back to the same event, weekly, 8
 * periods, first time (the API's and PostHog's defaults).
 * Example: `initialRetentionForm(['Signed Up'], 'UTC').start` → `'Signed Up'`.
 */
export function initialRetentionForm(eventNames: string[], timezone: string): RetentionForm {
  return {
    start: eventNames[0] ?? '',
    returnEvent: '',
    period: 'week',
    periods: 8,
    kind: 'first_time',
    timezone,
  };
}

/** Why the form cannot be run yet, as translation keys under `retention.problems`. */
export type RetentionProblem = 'startMissing' | 'periodsInvalid';

/**
 * The query spec of a form (POST /api/v1/query), or what is wrong with the form. Weeks start on
 * Monday (ISO 8601), as the API's default.
 * Example: start `Signed Up`, return `Order Completed`, 4 weeks → `{ type: 'retention', start:
 * { event: 'Signed Up' }, return: { event: 'Order Completed' }, period: 'week', periods: 4,
 * kind: 'first_time', weekStart: 'monday', timezone }`.
 */
export function buildRetentionSpec(
  form: RetentionForm,
): { ok: true; spec: RetentionSpecInput } | { ok: false; problems: RetentionProblem[] } {
  const problems: RetentionProblem[] = [];
  const start = form.start.trim();
  if (start === '') problems.push('startMissing');
  if (!Number.isInteger(form.periods) || form.periods < MIN_PERIODS || form.periods > MAX_PERIODS) {
    problems.push('periodsInvalid');
  }
  if (problems.length > 0) return { ok: false, problems };
  const returnEvent = form.returnEvent.trim();
  const spec: RetentionSpecInput = {
    type: 'retention',
    start: { event: start },
    period: form.period,
    periods: form.periods,
    kind: form.kind,
    weekStart: 'monday',
    timezone: form.timezone,
  };
  if (returnEvent !== '') spec.return = { event: returnEvent };
  return { ok: true, spec };
}
