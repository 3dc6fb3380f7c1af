import { normalQuantile, tQuantile } from './normal-quantile.ts';

/** A two-sided confidence interval at `level` (0.95 = 95%), in the unit of the figure it bounds. */
export interface ConfidenceInterval {
  low: number;
  high: number;
  level: number;
}

/** Counts of NPS responses on the 0–10 scale. */
export interface NpsCounts {
  count: number;
  promoters: number;
  detractors: number;
}

export interface NpsStats extends NpsCounts {
  /** % promoters − % detractors, −100..100; null without responses. */
  value: number | null;
  passives: number;
  /** Null without responses. */
  ci: ConfidenceInterval | null;
}

export interface CsatStats {
  /** Share of satisfied responses (4–5 on 1–5), 0..1; null without responses. */
  value: number | null;
  count: number;
  satisfied: number;
  ci: ConfidenceInterval | null;
}

/** Sums of CES responses on the configured scale (additive, so time buckets and groups add up). */
export interface CesSums {
  count: number;
  sum: number;
  sumOfSquares: number;
}

export interface CesStats {
  /** Mean response on the scale; null without responses. */
  value: number | null;
  count: number;
  /** Sample standard deviation; null below 2 responses. */
  sd: number | null;
  /** Null below 2 responses (no spread to estimate). */
  ci: ConfidenceInterval | null;
  scale: { min: number; max: number };
}

const zOf = (level: number) => normalQuantile(0.5 + level / 2);
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * Net Promoter Score = % promoters (9–10) − % detractors (0–6) (Reichheld, "The One Number You
 * Need to Grow", HBR 2003), with the adjusted-Wald interval that Rocks found to cover best among
 * six methods (B. Rocks, "Interval Estimation for the 'Net Promoter Score'", The American
 * Statistician 70(4), 2016; as applied in Sauro and Lewis, https://measuringu.com/nps-confidence-intervals/):
 * add 3 to n and ¾ to promoters and to detractors, then use the variance of a difference of two
 * proportions of one trinomial sample, Var(p̂ − d̂) = (p̂ + d̂ − (p̂ − d̂)²) / n. The interval is
 * centred on the adjusted score and clamped to −100..100; `value` is the plain score.
 * Example: 50 promoters, 30 passives, 20 detractors → value 30, 95% CI ≈ 14.05..44.20.
 */
export function npsStats(c: NpsCounts, level = 0.95): NpsStats {
  const { count: n, promoters, detractors } = c;
  const passives = n - promoters - detractors;
  if (n <= 0) return { value: null, count: 0, promoters: 0, passives: 0, detractors: 0, ci: null };
  const na = n + 3;
  const p = (promoters + 0.75) / na;
  const d = (detractors + 0.75) / na;
  const se = Math.sqrt((p + d - (p - d) ** 2) / na);
  const margin = zOf(level) * se;
  return {
    value: (100 * (promoters - detractors)) / n,
    count: n,
    promoters,
    passives,
    detractors,
    ci: {
      low: clamp(100 * (p - d - margin), -100, 100),
      high: clamp(100 * (p - d + margin), -100, 100),
      level,
    },
  };
}

/**
 * CSAT = satisfied (4–5) ÷ responses on the 1–5 scale, with the Wilson score interval (E. B.
 * Wilson, "Probable inference…", JASA 22, 1927), which stays inside 0..1 and behaves at small n
 * and shares near 0 or 1 where the plain Wald interval does not (Brown, Cai and DasGupta,
 * Statistical Science 16(2), 2001). Example: 8 of 10 satisfied → 0.8, 95% CI ≈ 0.490..0.943.
 */
export function csatStats(count: number, satisfied: number, level = 0.95): CsatStats {
  if (count <= 0) return { value: null, count: 0, satisfied: 0, ci: null };
  const z = zOf(level);
  const p = satisfied / count;
  const z2n = (z * z) / count;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / count + z2n / (4 * count))) / (1 + z2n);
  return {
    value: p,
    count,
    satisfied,
    ci: { low: clamp(centre - half, 0, 1), high: clamp(centre + half, 0, 1), level },
  };
}

/**
 * Customer Effort Score = the mean response on its scale (CES 2.0: 1–7), with Student's t interval
 * on the mean (sample standard deviation, n − 1 degrees of freedom), clamped to the scale.
 * Example: responses 5, 6, 7 → mean 6, sd 1, 95% CI 6 ± 4.303·1/√3 ≈ 3.52..8.48 → clamped 3.52..7.
 */
export function cesStats(s: CesSums, scale: { min: number; max: number }, level = 0.95): CesStats {
  const n = s.count;
  if (n <= 0) return { value: null, count: 0, sd: null, ci: null, scale };
  const mean = s.sum / n;
  if (n < 2) return { value: mean, count: n, sd: null, ci: null, scale };
  // Sums of squares of small integers are exact in doubles; max(0, …) guards rounding below zero.
  const variance = Math.max(0, (s.sumOfSquares - n * mean * mean) / (n - 1));
  const sd = Math.sqrt(variance);
  const margin = (tQuantile(0.5 + level / 2, n - 1) * sd) / Math.sqrt(n);
  return {
    value: mean,
    count: n,
    sd,
    ci: {
      low: clamp(mean - margin, scale.min, scale.max),
      high: clamp(mean + margin, scale.min, scale.max),
      level,
    },
    scale,
  };
}
