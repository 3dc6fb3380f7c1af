import type {
  FunnelBreakdownGroup,
  FunnelStepResult,
  FunnelTimeBucket,
} from '../../../src/analytics/funnel/funnel-result.ts';
import type { Interval } from '../../../src/analytics/spec/interval.ts';
import { formatCount, formatDuration, formatPercent, NOT_MEASURED } from '../format/format.ts';

/** One step of a funnel as the table shows it: every figure already written in the language. */
export interface FunnelTableRow {
  /** 1-based step number. */
  step: number;
  label: string;
  count: string;
  conversion: string;
  stepConversion: string;
  /** Nobody can drop off before the first step, so step 1 shows NOT_MEASURED, not "0". */
  dropOff: string;
  dropOffRate: string;
  medianTime: string;
  /** How many dropped off here (0 on step 1): whether there is a list of persons to open. */
  dropOffCount: number;
}

/**
 * The rows of the funnel table, one per step.
 * Example (en): a step of 85 persons after 196, median 70815.6 s → `{ count: '85', conversion:
 * '43.4%', stepConversion: '43.4%', dropOff: '111', dropOffRate: '56.6%', medianTime: '19.7 hr' }`.
 */
export function funnelTableRows(steps: FunnelStepResult[], language: string): FunnelTableRow[] {
  return steps.map((s, i) => ({
    step: i + 1,
    label: s.label,
    count: formatCount(s.count, language),
    conversion: formatPercent(s.conversionRate, language),
    stepConversion: i === 0 ? NOT_MEASURED : formatPercent(s.stepConversionRate, language),
    dropOff: i === 0 ? NOT_MEASURED : formatCount(s.dropOff, language),
    dropOffRate: i === 0 ? NOT_MEASURED : formatPercent(s.dropOffRate, language),
    medianTime: formatDuration(s.medianSecondsFromPrevious, language),
    dropOffCount: i === 0 ? 0 : s.dropOff,
  }));
}

/** One breakdown group: its persons at each step and its overall conversion. */
export interface BreakdownRow {
  /** The group's value, or null for "not set"; `other` for the group beyond the limit. */
  value: string | null;
  other: boolean;
  counts: string[];
  conversion: string;
}

/** The rows of the breakdown table, in the API's order (largest first, "other" last). */
export function breakdownRows(groups: FunnelBreakdownGroup[], language: string): BreakdownRow[] {
  return groups.map((g) => ({
    value: g.value,
    other: g.other === true,
    counts: g.steps.map((s) => formatCount(s.count, language)),
    conversion: formatPercent(g.steps.at(-1)?.conversionRate ?? null, language),
  }));
}

/** One time bucket: when it starts, who entered, who completed, the conversion between. */
export interface OverTimeRow {
  start: string;
  entered: string;
  completed: string;
  conversion: string;
  /** The conversion as a fraction, for the chart. */
  rate: number;
}

/**
 * The start of a bucket as the language writes it, in the zone the buckets were cut in:
 * months as "Sep 2026", hours with the time, days and weeks as dates.
 */
export function formatBucketStart(
  iso: string,
  unit: Interval['unit'],
  language: string,
  timeZone: string,
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions =
    unit === 'month'
      ? { month: 'short', year: 'numeric', timeZone }
      : unit === 'hour'
        ? { dateStyle: 'medium', timeStyle: 'short', timeZone }
        : { dateStyle: 'medium', timeZone };
  return new Intl.DateTimeFormat(language, options).format(date);
}

/** The rows of the conversion-over-time table, oldest bucket first. */
export function overTimeRows(
  buckets: FunnelTimeBucket[],
  unit: Interval['unit'],
  language: string,
  timeZone: string,
): OverTimeRow[] {
  return buckets.map((b) => {
    const last = b.steps.at(-1);
    const rate = last?.conversionRate ?? 0;
    return {
      start: formatBucketStart(b.start, unit, language, timeZone),
      entered: formatCount(b.steps[0]?.count ?? 0, language),
      completed: formatCount(last?.count ?? 0, language),
      conversion: formatPercent(rate, language),
      rate,
    };
  });
}
