/**
 * A small seeded pseudo-random generator (mulberry32, Tommy Ettinger's public-domain 32-bit
 * generator): the same seed gives the same sequence on every run and platform, which is what
 * makes bootstraps, sampled Shapley values, persona suggestions and randomized tests
 * reproducible. Returns floats in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
