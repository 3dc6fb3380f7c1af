/**
 * Runs one benchmark query three times in its own process, so its peak memory is its own
 * (argv: engine, DuckDB file, chdb folder, query index, "ours" | "reference"). Prints
 * `{ medianMs, peakRssMb, answer }`, answer being the figures checked against the reference.
 */
import { runQuery } from '../src/analytics/run-query.ts';
import { openClickHouseStore } from '../src/store/clickhouse/clickhouse-store.ts';
import { openDuckDBStore } from '../src/store/duckdb/duckdb-store.ts';
import type { Store } from '../src/store/store.ts';
import { openChdb } from '../test/helpers/chdb-driver.ts';
import { BENCH_WORKSPACE } from './query-data.ts';
import { BENCH_QUERIES } from './query-specs.ts';

const [engine, duckdbPath, chdbDir, indexArg, mode] = process.argv.slice(2) as [
  'duckdb' | 'clickhouse',
  string,
  string,
  string,
  'ours' | 'reference',
];
const query = BENCH_QUERIES[Number(indexArg)];
if (!query) throw new Error(`no benchmark query ${indexArg}`);

async function open(): Promise<Store> {
  const duckdb = await openDuckDBStore(duckdbPath);
  if (engine === 'duckdb') return duckdb;
  // ClickHouse holds the events; the maps (metadata) stay in DuckDB, as clickhouse:// stores keep them.
  const chdb = await openChdb(chdbDir);
  return openClickHouseStore({ driver: chdb.driver, metadata: duckdb, description: 'clickhouse:chdb' });
}

const store = await open();
const runOnce = async (): Promise<unknown> => {
  if (mode === 'reference') {
    const sql = query.reference?.[engine];
    if (!sql) throw new Error(`${query.name} has no ${engine} reference`);
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
    answer,
  }),
);
process.disconnect?.();
