import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { expect, it } from 'vitest';
import { openDuckDBStore } from './duckdb-store.ts';
import { MIGRATIONS } from './migrations.ts';

it('applies each migration once, at the first start, and keeps data across restarts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'journeylens-migrate-'));
  const path = join(dir, 'm.duckdb');
  try {
    const first = await openDuckDBStore(path);
    await first.workspaces.create({ id: 'w1', name: 'One', slug: 'one' });
    await first.close();
    const second = await openDuckDBStore(path); // must not fail on existing tables
    expect((await second.workspaces.list()).map((w) => w.id)).toEqual(['w1']);
    await second.close();

    const instance = await DuckDBInstance.create(path);
    const conn = await instance.connect();
    const rows = (
      await conn.runAndReadAll('SELECT version FROM schema_migrations ORDER BY version')
    ).getRowObjectsJS();
    expect(rows.map((r) => Number(r.version))).toEqual(MIGRATIONS.map((m) => m.version));
    conn.closeSync();
    instance.closeSync();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('numbers migrations strictly increasing, so their order is unambiguous', () => {
  const versions = MIGRATIONS.map((m) => m.version);
  expect(versions).toEqual([...versions].sort((a, b) => a - b));
  expect(new Set(versions).size).toBe(versions.length);
});

it('keeps every event of a store made before the events table named its compression', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'journeylens-migrate-events-'));
  const path = join(dir, 'v7.duckdb');
  const row = `('default', 'm-1', 'track', 'Product Viewed', NULL, 'p1', 'u1', 'a1', NULL, NULL,
    TIMESTAMP '2026-08-01 10:00:00', TIMESTAMP '2026-08-01 10:00:01', NULL, 'web',
    '{"price":10}', '{"locale":"pl-PL"}', NULL)`;
  try {
    const instance = await DuckDBInstance.create(path);
    const conn = await instance.connect();
    const before = MIGRATIONS.filter((m) => m.version < 8);
    for (const m of before) for (const sql of m.statements) await conn.run(sql);
    await conn.run(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)',
    );
    for (const m of before)
      await conn.run('INSERT INTO schema_migrations VALUES (?, ?, now())', [m.version, m.name]);
    await conn.run(`INSERT INTO events VALUES ${row}`);
    // Distinct event names, which DuckDB itself would store with FSST.
    await conn.run(`INSERT INTO events SELECT t.* REPLACE ('m-x' || r.i AS message_id, 'Event number ' || r.i AS event) FROM (SELECT * FROM (VALUES ${row}) v(
      workspace_id, message_id, type, event, name, person_id, user_id, anonymous_id, previous_id, group_id,
      timestamp, received_at, sent_at, channel, properties, context, traits)) t, range(2, 5000) r(i)`);
    const expected = (
      await conn.runAndReadAll('SELECT * FROM events ORDER BY message_id')
    ).getRowObjectsJson();
    conn.closeSync();
    instance.closeSync();

    const store = await openDuckDBStore(path);
    await store.close();
    const reopened = await DuckDBInstance.create(path);
    const c = await reopened.connect();
    expect((await c.runAndReadAll('SELECT * FROM events ORDER BY message_id')).getRowObjectsJson()).toEqual(
      expected,
    );
    const compression = (
      await c.runAndReadAll(
        `SELECT DISTINCT compression FROM pragma_storage_info('events') WHERE column_name = 'event' AND segment_type = 'VARCHAR'`,
      )
    ).getRowObjectsJS();
    expect(compression.map((r) => r.compression)).toEqual(['Dictionary']);
    c.closeSync();
    reopened.closeSync();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
