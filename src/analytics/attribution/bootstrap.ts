import { seededRandom } from '../../seeded-random.ts';
import type { ChannelCredit } from './credit.ts';
import { type PathTable, withCounts } from './path-table.ts';
import { poisson } from './random.ts';

export interface BootstrapOptions {
  /** Replicates drawn; 0 turns intervals off. */
  iterations: number;
  /** Coverage of the interval, e.g. 0.95 for the 2.5th to the 97.5th percentile. */
  confidence: number;
  seed: number;
}

/** A percentile interval per channel, for conversions and for value. */
export type CreditInterval = { conversions: [number, number]; value: [number, number] };

/**
 * Percentile bootstrap intervals (Efron & Tibshirani, "An Introduction to the Bootstrap", 1993,
 * ch. 13) of the credits of each `fit`. A replicate resamples journeys: resampling N journeys
 * with replacement from a table gives each row a multinomial count, which the Poisson bootstrap
 * draws row by row as Poisson(conversions) and Poisson(nulls) (Hanley & MacGibbon, "Creating
 * non-parametric bootstrap samples using Poisson frequencies", 2006): the same for large N,
 * and it never expands the table into journeys. A row's value scales with its conversions.
 * Example: `bootstrapIntervals(table, { markov: (t) => fitMarkov(t, states).credit }, opts)`.
 */
export function bootstrapIntervals(
  table: PathTable,
  fits: Record<string, (replicate: PathTable) => ChannelCredit>,
  options: BootstrapOptions,
): Record<string, CreditInterval[]> {
  const rows = table.conversions.length;
  const n = table.channels.length;
  const iterations = options.iterations;
  const random = seededRandom(options.seed);
  const names = Object.keys(fits);
  const draws = names.map(() => ({
    conversions: new Float64Array(iterations * n),
    value: new Float64Array(iterations * n),
  }));
  const conversions = new Float64Array(rows);
  const value = new Float64Array(rows);
  const nulls = new Float64Array(rows);
  for (let it = 0; it < iterations; it++) {
    for (let r = 0; r < rows; r++) {
      const conv = table.conversions[r]!;
      const drawn = poisson(conv, random);
      conversions[r] = drawn;
      value[r] = conv > 0 ? (table.value[r]! * drawn) / conv : 0;
      nulls[r] = poisson(table.nulls[r]!, random);
    }
    const replicate = withCounts(table, { conversions, value, nulls });
    names.forEach((name, m) => {
      const credit = fits[name]!(replicate);
      draws[m]!.conversions.set(credit.conversions, it * n);
      draws[m]!.value.set(credit.value, it * n);
    });
  }
  const out: Record<string, CreditInterval[]> = {};
  names.forEach((name, m) => {
    out[name] = Array.from({ length: n }, (_, c) => ({
      conversions: interval(draws[m]!.conversions, c, n, iterations, options.confidence),
      value: interval(draws[m]!.value, c, n, iterations, options.confidence),
    }));
  });
  return out;
}

/** The (1 − confidence)/2 and (1 + confidence)/2 quantiles of channel c's replicates. */
function interval(
  draws: Float64Array,
  c: number,
  n: number,
  iterations: number,
  confidence: number,
): [number, number] {
  const values = new Float64Array(iterations);
  for (let it = 0; it < iterations; it++) values[it] = draws[it * n + c]!;
  values.sort();
  const alpha = (1 - confidence) / 2;
  return [quantile(values, alpha), quantile(values, 1 - alpha)];
}

/** Quantile of sorted values with linear interpolation between order statistics (R's type 7). */
export function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
