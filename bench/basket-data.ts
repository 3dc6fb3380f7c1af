import { Rng } from '../src/demo/random.ts';

export interface BasketDataOptions {
  baskets: number;
  products: number;
  seed?: number;
}

/** Product pairs bought together far more often than chance, so the rules have something to find. */
const PLANTED_PAIRS = 100;
const PLANTED_CHANCE = 0.4;
const MAX_BASKET = 40;

/** `p00042`: sortable names, as SKUs are. */
export const productName = (id: number): string => `p${String(id).padStart(5, '0')}`;

/**
 * Synthetic shop baskets: product popularity follows Zipf's law (the i-th most popular product
 * is bought ∝ 1/i, as sales ranks roughly are), basket sizes are 1 + geometric (mean ≈ 3.9, long
 * tail up to 40), and 100 planted pairs (an anchor among the top 1,000 and a complement) put the
 * complement in 40% of the anchor's baskets. Calls `onBasket` with a reused buffer of product ids
 * and its length; the same seed gives the same baskets.
 */
export function generateBaskets(
  opts: BasketDataOptions,
  onBasket: (ids: Int32Array, length: number) => void,
): void {
  const rng = new Rng(opts.seed ?? 7);
  const cdf = new Float64Array(opts.products);
  let total = 0;
  for (let i = 0; i < opts.products; i++) {
    total += 1 / (i + 1);
    cdf[i] = total;
  }
  const complementOf = new Int32Array(opts.products).fill(-1);
  for (let k = 0; k < PLANTED_PAIRS; k++) {
    const anchor = rng.int(20, Math.min(1000, opts.products - 1));
    complementOf[anchor] = rng.int(0, opts.products - 1);
  }
  const pick = (): number => {
    const u = rng.next() * total;
    let lo = 0;
    let hi = opts.products - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const buf = new Int32Array(MAX_BASKET * 2);
  for (let b = 0; b < opts.baskets; b++) {
    let length = 0;
    let size = 1;
    while (size < MAX_BASKET && rng.next() < 0.74) size++;
    for (let i = 0; i < size; i++) {
      const id = pick();
      buf[length++] = id;
      const complement = complementOf[id]!;
      if (complement >= 0 && rng.next() < PLANTED_CHANCE) buf[length++] = complement;
    }
    onBasket(buf, length);
  }
}
