/**
 * The reference for file import: DuckDB's own NDJSON bulk load of the same file into a table in
 * a fresh database file — no validation, no identity stitching, no dedup.
 */
import { rmSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const [file, dbPath] = process.argv.slice(2) as [string, string];
rmSync(dbPath, { force: true });
rmSync(`${dbPath}.wal`, { force: true });
const instance = await DuckDBInstance.create(dbPath);
const conn = await instance.connect();
const started = performance.now();
// The path is ours (the bench's work folder); quote it as a SQL literal all the same.
const literal = `'${file.replaceAll("'", "''")}'`;
const result = await conn.run(
  `CREATE TABLE events AS SELECT * FROM read_json(${literal}, format = 'newline_delimited')`,
);
await conn.run('CHECKPOINT');
const seconds = (performance.now() - started) / 1000;
const rows = Number(
  (await conn.runAndReadAll('SELECT count(*) AS n FROM events')).getRowObjectsJS()[0]?.n ?? 0,
);
void result;
conn.closeSync();
instance.closeSync();
console.log(JSON.stringify({ seconds, rows, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
// The IPC channel to the bench would keep this process alive; close it so the process ends.
process.disconnect?.();
