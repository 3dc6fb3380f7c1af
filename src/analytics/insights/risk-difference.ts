/** The standard normal quantile for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

export interface DifferenceEstimate extends Interval {
  /** p1 − p0, the outcome rate with minus without. */
  difference: number;
}

/**
 * Wilson's score interval for a proportion x/n (Wilson 1927, JASA 22:209–212), which unlike the
 * Wald interval stays inside 0..1 and behaves for small n. n must be positive.
 * Example: `wilson(56, 70)` → about { low: 0.6918, high: 0.8770 }.
 */
export function wilson(x: number, n: number, z = Z95): Interval {
  const p = x / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * The difference of two independent proportions x1/n1 − x0/n0 with Newcombe's hybrid score
 * interval (method 10 of Newcombe 1998, "Interval estimation for the difference between
 * independent proportions: comparison of eleven methods", Stat Med 17:873–890), built from the
 * two Wilson intervals; good coverage even for small groups and rates near 0 or 1.
 * Null when a group is empty. Example (Newcombe's table II): 56/70 − 48/80 → 0.2, 0.0524..0.3339.
 */
export function newcombeDifference(
  x1: number,
  n1: number,
  x0: number,
  n0: number,
  z = Z95,
): DifferenceEstimate | null {
  if (n1 <= 0 || n0 <= 0) return null;
  const p1 = x1 / n1;
  const p0 = x0 / n0;
  const w1 = wilson(x1, n1, z);
  const w0 = wilson(x0, n0, z);
  const d = p1 - p0;
  return {
    difference: d,
    low: d - Math.sqrt((p1 - w1.low) ** 2 + (w0.high - p0) ** 2),
    high: d + Math.sqrt((w1.high - p1) ** 2 + (p0 - w0.low) ** 2),
  };
}

/** One stratum: `a` of `n1` exposed persons and `c` of `n0` unexposed persons had the outcome. */
export interface Stratum {
  a: number;
  n1: number;
  c: number;
  n0: number;
}

/**
 * The Mantel-Haenszel risk difference over strata, with the variance of Greenland & Robins
 * (1985, "Estimation of a common effect parameter from sparse follow-up data", Biometrics
 * 41:55–68) as Review Manager gives it (Deeks & Higgins, "Statistical algorithms in Review
 * Manager 5", 2010):
 *   RD = Σ (a·n0 − c·n1)/N ÷ Σ n1·n0/N,
 *   Var = Σ (a·b·n0³ + c·d·n1³)/(n1·n0·N²) ÷ (Σ n1·n0/N)²,  b = n1 − a, d = n0 − c, N = n1 + n0,
 * and a normal-approximation interval RD ± z·√Var. Strata with an empty group carry no weight;
 * null when every stratum has one. With one stratum it is the plain difference with its Wald
 * interval.
 */
export function mantelHaenszelRiskDifference(strata: readonly Stratum[], z = Z95): DifferenceEstimate | null {
  let numerator = 0;
  let weights = 0;
  let variance = 0;
  for (const { a, n1, c, n0 } of strata) {
    if (n1 <= 0 || n0 <= 0) continue;
    const n = n1 + n0;
    numerator += (a * n0 - c * n1) / n;
    weights += (n1 * n0) / n;
    variance += (a * (n1 - a) * n0 ** 3 + c * (n0 - c) * n1 ** 3) / (n1 * n0 * n * n);
  }
  if (weights === 0) return null;
  const d = numerator / weights;
  const se = Math.sqrt(variance) / weights;
  return { difference: d, low: d - z * se, high: d + z * se };
}
