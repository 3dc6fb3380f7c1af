import type { Weighted, Weights } from './types.ts';

/** Mixes two 32-bit integers into a well-spread seed (the murmur3 finaliser). */
export function mixSeed(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Seeded pseudo-random numbers (mulberry32: tiny, fast, good enough for simulation; not for
 * security). The same seed always gives the same sequence, which keeps demo data reproducible.
 *
 * @example const rng = new Rng(42); rng.int(1, 6); rng.weighted([['a', 3], ['b', 1]]);
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Uniform real number in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** A value drawn with probability proportional to its weight. */
  weighted<T>(items: Weighted<T>): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [value, w] of items) {
      r -= w;
      if (r < 0) return value;
    }
    const last = items[items.length - 1];
    if (last === undefined) throw new Error('weighted choice from an empty list');
    return last[0];
  }

  /** A key drawn with probability proportional to its weight; loops without allocating. */
  weightedKey<K extends string>(weights: Weights<K>): K {
    let total = 0;
    for (const key in weights) total += weights[key] ?? 0;
    let r = this.next() * total;
    let last: K | undefined;
    for (const key in weights) {
      last = key;
      r -= weights[key] ?? 0;
      if (r < 0) return key;
    }
    if (last === undefined) throw new Error('weighted choice from no weights');
    return last;
  }

  /**
   * Roughly normal: the Irwin–Hall sum of four uniforms, rescaled to unit variance. Cheaper than
   * Box–Muller and bounded (±3.5 sd), which keeps ages and scores from producing absurd outliers.
   */
  normal(mean: number, sd: number): number {
    const sum = this.next() + this.next() + this.next() + this.next();
    return mean + (sum - 2) * Math.sqrt(3) * sd;
  }

  /** Exponential with the given mean: waiting times between independent events (a Poisson process). */
  exp(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  /** Number of successes before the first failure, mean `mean`: how many more pages, items, visits. */
  geometric(mean: number): number {
    const p = mean / (mean + 1);
    let n = 0;
    while (n < 1000 && this.next() < p) n++;
    return n;
  }

  /** A random version-4 UUID, the form Segment SDKs use for anonymousId. */
  uuid(): string {
    const hex = (n: number) =>
      Math.floor(this.next() * 16 ** n)
        .toString(16)
        .padStart(n, '0');
    const variant = (8 + Math.floor(this.next() * 4)).toString(16);
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(6)}${hex(6)}`;
  }
}
