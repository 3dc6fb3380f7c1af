/** `size` distinct indexes of 0..n−1 in ascending order, drawn with `random` (all when size ≥ n). */
export function sampleIndexes(n: number, size: number, random: () => number): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  if (size >= n) return all;
  // A partial Fisher–Yates shuffle: the first `size` slots are a uniform sample.
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (n - i));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, size).sort((x, y) => x - y);
}
