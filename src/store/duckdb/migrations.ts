import type { SerialConnection } from './database.ts';

/**
 * `persons`: each stored row with its logged trait changes folded in, in order, leaving out
 * persons merged away (their overrides). Made by migration 7, remade by 9 over the rebuilt table.
 */
const PERSONS_VIEW = `CREATE VIEW persons AS
       SELECT p.workspace_id, p.id,
         CASE WHEN t.patches IS NULL THEN p.traits
              ELSE list_reduce(list_prepend(p.traits, t.patches), lambda a, b: json_merge_patch(a, b)) END
           AS traits,
         p.created_at, p.updated_at
       FROM person_rows p
       LEFT JOIN (SELECT workspace_id, person_id, list(traits ORDER BY seq) AS patches
                  FROM person_trait_patches GROUP BY workspace_id, person_id) t
         ON t.workspace_id = p.workspace_id AND t.person_id = p.id
       ANTI JOIN person_overrides o ON o.workspace_id = p.workspace_id AND o.old_person_id = p.id`;

/**
 * Versioned schema. A migration is never edited once released: add a new one. Each runs in its
 * own transaction at start-up, and `schema_migrations` records which have run.
 */
export const MIGRATIONS: { version: number; name: string; statements: string[] }[] = [
  {
    version: 1,
    name: 'foundation',
    statements: [
      `CREATE TABLE workspaces (
         id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, slug VARCHAR NOT NULL UNIQUE,
         created_at TIMESTAMP NOT NULL DEFAULT now())`,
      `CREATE TABLE api_keys (
         id VARCHAR PRIMARY KEY, workspace_id VARCHAR NOT NULL, kind VARCHAR NOT NULL,
         name VARCHAR NOT NULL, secret_hash VARCHAR NOT NULL UNIQUE, prefix VARCHAR NOT NULL,
         created_at TIMESTAMP NOT NULL DEFAULT now(), revoked_at TIMESTAMP)`,
      // Events: typed core columns for filtering and grouping, JSON for the open-ended rest.
      // The key on (workspace_id, message_id) is what makes ingestion idempotent.
      `CREATE TABLE events (
         workspace_id VARCHAR NOT NULL, message_id VARCHAR NOT NULL, type VARCHAR NOT NULL,
         event VARCHAR NOT NULL, name VARCHAR, person_id VARCHAR NOT NULL,
         user_id VARCHAR, anonymous_id VARCHAR, previous_id VARCHAR, group_id VARCHAR,
         timestamp TIMESTAMP NOT NULL, received_at TIMESTAMP NOT NULL, sent_at TIMESTAMP,
         channel VARCHAR NOT NULL, properties JSON, context JSON, traits JSON,
         PRIMARY KEY (workspace_id, message_id))`,
      // No keys on persons and their ids: the single ingest writer's identity graph keeps them
      // unique, and unindexed appends keep group commits cheap (an ART probe per row is not).
      `CREATE TABLE persons (
         workspace_id VARCHAR NOT NULL, id VARCHAR NOT NULL, traits JSON NOT NULL DEFAULT '{}',
         created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)`,
      // is_user: the id arrived as a userId, so its person is identified (see IdentityGraph).
      `CREATE TABLE person_distinct_ids (
         workspace_id VARCHAR NOT NULL, distinct_id VARCHAR NOT NULL, person_id VARCHAR NOT NULL,
         is_user BOOLEAN NOT NULL)`,
      // old person → surviving person, applied by queries with one small join.
      `CREATE TABLE person_overrides (
         workspace_id VARCHAR NOT NULL, old_person_id VARCHAR NOT NULL, person_id VARCHAR NOT NULL,
         PRIMARY KEY (workspace_id, old_person_id))`,
      `CREATE TABLE maps (
         workspace_id VARCHAR NOT NULL, id VARCHAR NOT NULL, name VARCHAR NOT NULL,
         revision INTEGER NOT NULL, doc JSON NOT NULL,
         created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL,
         PRIMARY KEY (workspace_id, id))`,
      `CREATE TABLE map_versions (
         workspace_id VARCHAR NOT NULL, map_id VARCHAR NOT NULL, number INTEGER NOT NULL,
         id VARCHAR NOT NULL, author VARCHAR NOT NULL, message VARCHAR NOT NULL,
         created_at TIMESTAMP NOT NULL, doc JSON NOT NULL,
         PRIMARY KEY (workspace_id, map_id, number))`,
    ],
  },
  {
    version: 2,
    name: 'users, sessions and share links',
    statements: [
      // E-mail addresses are stored lower-cased, so the UNIQUE key is case-insensitive.
      `CREATE TABLE users (
         id VARCHAR PRIMARY KEY, workspace_id VARCHAR NOT NULL, email VARCHAR NOT NULL,
         name VARCHAR NOT NULL, role VARCHAR NOT NULL, password_hash VARCHAR NOT NULL,
         created_at TIMESTAMP NOT NULL DEFAULT now(), UNIQUE (workspace_id, email))`,
      // Session tokens, like API keys, are stored only as SHA-256 hashes of the random secret.
      `CREATE TABLE sessions (
         id_hash VARCHAR PRIMARY KEY, user_id VARCHAR NOT NULL, workspace_id VARCHAR NOT NULL,
         created_at TIMESTAMP NOT NULL, expires_at TIMESTAMP NOT NULL, revoked_at TIMESTAMP)`,
      `CREATE TABLE map_shares (
         token_hash VARCHAR PRIMARY KEY, prefix VARCHAR NOT NULL, workspace_id VARCHAR NOT NULL,
         map_id VARCHAR NOT NULL, live BOOLEAN NOT NULL, created_by VARCHAR NOT NULL,
         created_at TIMESTAMP NOT NULL DEFAULT now(), revoked_at TIMESTAMP)`,
    ],
  },
  {
    version: 3,
    name: 'workspace settings',
    // NULL means every setting at its default (model/workspace-settings.ts).
    // VARCHAR, not JSON: DuckDB cannot replay an ALTER adding a column of an extension type from
    // the WAL ("GetDefaultDatabase with no default database set"), which left a store killed
    // right after this migration unopenable. The text is parsed and validated in JavaScript.
    statements: ['ALTER TABLE workspaces ADD COLUMN settings VARCHAR'],
  },
  {
    version: 4,
    name: 'dashboards',
    // `views` is JSON text in a VARCHAR for the reason given at migration 3; it is validated in
    // JavaScript (server/services/dashboard-input.ts) on the way in.
    statements: [
      `CREATE TABLE dashboards (
         workspace_id VARCHAR NOT NULL, id VARCHAR NOT NULL, name VARCHAR NOT NULL,
         views VARCHAR NOT NULL, created_by VARCHAR NOT NULL,
         created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL,
         PRIMARY KEY (workspace_id, id))`,
    ],
  },
  {
    version: 5,
    name: 'events without a primary-key index',
    // The key on (workspace_id, message_id) cost more than the rest of a bulk insert (1.9 s of
    // 2.2 s per million events, index upkeep and its commit) and doubled the cost of each HTTP
    // group commit. The single writer deduplicates by messageId itself now (event-repo.ts:
    // fingerprints of stored ids, checked against the table on a hit; the bulk path anti-joins).
    // DuckDB cannot drop a primary key in place, so the table is rebuilt.
    statements: [
      `CREATE TABLE events_unkeyed (
         workspace_id VARCHAR NOT NULL, message_id VARCHAR NOT NULL, type VARCHAR NOT NULL,
         event VARCHAR NOT NULL, name VARCHAR, person_id VARCHAR NOT NULL,
         user_id VARCHAR, anonymous_id VARCHAR, previous_id VARCHAR, group_id VARCHAR,
         timestamp TIMESTAMP NOT NULL, received_at TIMESTAMP NOT NULL, sent_at TIMESTAMP,
         channel VARCHAR NOT NULL, properties JSON, context JSON, traits JSON)`,
      'INSERT INTO events_unkeyed SELECT * FROM events',
      'DROP TABLE events',
      'ALTER TABLE events_unkeyed RENAME TO events',
    ],
  },
  {
    version: 6,
    name: 'audiences',
    // Saved audiences (segments) with their members as of creation (a snapshot). `definition` is
    // JSON text in a VARCHAR for the reason given at migration 3, validated in JavaScript
    // (server/services/audience-input.ts). Members carry no key, like persons: one bulk insert
    // per audience, read back by (workspace, audience) in person order.
    statements: [
      `CREATE TABLE audiences (
         workspace_id VARCHAR NOT NULL, id VARCHAR NOT NULL, name VARCHAR NOT NULL,
         definition VARCHAR NOT NULL, member_count INTEGER NOT NULL, truncated BOOLEAN NOT NULL,
         created_by VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL,
         PRIMARY KEY (workspace_id, id))`,
      `CREATE TABLE audience_members (
         workspace_id VARCHAR NOT NULL, audience_id VARCHAR NOT NULL, person_id VARCHAR NOT NULL)`,
    ],
  },
  {
    version: 7,
    name: 'trait changes appended, folded on read',
    // A trait change of a stored person was an UPDATE of `persons`, which scans the table: 11 ms
    // per group commit with 280,000 persons, and live ingestion into such a store ran at 24,000
    // events/s instead of 58,000; merges updated and deleted rows likewise. Changes are now
    // appended to person_trait_patches, and `persons` is a view that folds them, in order, over
    // the stored row and leaves out persons merged away (their overrides); the ingest writer
    // folds the log into person_rows once enough has piled up (person-log.ts). Readers keep
    // reading `persons`, as they read the view of the same name over ClickHouse's versions.
    statements: [
      'ALTER TABLE persons RENAME TO person_rows',
      `CREATE TABLE person_trait_patches (
         workspace_id VARCHAR NOT NULL, person_id VARCHAR NOT NULL, seq BIGINT NOT NULL,
         traits JSON NOT NULL)`,
      PERSONS_VIEW,
    ],
  },
  {
    version: 8,
    name: 'events with a compression chosen per column',
    // DuckDB compresses each column segment with whichever method it finds best, and finding out
    // means trying each candidate on the data: a quarter of a bulk insert's time (a million
    // events: 0.9 s → 0.7 s; the file no larger), the same share of each checkpoint. Where what
    // a column holds decides the method, it is named here: few distinct values (dictionary) or
    // mostly distinct text (FSST). Left to DuckDB: context, as repetitive as its SDK makes it
    // (dictionary for some, FSST where each page's URL is in it), and previous_id, NULL but on
    // aliases (stored as a constant).
    statements: [
      `CREATE TABLE events_compressed (
         workspace_id VARCHAR NOT NULL USING COMPRESSION dictionary,
         message_id VARCHAR NOT NULL USING COMPRESSION fsst,
         type VARCHAR NOT NULL USING COMPRESSION dictionary,
         event VARCHAR NOT NULL USING COMPRESSION dictionary,
         name VARCHAR USING COMPRESSION dictionary,
         person_id VARCHAR NOT NULL USING COMPRESSION dictionary,
         user_id VARCHAR USING COMPRESSION fsst,
         anonymous_id VARCHAR USING COMPRESSION fsst,
         previous_id VARCHAR,
         group_id VARCHAR USING COMPRESSION dictionary,
         timestamp TIMESTAMP NOT NULL, received_at TIMESTAMP NOT NULL, sent_at TIMESTAMP,
         channel VARCHAR NOT NULL USING COMPRESSION dictionary,
         properties JSON USING COMPRESSION fsst,
         context JSON,
         traits JSON USING COMPRESSION fsst)`,
      'INSERT INTO events_compressed SELECT * FROM events',
      'DROP TABLE events',
      'ALTER TABLE events_compressed RENAME TO events',
    ],
  },
  {
    version: 9,
    name: 'person tables with a compression chosen per column',
    // As migration 8 for events: a bulk import writes a row per new id and per new person, and
    // DuckDB tried every method on each segment of them (560,000 ids: 160 → 110 ms; a
    // million-event import about 0.17 s faster). Ids and person ids are mostly distinct text
    // (FSST); traits are left to DuckDB. The persons view reads person_rows, so it is remade
    // over the rebuilt table.
    statements: [
      'DROP VIEW persons',
      `CREATE TABLE person_rows_compressed (
         workspace_id VARCHAR NOT NULL USING COMPRESSION dictionary,
         id VARCHAR NOT NULL USING COMPRESSION fsst,
         traits JSON NOT NULL DEFAULT '{}',
         created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)`,
      'INSERT INTO person_rows_compressed SELECT * FROM person_rows',
      'DROP TABLE person_rows',
      'ALTER TABLE person_rows_compressed RENAME TO person_rows',
      `CREATE TABLE person_distinct_ids_compressed (
         workspace_id VARCHAR NOT NULL USING COMPRESSION dictionary,
         distinct_id VARCHAR NOT NULL USING COMPRESSION fsst,
         person_id VARCHAR NOT NULL USING COMPRESSION fsst,
         is_user BOOLEAN NOT NULL)`,
      'INSERT INTO person_distinct_ids_compressed SELECT * FROM person_distinct_ids',
      'DROP TABLE person_distinct_ids',
      'ALTER TABLE person_distinct_ids_compressed RENAME TO person_distinct_ids',
      PERSONS_VIEW,
    ],
  },
];

/** Brings the schema up to date; returns the versions it applied. */
export async function migrate(conn: SerialConnection): Promise<number[]> {
  await conn.run(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP DEFAULT now())',
  );
  const done = new Set(
    (await conn.all('SELECT version FROM schema_migrations')).map((r) => Number(r.version)),
  );
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    await conn.transaction(async (c) => {
      for (const sql of m.statements) await c.run(sql);
      await c.run('INSERT INTO schema_migrations (version, name) VALUES (?, ?)', [m.version, m.name]);
    });
    applied.push(m.version);
  }
  // Schema changes go to the database file at once rather than waiting in the WAL: DuckDB's WAL
  // replay has failed on DDL before (see migration 3), and a store must open after a crash.
  if (applied.length > 0) await conn.run('CHECKPOINT');
  return applied;
}
