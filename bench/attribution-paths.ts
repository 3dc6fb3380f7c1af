import { type PathTable, PathTableBuilder } from '../src/analytics/attribution/path-table.ts';
import { seededRandom } from '../src/seeded-random.ts';

export const BENCH_CHANNELS = [
  'search',
  'email',
  'direct',
  'social',
  'display',
  'affiliate',
  'referral',
  'video',
  'sms',
  'push',
  'tv',
  'print',
] as const;

/**
 * A path table of `rows` distinct paths over 12 channels, the same for a seed: lengths 1–10
 * (shorter ones likelier, as in real exports), channels drawn with unequal popularity, and
 * counts that make some channels convert better than others, so the models disagree.
 */
export function benchPathTable(rows: number, seed = 42): PathTable {
  const random = seededRandom(seed);
  const builder = new PathTableBuilder();
  for (const c of BENCH_CHANNELS) builder.channelId(c);
  const n = BENCH_CHANNELS.length;
  // Popularity ~ 1/(rank + 1); conversion lift per channel in 0.5 … 1.5.
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let c = 0; c < n; c++) {
    total += 1 / (c + 1);
    cumulative[c] = total;
  }
  const lift = Float64Array.from({ length: n }, (_, c) => 0.5 + ((c * 7) % n) / (n - 1));
  const path = new Int32Array(10);
  let rowsNow = 0;
  while (rowsNow < rows) {
    const length = 1 + Math.min(9, Math.floor(-Math.log(1 - random()) * 2.5));
    let rate = 0.03;
    for (let i = 0; i < length; i++) {
      const u = random() * total;
      let c = 0;
      while (cumulative[c]! < u) c++;
      path[i] = c;
      rate *= lift[c]! ** 0.5;
    }
    const journeys = 1 + Math.floor(-Math.log(1 - random()) * 40);
    const conversions = Math.round(journeys * Math.min(0.9, rate * length));
    builder.addIds(
      path.subarray(0, length),
      conversions,
      conversions * (20 + random() * 180),
      journeys - conversions,
    );
    rowsNow = builder.rowCount;
  }
  return builder.build();
}
