import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runTsForJson } from './child.ts';

const PRODUCTS = 5_000;
const MIN_SUPPORT = 0.001;
/** Issue #5: a million baskets over 5,000 products at support 0.001 in under 10 s. */
const TARGET_SECONDS = 10;

interface RunSummary {
  seconds: number;
  peakRssMb: number;
  transactions: number;
  items: number;
  itemsets: number;
  rules: number;
}

/**
 * `npm run bench -- basket [--baskets N]` (default 1,000,000): frequent itemsets and
 * rules over Zipf-popular products with planted pairs (basket-data.ts), at minimum support
 * 0.001 and confidence 0.1, (a) mining baskets already in memory, (b) what `journeylens basket
 * FILE.csv` does: read the CSV file, then mine. Each in a process of its own for its peak memory
 * (which for (a) includes the generated baskets).
 */
export async function runBasketBench(opts: { baskets: number }): Promise<void> {
  const workDir = join(ROOT, '.bench');
  mkdirSync(workDir, { recursive: true });
  const run = join(ROOT, 'bench/basket-run.ts');
  console.log(
    `Basket benchmark: ${opts.baskets.toLocaleString('en')} baskets over ${PRODUCTS.toLocaleString('en')} products, min support ${MIN_SUPPORT}`,
  );
  const csv = join(workDir, `baskets-${opts.baskets}.csv`);
  if (!existsSync(csv)) {
    console.error(`writing ${csv} …`);
    await runTsForJson(run, ['write', `${csv}.tmp`, String(opts.baskets), String(PRODUCTS)]);
    renameSync(`${csv}.tmp`, csv);
  }
  const results: (RunSummary & { name: string })[] = [];
  const mine = await runTsForJson<RunSummary>(run, [
    'mine',
    String(opts.baskets),
    String(PRODUCTS),
    String(MIN_SUPPORT),
  ]);
  results.push({ name: 'FP-growth + rules (baskets in memory)', ...mine });
  const file = await runTsForJson<RunSummary>(run, ['csv', csv, String(MIN_SUPPORT)]);
  results.push({ name: 'read CSV + FP-growth + rules', ...file });

  console.log('');
  for (const r of results) {
    console.log(
      `${r.name.padEnd(40)} ${r.seconds.toFixed(2).padStart(6)} s  peak ${String(r.peakRssMb).padStart(5)} MB  ` +
        `${r.itemsets.toLocaleString('en')} itemsets, ${r.rules.toLocaleString('en')} rules` +
        (r.seconds <= TARGET_SECONDS ? '' : `  (over the ${TARGET_SECONDS} s target)`),
    );
  }
  console.log(
    JSON.stringify({
      bench: 'basket',
      baskets: opts.baskets,
      products: PRODUCTS,
      minSupport: MIN_SUPPORT,
      targetSeconds: TARGET_SECONDS,
      results: results.map((r) => ({ ...r, seconds: Number(r.seconds.toFixed(3)) })),
    }),
  );
}
