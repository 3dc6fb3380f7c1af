import type { SentimentSummary, VocBucket, VocFigures } from '../../../src/analytics/voc/voc-result.ts';
import { formatNps, formatNumber, formatPercent, NOT_MEASURED } from '../format/format.ts';
import type { VocMetricName } from './voc-form.ts';

/** The scores a slice of a voc answer has (the spec's `metrics`), in NPS, CSAT, CES order. */
export function vocMetricsOf(figures: Pick<VocFigures, 'nps' | 'csat' | 'ces'>): VocMetricName[] {
  return (['nps', 'csat', 'ces'] as const).filter((m) => figures[m] !== undefined);
}

/** Value, count and interval of one score, whichever it is. */
export interface ScoreFigures {
  value: number | null;
  count: number;
  ci: { low: number; high: number; level: number } | null;
}

export function scoreOf(
  figures: Pick<VocFigures, 'nps' | 'csat' | 'ces'>,
  metric: VocMetricName,
): ScoreFigures | null {
  return figures[metric] ?? null;
}

/**
 * A score as it is reported: NPS as a signed whole number on −100..100 (`+32`), CSAT as the
 * share satisfied (`85.7%`), CES as the mean answer with one decimal (`5.8`).
 */
export function formatScoreValue(metric: VocMetricName, value: number | null, language: string): string {
  if (value === null) return NOT_MEASURED;
  switch (metric) {
    case 'nps':
      return formatNps(value, language);
    case 'csat':
      return formatPercent(value, language);
    case 'ces':
      return formatNumber(Math.round(value * 10) / 10, language);
  }
}

/**
 * The confidence interval in the score's own unit, or null when there is none (no answers, or
 * fewer than 2 for CES). Example (en): NPS interval −22.4..27.8 → `{ low: '-22', high: '+28' }`.
 */
export function formatInterval(
  metric: VocMetricName,
  ci: ScoreFigures['ci'],
  language: string,
): { low: string; high: string; level: string } | null {
  if (!ci) return null;
  return {
    low: formatScoreValue(metric, ci.low, language),
    high: formatScoreValue(metric, ci.high, language),
    level: formatPercent(ci.level, language),
  };
}

/** The shares of positive, neutral and negative texts among those scored (0 each without texts). */
export function sentimentShares(s: SentimentSummary): {
  positive: number;
  neutral: number;
  negative: number;
} {
  const scored = s.positive + s.neutral + s.negative;
  if (scored === 0) return { positive: 0, neutral: 0, negative: 0 };
  return { positive: s.positive / scored, neutral: s.neutral / scored, negative: s.negative / scored };
}

/** One point of a score's trend: the bucket, the value and its interval (nulls are gaps). */
export interface TrendPoint {
  start: string;
  value: number | null;
  low: number | null;
  high: number | null;
  count: number;
}

/** A score over time, oldest bucket first; buckets without answers are gaps, never zeros. */
export function trendOf(buckets: readonly VocBucket[], metric: VocMetricName): TrendPoint[] {
  return buckets.map((b) => {
    const s = scoreOf(b, metric);
    return {
      start: b.start,
      value: s?.value ?? null,
      low: s?.ci?.low ?? null,
      high: s?.ci?.high ?? null,
      count: s?.count ?? 0,
    };
  });
}

/** Whether any bucket of a trend was measured (a chart of nothing but gaps says nothing). */
export function hasMeasuredPoint(points: readonly TrendPoint[]): boolean {
  return points.some((p) => p.value !== null);
}

/**
 * A mean sentiment (−1..1) with its sign and two decimals, so +0.35 and +0.30 differ:
 * `formatSentiment(0.3457, 'en')` → `'+0.35'`, `formatSentiment(-0.1, 'pl')` → `'-0,10'`.
 */
export function formatSentiment(mean: number, language: string): string {
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(mean);
}
