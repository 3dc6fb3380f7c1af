import type { RetentionCohort } from '../../../src/analytics/retention/retention-result.ts';
import { formatCount, formatPercent } from '../format/format.ts';
import { formatBucketStart } from './funnel-table.ts';
import type { RetentionPeriodUnit } from './retention-form.ts';

/** A cell's colours: a background as dark as the rate, and the text colour that reads best on it. */
export interface CellShade {
  background: string;
  color: string;
}

/** One cell of the heatmap: period k of a cohort, or null for a period that has not begun yet. */
export interface RetentionCell {
  /** Periods after the cohort's (0 = the cohort period). */
  period: number;
  count: number;
  countText: string;
  rate: string;
  shade: CellShade;
}

export interface RetentionRow {
  /** The cohort's ISO start, unique per row (the key). */
  key: string;
  /** When the cohort period starts, as the language writes it. */
  start: string;
  size: number;
  sizeText: string;
  /** One entry per requested period; null where the period has not begun when the query ran. */
  cells: (RetentionCell | null)[];
}

// Shades run from white to the app's primary blue (web/src/styles.css --primary).
const LIGHT: [number, number, number] = [255, 255, 255];
const DARK: [number, number, number] = [31, 79, 168];
// Black and white text: on any background one of the two reaches at least 4.58:1 (√(1.05 / 0.05)),
// where a dark grey instead of black would fall below WCAG's 4.5:1 on mid shades.
const TEXT_ON_LIGHT = '#000000';
const TEXT_ON_DARK = '#ffffff';

const hex = (rgb: number[]): string => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** WCAG 2 relative luminance of `#rrggbb` (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance). */
export function relativeLuminance(colour: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(colour.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours, 1..21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The shade of a cell with retention `rate` (0..1, clamped): the background mixes white and the
 * primary blue in proportion to the rate, the text is black or white, whichever contrasts more.
 * Example: `cellShade(0)` → `{ background: '#ffffff', color: '#000000' }`; `cellShade(1)` →
 * `{ background: '#1f4fa8', color: '#ffffff' }`.
 */
export function cellShade(rate: number): CellShade {
  const t = Number.isFinite(rate) ? Math.min(1, Math.max(0, rate)) : 0;
  const background = hex(LIGHT.map((c, i) => Math.round(c + (DARK[i]! - c) * t)));
  const color =
    contrastRatio(background, TEXT_ON_DARK) > contrastRatio(background, TEXT_ON_LIGHT)
      ? TEXT_ON_DARK
      : TEXT_ON_LIGHT;
  return { background, color };
}

/**
 * The heatmap's rows, oldest cohort first, with `periods` cells each; the dates in the zone the
 * cohorts were cut in, the figures in the language.
 * Example (en, weeks): a cohort of 120 from 2026-03-02 with values [120, 34] and 3 periods →
 * `{ start: 'Mar 2, 2026', sizeText: '120', cells: [{ rate: '100%', countText: '120', … },
 * { rate: '28.3%', countText: '34', … }, null] }`.
 */
export function retentionRows(
  cohorts: RetentionCohort[],
  periods: number,
  unit: RetentionPeriodUnit,
  language: string,
  timeZone: string,
): RetentionRow[] {
  return cohorts.map((c) => ({
    key: c.start,
    start: formatBucketStart(c.start, unit, language, timeZone),
    size: c.size,
    sizeText: formatCount(c.size, language),
    cells: Array.from({ length: periods }, (_, k) => {
      const count = c.values[k];
      if (count === undefined) return null;
      const rate = c.rates[k] ?? (c.size > 0 ? count / c.size : 0);
      return {
        period: k,
        count,
        countText: formatCount(count, language),
        rate: formatPercent(rate, language),
        shade: cellShade(rate),
      };
    }),
  }));
}
