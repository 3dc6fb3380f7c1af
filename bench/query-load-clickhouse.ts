/**
 * Loads the query benchmark's data set into an embedded ClickHouse (chdb) folder (argv: chdb
 * folder, DuckDB file whose Parquet copies query-generate.ts wrote), through the ClickHouse
 * store's own migrations, then merges the parts as a settled production table would be.
 */
import { migrate } from '../src/store/clickhouse/migrations.ts';
import { openChdb } from '../test/helpers/chdb-driver.ts';

const [dir, duckdbPath] = process.argv.slice(2) as [string, string];
const chdb = await openChdb(dir);
const { driver } = chdb;
await migrate(driver);
// Paths are the bench's own files; quoted as SQL literals all the same.
const file = (table: string) => `file('${`${duckdbPath}.${table}.parquet`.replaceAll("'", "''")}', Parquet)`;
const events =
  'workspace_id, message_id, type, event, name, person_id, user_id, anonymous_id, previous_id, group_id, timestamp, received_at, sent_at, channel, properties, context, traits';
const steps = [
  `INSERT INTO events (${events}) SELECT ${events} FROM ${file('events')}`,
  `INSERT INTO person_versions (workspace_id, id, traits, created_at, updated_at, version, is_deleted)
   SELECT workspace_id, id, traits, created_at, updated_at, 1, 0 FROM ${file('persons')}`,
  `INSERT INTO person_distinct_id_versions (workspace_id, distinct_id, person_id, is_user, version)
   SELECT workspace_id, distinct_id, person_id, is_user, 1 FROM ${file('person_distinct_ids')}`,
  `INSERT INTO person_override_versions (workspace_id, old_person_id, person_id, version)
   SELECT workspace_id, old_person_id, person_id, 1 FROM ${file('person_overrides')}`,
  'OPTIMIZE TABLE events FINAL',
];
for (const [i, sql] of steps.entries()) {
  await driver.exec(sql);
  process.send?.({ done: i + 1, total: steps.length });
}
const [count] = await driver.query('SELECT count() AS n FROM events');
await chdb.dispose();
console.log(JSON.stringify({ events: Number(count?.n) }));
process.disconnect?.();
