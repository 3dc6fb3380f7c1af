/**
 * Runs one benchmark query three times in its own process, so its peak memory is its own
 * (argv: engine, store path, query index, "ours" | "reference"). Prints
 * `{ medianMs, peakRssMb, answer }` (answer: the figures checked against the reference).
 */
import { runQuery } from '../src/analytics/run-query.ts';
import { openDuckDBStore } from '../src/store/duckdb/duckdb-store.ts';
import { BENCH_WORKSPACE } from './query-data.ts';
import { BENCH_QUERIES } from './query-specs.ts';

const [engine, path, indexArg, mode] = process.argv.slice(2) as [
  string,
  string,
  string,
  'ours' | 'reference',
];
const query = BENCH_QUERIES[Number(indexArg)];
if (!query) throw new Error(`no benchmark query ${indexArg}`);
if (engine !== 'duckdb') throw new Error(`engine ${engine} is not wired into the query benchmark`);

const store = await openDuckDBStore(path);
const runOnce = async (): Promise<unknown> => {
  if (mode === 'reference') {
    const sql = query.reference?.duckdb;
    if (!sql) throw new Error(`${query.name} has no DuckDB reference`);
    const rows = await store.analytics.all(sql, []);
    return query.answer?.reference(rows) ?? null;
  }
  const outcome = await runQuery(store, BENCH_WORKSPACE, query.spec);
  if (!outcome.ok) throw new Error(`${query.name}: ${JSON.stringify(outcome.errors)}`);
  return query.answer?.ours(outcome.result) ?? null;
};
const times: number[] = [];
let answer: unknown = null;
for (let i = 0; i < 3; i++) {
  const started = performance.now();
  answer = await runOnce();
  times.push(performance.now() - started);
}
await store.close();
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    medianMs: Math.round(times[1]!),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
process.disconnect?.();
