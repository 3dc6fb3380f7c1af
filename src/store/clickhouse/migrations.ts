import type { ClickHouseDriver } from './clickhouse-driver.ts';

/**
 * The ClickHouse events store's schema, versioned like the DuckDB one: a migration is never
 * edited once released. ClickHouse DDL is not transactional, so every statement is idempotent
 * (`IF NOT EXISTS`) and a migration that failed halfway simply runs again.
 *
 * Tables the analytics SQL reads keep the DuckDB store's names and columns (`events`, `persons`,
 * `person_distinct_ids`, `person_overrides`), so one compiled query runs on either store.
 *
 * - `events`: a plain MergeTree, append-only. Sorted by (workspace, person, time): a person's
 *   events sit together in time order, which is what funnels, paths and the person timeline read,
 *   and LowCardinality keeps the repetitive columns (event names, channels) small. Monthly
 *   partitions let a time range skip whole months. Duplicates are kept out before the insert (see
 *   event-repo.ts), helped by a bloom-filter index on message_id, not by a Replacing engine: a
 *   retried message may come back with another person or corrected timestamp, so it would not
 *   even share a sorting key with its first copy.
 * - persons, their distinct ids and overrides: ClickHouse has no UPDATE worth using per batch,
 *   so every change (a merge, a trait update, an id moved to another person) is a new row with a
 *   higher `version` in a ReplacingMergeTree keyed like the DuckDB table's primary key; a merged
 *   person gets a row with `is_deleted = 1`. Readers see only the latest row of each key through
 *   views with `FINAL`: exact from the moment of the insert, not after a background merge, and
 *   cheap on tables far smaller than the events (FINAL merges only the parts a query reads).
 */
export const MIGRATIONS: { version: number; name: string; statements: string[] }[] = [
  {
    version: 1,
    name: 'events and identities',
    statements: [
      `CREATE TABLE IF NOT EXISTS events (
         workspace_id LowCardinality(String), message_id String, type LowCardinality(String),
         event LowCardinality(String), name Nullable(String), person_id String,
         user_id Nullable(String), anonymous_id Nullable(String), previous_id Nullable(String),
         group_id Nullable(String), timestamp DateTime64(3, 'UTC'), received_at DateTime64(3, 'UTC'),
         sent_at Nullable(DateTime64(3, 'UTC')), channel LowCardinality(String),
         properties String, context String, traits Nullable(String),
         INDEX message_id_bloom message_id TYPE bloom_filter(0.001) GRANULARITY 1)
       ENGINE = MergeTree PARTITION BY toYYYYMM(timestamp) ORDER BY (workspace_id, person_id, timestamp)`,
      `CREATE TABLE IF NOT EXISTS person_versions (
         workspace_id LowCardinality(String), id String, traits String,
         created_at DateTime64(3, 'UTC'), updated_at DateTime64(3, 'UTC'),
         version UInt64, is_deleted UInt8)
       ENGINE = ReplacingMergeTree(version, is_deleted) ORDER BY (workspace_id, id)`,
      // is_user: the id arrived as a userId, so its person is identified (see IdentityGraph).
      `CREATE TABLE IF NOT EXISTS person_distinct_id_versions (
         workspace_id LowCardinality(String), distinct_id String, person_id String, is_user Bool,
         version UInt64)
       ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, distinct_id)`,
      // old person → surviving person, applied by queries with one small join.
      `CREATE TABLE IF NOT EXISTS person_override_versions (
         workspace_id LowCardinality(String), old_person_id String, person_id String, version UInt64)
       ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, old_person_id)`,
      // The filter sits outside FINAL so it sees the latest row of each person, not older ones.
      `CREATE VIEW IF NOT EXISTS persons AS
       SELECT workspace_id, id, traits, created_at, updated_at
       FROM (SELECT * FROM person_versions FINAL) WHERE is_deleted = 0`,
      `CREATE VIEW IF NOT EXISTS person_distinct_ids AS
       SELECT workspace_id, distinct_id, person_id, is_user FROM person_distinct_id_versions FINAL`,
      `CREATE VIEW IF NOT EXISTS person_overrides AS
       SELECT workspace_id, old_person_id, person_id FROM person_override_versions FINAL`,
    ],
  },
];

/** Brings the schema up to date; returns the versions it applied. */
export async function migrate(driver: ClickHouseDriver): Promise<number[]> {
  await driver.exec(
    `CREATE TABLE IF NOT EXISTS schema_migrations (version UInt32, name String, applied_at DateTime DEFAULT now())
     ENGINE = MergeTree ORDER BY version`,
  );
  const done = new Set(
    (await driver.query('SELECT version FROM schema_migrations')).map((r) => Number(r.version)),
  );
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    for (const sql of m.statements) await driver.exec(sql);
    await driver.insert('schema_migrations', [{ version: m.version, name: m.name }]);
    applied.push(m.version);
  }
  return applied;
}
