/**
 * One measured basket run in a process of its own (for its peak memory), started by
 * basket-bench.ts: `basket-run.ts mine BASKETS PRODUCTS SUPPORT` mines baskets generated in
 * memory; `basket-run.ts csv FILE SUPPORT` reads a transactions file and mines it, as
 * `journeylens basket` does; `basket-run.ts write FILE BASKETS PRODUCTS` writes that file.
 * Prints one JSON line.
 */
import { createWriteStream } from 'node:fs';
import { BasketThresholdsSchema } from '../src/analytics/basket/basket-thresholds.ts';
import { TransactionsBuilder } from '../src/analytics/basket/basket-transactions.ts';
import { mineBaskets } from '../src/analytics/basket/mine-baskets.ts';
import { readBasketFile } from '../src/analytics/basket/read-basket-file.ts';
import { generateBaskets, productName } from './basket-data.ts';
import { peakRssMb } from './child.ts';

const [mode, ...args] = process.argv.slice(2);

function thresholds(minSupport: string) {
  return BasketThresholdsSchema.parse({ minSupport: Number(minSupport), minConfidence: 0.1 });
}

function summary(seconds: number, result: ReturnType<typeof mineBaskets>) {
  return {
    seconds,
    peakRssMb: peakRssMb(process.pid),
    transactions: result.transactions,
    items: result.items,
    itemsets: result.itemsetCount,
    rules: result.ruleCount,
  };
}

if (mode === 'mine') {
  const [baskets, products, minSupport] = args.map(String);
  const builder = new TransactionsBuilder();
  builder.nameItems(Array.from({ length: Number(products) }, (_, i) => productName(i)));
  generateBaskets({ baskets: Number(baskets), products: Number(products) }, (ids, length) =>
    builder.addIds(ids.subarray(0, length)),
  );
  const tx = builder.build();
  const started = performance.now();
  const result = mineBaskets(tx, thresholds(minSupport!));
  console.log(JSON.stringify(summary((performance.now() - started) / 1000, result)));
} else if (mode === 'csv') {
  const [file, minSupport] = args.map(String);
  const started = performance.now();
  const result = mineBaskets(await readBasketFile(file!), thresholds(minSupport!));
  JSON.stringify(result); // what the CLI prints
  console.log(JSON.stringify(summary((performance.now() - started) / 1000, result)));
} else if (mode === 'write') {
  const [file, baskets, products] = args.map(String);
  const out = createWriteStream(file!);
  const names = Array.from({ length: Number(products) }, (_, i) => productName(i));
  let chunk = '';
  const pending: string[] = [];
  generateBaskets({ baskets: Number(baskets), products: Number(products) }, (ids, length) => {
    for (let i = 0; i < length; i++) chunk += (i > 0 ? ',' : '') + names[ids[i]!];
    chunk += '\n';
    if (chunk.length > 1 << 20) {
      pending.push(chunk);
      chunk = '';
    }
  });
  pending.push(chunk);
  for (const part of pending)
    if (!out.write(part)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
  console.log(JSON.stringify({ ok: true }));
} else {
  throw new Error(`Unknown mode ${mode}`);
}
