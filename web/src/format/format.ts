/**
 * Numbers, rates, durations and dates as the user's language writes them, through Intl only, so
 * English shows `1,234 · 45.6% · 2.5 hr` and Polish `1234 · 45,6% · 2,5 godz.` from the same
 * code. Every function takes the language explicitly: they are pure, and components pass
 * `i18n.language`.
 *
 * A missing value (`null`: "cannot be measured", see journey-result.ts) is `NOT_MEASURED`, a
 * dash; it is never shown as 0, which is a measured zero.
 */

export const NOT_MEASURED = '—';

// Intl objects are costly to build and a map renders hundreds of figures: cache one per options.
const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, options);
    cache.set(key, format);
  }
  return format;
}

/** A count of people or events: `formatCount(12345, 'en') === '12,345'`. */
export function formatCount(value: number | null, language: string): string {
  if (value === null) return NOT_MEASURED;
  return numberFormat(language, { maximumFractionDigits: 0 }).format(value);
}

/** Any other number (a KPI target), as the language writes it: `formatNumber(2.5, 'pl') === '2,5'`. */
export function formatNumber(value: number | null, language: string): string {
  if (value === null) return NOT_MEASURED;
  return numberFormat(language, { maximumFractionDigits: 3 }).format(value);
}

/** A fraction 0..1 as a percentage with at most one decimal: `formatPercent(0.4567, 'en') === '45.7%'`. */
export function formatPercent(fraction: number | null, language: string): string {
  if (fraction === null) return NOT_MEASURED;
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

type DurationUnit = 'second' | 'minute' | 'hour' | 'day';

/**
 * The unit a duration reads best in: seconds under a minute, minutes under an hour, hours under
 * two days, then days. (Two days, not one: "30 hr" is easier to compare with "20 hr" on the next
 * card than "1.3 days".)
 */
export function durationUnit(seconds: number): DurationUnit {
  const abs = Math.abs(seconds);
  if (abs < 60) return 'second';
  if (abs < 3_600) return 'minute';
  if (abs < 2 * 86_400) return 'hour';
  return 'day';
}

const SECONDS_PER: Record<DurationUnit, number> = { second: 1, minute: 60, hour: 3_600, day: 86_400 };

/**
 * A duration in seconds, in the unit it reads best in, with at most one decimal:
 * `formatDuration(9000, 'en') === '2.5 hr'`, `formatDuration(9000, 'pl') === '2,5 godz.'`.
 */
export function formatDuration(seconds: number | null, language: string): string {
  if (seconds === null) return NOT_MEASURED;
  const unit = durationUnit(seconds);
  const value = seconds / SECONDS_PER[unit];
  return numberFormat(language, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: unit === 'second' ? 0 : 1,
  }).format(value);
}

/**
 * Net Promoter Score (−100..100) as a whole number with its sign, the way NPS is reported:
 * `formatNps(32, 'en') === '+32'`, `formatNps(-12.4, 'en') === '-12'`, `formatNps(0, 'en') === '0'`.
 */
export function formatNps(value: number | null, language: string): string {
  if (value === null) return NOT_MEASURED;
  return numberFormat(language, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value);
}

/**
 * An emotion score −2..+2 with its sign, so "+1" and "−1" differ at a glance:
 * `formatScore(2, 'en') === '+2'`.
 */
export function formatScore(value: number, language: string): string {
  return numberFormat(language, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);
}

/**
 * A timestamp (ISO string) as a medium date and short time in the user's language and time zone:
 * `formatDateTime('2026-03-01T14:05:00Z', 'en', 'UTC') === 'Mar 1, 2026, 2:05 PM'`. An unreadable
 * timestamp is returned as it is rather than as "Invalid Date".
 */
export function formatDateTime(iso: string, language: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    date,
  );
}
