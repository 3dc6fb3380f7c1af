/**
 * Builds the query benchmark's DuckDB file (argv: path, events): a migrated Journeylens store
 * filled by query-data.ts's SQL. Reports each finished statement over IPC for the progress bar.
 */
import { rmSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { openDuckDBStore } from '../src/store/duckdb/duckdb-store.ts';
import { BENCH_WORKSPACE, benchDataSql } from './query-data.ts';
import { BENCH_MAP_ID, benchMap } from './query-map.ts';

const [path, eventsArg] = process.argv.slice(2) as [string, string];
rmSync(path, { force: true });
rmSync(`${path}.wal`, { force: true });
// The real schema, by the real migrations, and the journey map the journey query reads.
const store = await openDuckDBStore(path);
const saved = await store.maps.save({
  id: BENCH_MAP_ID,
  workspaceId: BENCH_WORKSPACE,
  name: 'Benchmark journey',
  doc: benchMap(),
});
if (saved.conflict) throw new Error('bench map already stored');
await store.close();
const instance = await DuckDBInstance.create(path);
const conn = await instance.connect();
const statements = benchDataSql(Number(eventsArg));
for (const [i, sql] of statements.entries()) {
  await conn.run(sql);
  process.send?.({ done: i + 1, total: statements.length });
}
// Parquet copies for the ClickHouse side, so both engines query the very same rows.
for (const table of ['events', 'persons', 'person_distinct_ids', 'person_overrides']) {
  await conn.run(`COPY (SELECT * FROM ${table}) TO '${path}.${table}.parquet' (FORMAT parquet)`);
}
conn.closeSync();
instance.closeSync();
console.log(JSON.stringify({ ok: true }));
process.disconnect?.();
