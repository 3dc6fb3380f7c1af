import type { FunnelSpecInput } from '../../../src/analytics/spec/funnel-spec.ts';

export const FUNNEL_ORDERS = ['ordered', 'strict', 'unordered'] as const;
export type FunnelOrder = (typeof FUNNEL_ORDERS)[number];

export const WINDOW_UNITS = ['minute', 'hour', 'day', 'week'] as const;
export type WindowUnit = (typeof WINDOW_UNITS)[number];

export const FUNNEL_INTERVALS = ['none', 'day', 'week', 'month'] as const;
export type FunnelInterval = (typeof FUNNEL_INTERVALS)[number];

/** How to split the funnel: not at all, by the event's channel, or by a property of the entry event. */
export type BreakdownChoice = { on: 'none' } | { on: 'channel' } | { on: 'property'; name: string };

/** What the funnel form holds; `steps` are event names, '' for a step not chosen yet. */
export interface FunnelForm {
  steps: string[];
  windowValue: number;
  windowUnit: WindowUnit;
  order: FunnelOrder;
  breakdown: BreakdownChoice;
  interval: FunnelInterval;
  /** IANA zone the over-time buckets follow (the browser's). */
  timezone: string;
}

/** The API's limits (src/analytics/spec/funnel-spec.ts): 2..20 steps, a window of at most 366 days. */
export const MIN_STEPS = 2;
export const MAX_STEPS = 20;
const MAX_WINDOW_SECONDS = 366 * 86_400;
const UNIT_SECONDS: Record<WindowUnit, number> = { minute: 60, hour: 3_600, day: 86_400, week: 604_800 };

/** Most person ids listed per step; enough to browse, small enough to answer fast. */
export const PERSON_LIMIT = 50;

/**
 * A fresh form: the first two recorded event names as steps (so "Run" works at once on real
 * data), a 14-day ordered window as the API defaults to.
 * Example: `initialFunnelForm(['Viewed', 'Bought'], 'UTC').steps` → `['Viewed', 'Bought']`.
 */
export function initialFunnelForm(eventNames: string[], timezone: string): FunnelForm {
  return {
    steps: [eventNames[0] ?? '', eventNames[1] ?? ''],
    windowValue: 14,
    windowUnit: 'day',
    order: 'ordered',
    breakdown: { on: 'none' },
    interval: 'none',
    timezone,
  };
}

/** The form with one more (unchosen) step at the end; unchanged at the API's maximum. */
export function addStep(form: FunnelForm): FunnelForm {
  if (form.steps.length >= MAX_STEPS) return form;
  return { ...form, steps: [...form.steps, ''] };
}

/** The form without step `index`; unchanged when that would leave fewer than two steps. */
export function removeStep(form: FunnelForm, index: number): FunnelForm {
  if (form.steps.length <= MIN_STEPS || index < 0 || index >= form.steps.length) return form;
  return { ...form, steps: form.steps.filter((_, i) => i !== index) };
}

/** The form with step `index` swapped with its neighbour `by` (−1 up, +1 down); unchanged at the ends. */
export function moveStep(form: FunnelForm, index: number, by: -1 | 1): FunnelForm {
  const to = index + by;
  if (index < 0 || index >= form.steps.length || to < 0 || to >= form.steps.length) return form;
  const steps = [...form.steps];
  [steps[index], steps[to]] = [steps[to]!, steps[index]!];
  return { ...form, steps };
}

/** The form with step `index` set to `event`. */
export function setStep(form: FunnelForm, index: number, event: string): FunnelForm {
  return { ...form, steps: form.steps.map((s, i) => (i === index ? event : s)) };
}

/** Why the form cannot be run yet, as translation keys under `funnel.problems`. */
export type FunnelProblem = 'stepMissing' | 'windowInvalid' | 'propertyMissing';

/**
 * The query spec of a form (POST /api/v1/query), or what is wrong with the form. Persons are
 * always asked for, so clicking a drop-off lists them without a second query.
 * Example: steps `['A', 'B']`, 7 days → `{ type: 'funnel', steps: [{ event: 'A' }, { event: 'B' }],
 * window: { value: 7, unit: 'day' }, order: 'ordered', timezone, includePersons: true, … }`.
 */
export function buildFunnelSpec(
  form: FunnelForm,
): { ok: true; spec: FunnelSpecInput } | { ok: false; problems: FunnelProblem[] } {
  const problems: FunnelProblem[] = [];
  if (form.steps.length < MIN_STEPS || form.steps.some((s) => s.trim() === '')) problems.push('stepMissing');
  const { windowValue: value } = form;
  if (!Number.isInteger(value) || value < 1 || value * UNIT_SECONDS[form.windowUnit] > MAX_WINDOW_SECONDS) {
    problems.push('windowInvalid');
  }
  if (form.breakdown.on === 'property' && form.breakdown.name.trim() === '') problems.push('propertyMissing');
  if (problems.length > 0) return { ok: false, problems };

  const spec: FunnelSpecInput = {
    type: 'funnel',
    steps: form.steps.map((event) => ({ event })),
    window: { value, unit: form.windowUnit },
    order: form.order,
    timezone: form.timezone,
    includePersons: true,
    personLimit: PERSON_LIMIT,
  };
  if (form.breakdown.on === 'channel') spec.breakdown = { on: 'field', name: 'channel' };
  if (form.breakdown.on === 'property') spec.breakdown = { on: 'property', name: form.breakdown.name.trim() };
  if (form.interval !== 'none') spec.interval = { unit: form.interval };
  return { ok: true, spec };
}
