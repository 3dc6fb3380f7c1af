/**
 * Builds the query benchmark's DuckDB file (argv: path, events): a migrated Journeylens store
 * filled by query-data.ts's SQL. Reports each finished statement over IPC for the progress bar.
 */
import { rmSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { openDuckDBStore } from '../src/store/duckdb/duckdb-store.ts';
import { benchDataSql } from './query-data.ts';

const [path, eventsArg] = process.argv.slice(2) as [string, string];
rmSync(path, { force: true });
rmSync(`${path}.wal`, { force: true });
await (await openDuckDBStore(path)).close(); // the real schema, by the real migrations
const instance = await DuckDBInstance.create(path);
const conn = await instance.connect();
const statements = benchDataSql(Number(eventsArg));
for (const [i, sql] of statements.entries()) {
  await conn.run(sql);
  process.send?.({ done: i + 1, total: statements.length });
}
conn.closeSync();
instance.closeSync();
console.log(JSON.stringify({ ok: true }));
process.disconnect?.();
